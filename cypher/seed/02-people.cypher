// Person nodes: one per real person, whatever the spelling; `aliases` holds every spelling the articles use
// (full name included) so that search finds any of them. Offices held are in 03 (HOLDS_ROLE).

MERGE (n:Person {id: 'donald-trump'})
SET n += {
  name: 'Donald Trump',
  aliases: ['Donald Trump', 'Trump', 'President Trump', 'President Donald Trump', 'US President Donald Trump'],
  description: 'US President; appears in all five articles.'
};

MERGE (n:Person {id: 'volodymyr-zelenskyy'})
SET n += {
  name: 'Volodymyr Zelenskyy',
  aliases: ['Volodymyr Zelenskyy', 'Zelenskyy', 'Volodymyr Zelensky', 'Zelensky', 'Volodymyr Zelenskiy', 'Zelenskiy'],
  description: 'President of Ukraine. Spelled Zelenskyy (000, 003), Zelensky (001, 004) and Zelenskiy (002).'
};

MERGE (n:Person {id: 'keir-starmer'})
SET n += {
  name: 'Keir Starmer',
  aliases: ['Keir Starmer', 'Starmer'],
  description: 'UK Prime Minister.'
};

MERGE (n:Person {id: 'vladimir-putin'})
SET n += {
  name: 'Vladimir Putin',
  aliases: ['Vladimir Putin', 'Putin'],
  description: 'Russian President.'
};

MERGE (n:Person {id: 'emmanuel-macron'})
SET n += {
  name: 'Emmanuel Macron',
  aliases: ['Emmanuel Macron', 'Macron'],
  description: 'French President.'
};

MERGE (n:Person {id: 'king-charles'})
SET n += {
  name: 'King Charles',
  aliases: ['King Charles'],
  description: 'The British monarch, named only as "King Charles" (002).'
};

MERGE (n:Person {id: 'ronald-reagan'})
SET n += {
  name: 'Ronald Reagan',
  aliases: ['Ronald Reagan', 'Reagan'],
  description: 'Former US President, cited for "trust and verify" (002).'
};

MERGE (n:Person {id: 'jd-vance'})
SET n += {
  name: 'JD Vance',
  aliases: ['JD Vance', 'Vance'],
  description: 'US Vice President.'
};

MERGE (n:Person {id: 'dan-hoffman'})
SET n += {
  name: 'Dan Hoffman',
  aliases: ['Dan Hoffman', 'Hoffman'],
  description: 'Former CIA Moscow Station Chief, quoted by Fox News Digital (003).'
};

MERGE (n:Person {id: 'kaja-kallas'})
SET n += {
  name: 'Kaja Kallas',
  aliases: ['Kaja Kallas', 'Kallas'],
  description: "The EU's top diplomat (003)."
};

MERGE (n:Person {id: 'scott-bessent'})
SET n += {
  name: 'Scott Bessent',
  aliases: ['Scott Bessent', 'Bessent', 'Mr Bessent'],
  description: 'US Treasury Secretary.'
};

MERGE (n:Person {id: 'pete-hegseth'})
SET n += {
  name: 'Pete Hegseth',
  aliases: ['Pete Hegseth', 'Hegseth'],
  description: 'US Defense Secretary.'
};

MERGE (n:Person {id: 'john-healey'})
SET n += {
  name: 'John Healey',
  aliases: ['John Healey', 'Healey'],
  description: 'UK Defense Secretary.'
};

MERGE (n:Person {id: 'denys-shmyhal'})
SET n += {
  name: 'Denys Shmyhal',
  aliases: ['Denys Shmyhal', 'Shmyhal'],
  description: 'Ukrainian Prime Minister.'
};

// Quoted but not named: "the US official said" (002). One node for the one unnamed speaker.
MERGE (n:Person {id: 'unnamed-us-official-002'})
SET n += {
  name: 'Unnamed US official',
  aliases: ['US official'],
  anonymous: true,
  description: 'A US official quoted without a name in 002 ("the US official said").'
};
