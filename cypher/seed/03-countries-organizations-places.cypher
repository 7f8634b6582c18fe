// Countries (id = ISO 3166-1 alpha-2), organizations, places and their containment, occupation and
// membership; the offices people held at the time (HOLDS_ROLE); and Topic nodes, this project's extension
// for subjects that statements and meetings are about. Every relationship carries `sources` (Article ids).
// Relationships find their endpoints with OPTIONAL MATCH so that a misspelt id fails the load loudly
// ("node `a` is missing") instead of silently creating nothing.

// Countries
MERGE (n:Country {id: 'US'})
SET n += {
  name: 'United States',
  aliases: ['United States', 'US', 'U.S.']
};

MERGE (n:Country {id: 'UA'})
SET n += {
  name: 'Ukraine',
  aliases: ['Ukraine']
};

MERGE (n:Country {id: 'RU'})
SET n += {
  name: 'Russia',
  aliases: ['Russia']
};

MERGE (n:Country {id: 'GB'})
SET n += {
  name: 'United Kingdom',
  aliases: ['United Kingdom', 'UK', 'U.K.', 'Britain']
};

MERGE (n:Country {id: 'FR'})
SET n += {
  name: 'France',
  aliases: ['France']
};

MERGE (n:Country {id: 'SA'})
SET n += {
  name: 'Saudi Arabia',
  aliases: ['Saudi Arabia']
};

MERGE (n:Country {id: 'SU'})
SET n += {
  name: 'Soviet Union',
  aliases: ['Soviet Union'],
  note: 'A former state; SU is its transitionally reserved ISO 3166-1 code. Named once, in 002, for Reagan-era negotiations.',
  historical: true
};

// Organizations
MERGE (n:Organization {id: 'nato'})
SET n += {
  name: 'NATO',
  aliases: ['NATO', 'Nato'],
  kind: 'alliance'
};

MERGE (n:Organization {id: 'eu'})
SET n += {
  name: 'European Union',
  aliases: ['European Union', 'EU'],
  kind: 'intergovernmental'
};

MERGE (n:Organization {id: 'cia'})
SET n += {
  name: 'CIA',
  aliases: ['CIA'],
  kind: 'agency',
  description: "US intelligence agency; named in Dan Hoffman's former title (003)."
};

MERGE (n:Organization {id: 'world-economic-forum'})
SET n += {
  name: 'World Economic Forum',
  aliases: ['World Economic Forum'],
  kind: 'forum',
  description: 'Author of the 2024 report cited in 000.'
};

MERGE (n:Organization {id: 'fox-news-digital'})
SET n += {
  name: 'Fox News Digital',
  aliases: ['Fox News Digital'],
  kind: 'media',
  description: 'Put questions to Kaja Kallas (003).'
};

MERGE (n:Organization {id: 'kremlin'})
SET n += {
  name: 'Kremlin',
  aliases: ['Kremlin'],
  kind: 'government body',
  description: 'Stands for the Russian government ("engage with the Kremlin", 000).'
};

MERGE (n:Organization {id: 'trump-administration'})
SET n += {
  name: 'Trump administration',
  aliases: ['Trump administration'],
  kind: 'administration',
  description: 'The US executive under Donald Trump (003).'
};

MERGE (n:Organization {id: 'biden-administration'})
SET n += {
  name: 'Biden administration',
  aliases: ['Biden administration'],
  kind: 'administration',
  description: 'The previous US executive, which gave Kyiv earlier aid (000).'
};

MERGE (n:Organization {id: 'trump-cabinet'})
SET n += {
  name: 'Trump cabinet',
  aliases: ['Trump cabinet'],
  kind: 'government body',
  description: "Trump's cabinet: it met on Wednesday 26 Feb 2025 (001: \"a meeting of his cabinet\"); Bessent is a member (004)."
};

MERGE (n:Organization {id: 'government-of-ukraine'})
SET n += {
  name: 'Government of Ukraine',
  aliases: ['Government of Ukraine'],
  kind: 'government body',
  description: 'Formally backed the minerals deal on Wednesday evening (001: "his government").'
};

// Places
MERGE (n:Place {id: 'white-house'})
SET n += {
  name: 'White House',
  aliases: ['White House'],
  kind: 'building'
};

MERGE (n:Place {id: 'washington'})
SET n += {
  name: 'Washington',
  aliases: ['Washington', 'WASHINGTON'],
  kind: 'city'
};

MERGE (n:Place {id: 'kyiv'})
SET n += {
  name: 'Kyiv',
  aliases: ['Kyiv'],
  kind: 'city'
};

MERGE (n:Place {id: 'moscow'})
SET n += {
  name: 'Moscow',
  aliases: ['Moscow'],
  kind: 'city'
};

MERGE (n:Place {id: 'donetsk-region'})
SET n += {
  name: 'Donetsk region',
  aliases: ['Donetsk region', 'Donetsk'],
  kind: 'region'
};

MERGE (n:Place {id: 'zaporizhzhia-region'})
SET n += {
  name: 'Zaporizhzhia region',
  aliases: ['Zaporizhzhia region', 'Zaporizhzhia'],
  kind: 'region'
};

MERGE (n:Place {id: 'bucharest'})
SET n += {
  name: 'Bucharest',
  aliases: ['Bucharest'],
  kind: 'city'
};

MERGE (n:Place {id: 'gaza-strip'})
SET n += {
  name: 'Gaza Strip',
  aliases: ['Gaza Strip'],
  kind: 'territory'
};

MERGE (n:Place {id: 'europe'})
SET n += {
  name: 'Europe',
  aliases: ['Europe'],
  kind: 'continent'
};

// Containment. Only to places and countries the articles name: Bucharest, the Gaza Strip and Europe stay unplaced.
// The White House is in Washington by 002 alone: its dateline is WASHINGTON and the meeting it reports is at
// the White House (000 says only "between Washington and Kyiv", 003 never places it).
UNWIND [
  {from: 'white-house', to: 'washington', props: {sources: ['002_12acf4030be661a4'], note: 'dateline WASHINGTON of a story set at the White House (002)'}}
] AS row
OPTIONAL MATCH (a:Place {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'washington', to: 'US', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379']}},
  {from: 'kyiv', to: 'UA', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379', '004_0a46b6fd182fb916']}},
  {from: 'moscow', to: 'RU', props: {sources: ['002_12acf4030be661a4', '003_0916fcbffa79c379', '004_0a46b6fd182fb916']}},
  {from: 'donetsk-region', to: 'UA', props: {sources: ['003_0916fcbffa79c379']}},
  {from: 'zaporizhzhia-region', to: 'UA', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Place {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:IN]->(b)
SET r += row.props;

// Occupation: "Ukrainian regions now occupied by invading Russian forces, including Donetsk and Zaporizhzhia" (003).
UNWIND [
  {from: 'RU', to: 'donetsk-region', props: {sources: ['003_0916fcbffa79c379']}},
  {from: 'RU', to: 'zaporizhzhia-region', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:OCCUPIES]->(b)
SET r += row.props;

// Membership. The articles state only the US one ("the US' long commitments to the mutual defence of Nato nations", 002).
UNWIND [
  {from: 'US', to: 'nato', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += row.props;

// SEEKS_MEMBERSHIP (extension): Ukraine's long-held NATO ambition (000, 001, 003).
UNWIND [
  {from: 'UA', to: 'nato', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:SEEKS_MEMBERSHIP]->(b)
SET r += row.props;

// Offices held at the time of the articles; `former: true` marks a past office the articles cite.
UNWIND [
  {from: 'donald-trump', to: 'US', props: {title: 'President', former: false, since: date('2025-01-20'), sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379', '004_0a46b6fd182fb916']}},
  {from: 'volodymyr-zelenskyy', to: 'UA', props: {title: 'President', former: false, sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379', '004_0a46b6fd182fb916']}},
  {from: 'keir-starmer', to: 'GB', props: {title: 'Prime Minister', former: false, sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}},
  {from: 'vladimir-putin', to: 'RU', props: {title: 'President', former: false, sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4', '003_0916fcbffa79c379']}},
  {from: 'emmanuel-macron', to: 'FR', props: {title: 'President', former: false, sources: ['002_12acf4030be661a4']}},
  {from: 'king-charles', to: 'GB', props: {title: 'King', former: false, sources: ['002_12acf4030be661a4']}},
  {from: 'ronald-reagan', to: 'US', props: {title: 'President', former: true, sources: ['002_12acf4030be661a4']}},
  {from: 'jd-vance', to: 'US', props: {title: 'Vice President', former: false, sources: ['002_12acf4030be661a4']}},
  {from: 'scott-bessent', to: 'US', props: {title: 'Treasury Secretary', former: false, sources: ['004_0a46b6fd182fb916']}},
  {from: 'pete-hegseth', to: 'US', props: {title: 'Defense Secretary', former: false, sources: ['004_0a46b6fd182fb916']}},
  {from: 'john-healey', to: 'GB', props: {title: 'Defense Secretary', former: false, sources: ['004_0a46b6fd182fb916']}},
  {from: 'denys-shmyhal', to: 'UA', props: {title: 'Prime Minister', former: false, sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'unnamed-us-official-002', to: 'US', props: {title: 'official', former: false, sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:HOLDS_ROLE]->(b)
SET r += row.props;

UNWIND [
  {from: 'dan-hoffman', to: 'cia', props: {title: 'Moscow Station Chief', former: true, sources: ['003_0916fcbffa79c379']}},
  {from: 'kaja-kallas', to: 'eu', props: {title: 'top diplomat', former: false, sources: ['003_0916fcbffa79c379']}},
  {from: 'scott-bessent', to: 'trump-cabinet', props: {title: 'cabinet member', former: false, sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:HOLDS_ROLE]->(b)
SET r += row.props;

// Topics (extension): subjects of statements and meetings that are not a named entity.
MERGE (n:Topic {id: 'topic-security-guarantees'})
SET n += {
  name: 'Security guarantees for Ukraine',
  aliases: ['security guarantees']
};

MERGE (n:Topic {id: 'topic-ukraine-nato-membership'})
SET n += {
  name: "Ukraine's NATO membership",
  aliases: ['NATO membership', 'Nato path']
};

MERGE (n:Topic {id: 'topic-ceasefire'})
SET n += {
  name: 'Ceasefire between Russia and Ukraine',
  aliases: ['ceasefire']
};

MERGE (n:Topic {id: 'topic-peacekeepers'})
SET n += {
  name: 'European peacekeepers in Ukraine',
  aliases: ['peacekeepers', 'peacekeeping troops']
};

MERGE (n:Topic {id: 'topic-war-in-ukraine'})
SET n += {
  name: "Russia's war in Ukraine",
  aliases: ['war in Ukraine', 'Ukraine war']
};

MERGE (n:Topic {id: 'topic-occupied-territory'})
SET n += {
  name: 'Ukrainian territory occupied by Russia',
  aliases: ['occupied territory']
};

MERGE (n:Topic {id: 'topic-tariffs'})
SET n += {
  name: 'US tariff threats',
  aliases: ['tariffs']
};

MERGE (n:Topic {id: 'topic-free-speech'})
SET n += {
  name: 'Free speech in the United Kingdom',
  aliases: ['free speech']
};

MERGE (n:Topic {id: 'topic-us-russia-rapprochement'})
SET n += {
  name: 'Rapprochement between Russia and the US',
  aliases: ['rapprochement']
};

MERGE (n:Topic {id: 'topic-european-security'})
SET n += {
  name: "European security and Europe's share of defending Ukraine",
  aliases: ['European security']
};

MERGE (n:Topic {id: 'topic-ukraine-western-ties'})
SET n += {
  name: "Ukraine's economic and strategic ties with the US and the West",
  aliases: ['economic ties', 'commercial links']
};
