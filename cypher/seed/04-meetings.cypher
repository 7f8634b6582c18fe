// Meeting nodes, one per meeting however many articles report it. `status` and `date` are as of the
// reporting; relative dates ("Thursday", "last week", "yesterday") are resolved against the publication
// date of the article that uses them (seeds/manifest.json) and explained in `dateBasis`. For a scheduled or
// proposed meeting, ATTENDED means "is due to take part". Topics discussed are here; resources, claims and
// agreements discussed are linked in 05 and 07, where those nodes are made.
// Relationships find their endpoints with OPTIONAL MATCH so that a misspelt id fails the load loudly
// ("node `a` is missing") instead of silently creating nothing.

// Trump hosts Starmer at the White House
MERGE (n:Meeting {id: 'meeting-trump-starmer-2025-02-27'})
SET n += {
  name: 'Trump hosts Starmer at the White House',
  kind: 'bilateral',
  status: 'held',
  date: date('2025-02-27'),
  datePrecision: 'day',
  dateText: 'Thursday (Feb 27)',
  dateBasis: '002 gives "Thursday (Feb 27)"; 000 says "Thursday" (published 27 Feb 2025).',
  description: "Keir Starmer's first White House meeting with Trump since Trump took office: remarks to reporters, talks behind closed doors and a joint press conference (one meeting; statements made at the press conference say so in MADE_AT's `occasion`), and an invitation from King Charles for a state visit, which Trump accepted."
};

UNWIND [
  {from: 'donald-trump', to: 'meeting-trump-starmer-2025-02-27', props: {role: 'host', sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}},
  {from: 'keir-starmer', to: 'meeting-trump-starmer-2025-02-27', props: {role: 'guest', sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}},
  {from: 'jd-vance', to: 'meeting-trump-starmer-2025-02-27', props: {role: 'US Vice President, spoke at the start of the visit', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-starmer-2025-02-27', to: 'white-house', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:HELD_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-starmer-2025-02-27', to: 'topic-occupied-territory', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'meeting-trump-starmer-2025-02-27', to: 'topic-security-guarantees', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'meeting-trump-starmer-2025-02-27', to: 'topic-free-speech', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'meeting-trump-starmer-2025-02-27', to: 'topic-tariffs', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'meeting-trump-starmer-2025-02-27', to: 'topic-war-in-ukraine', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-starmer-2025-02-27', to: '000_8cf2afdfe91eb5b9', props: {quote: 'It\'s a backstop, you could say," Trump told reporters as he hosted UK Prime Minister Keir Starmer at the White House.'}},
  {from: 'meeting-trump-starmer-2025-02-27', to: '002_12acf4030be661a4', props: {quote: 'Starmer, who was meeting Trump at the White House for the first time since the US leader took office, turned on the charm, saying peace in Ukraine had only become possible because of Trump.'}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump and Zelenskyy meet at the White House to sign the minerals deal
MERGE (n:Meeting {id: 'meeting-trump-zelenskyy-2025-02-28'})
SET n += {
  name: 'Trump and Zelenskyy meet at the White House to sign the minerals deal',
  kind: 'bilateral',
  status: 'scheduled',
  date: date('2025-02-28'),
  datePrecision: 'day',
  dateText: 'Friday',
  dateBasis: '"on Friday" in 001 (26 Feb), 002 (28 Feb) and 003 (27 Feb); "less than 24 hours" after Thursday\'s remarks in 000 (27 Feb). All resolve to Friday 28 Feb 2025.',
  description: "Zelenskyy's first meeting with Trump since Trump re-entered the White House, announced by Trump, to sign the minerals deal; scheduled as of all four reporting articles."
};

UNWIND [
  {from: 'donald-trump', to: 'meeting-trump-zelenskyy-2025-02-28', props: {role: 'host', sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379']}},
  {from: 'volodymyr-zelenskyy', to: 'meeting-trump-zelenskyy-2025-02-28', props: {role: 'guest', sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: 'white-house', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: 'washington', props: {sources: ['001_b0f79eaa7c64fdbc', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:HELD_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'donald-trump', to: 'meeting-trump-zelenskyy-2025-02-28', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ANNOUNCED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: 'topic-security-guarantees', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: '000_8cf2afdfe91eb5b9', props: {quote: 'Speaking less than 24 hours before Ukrainian President Volodymyr Zelenskyy is due to visit the White House, Trump said the leaders would be signing a "very important agreement for both sides" during their pending face-to-face.'}},
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: '001_b0f79eaa7c64fdbc', props: {quote: "Ukrainian President Volodymyr Zelensky will meet US President Donald Trump in Washington on Friday to sign a deal on sharing Ukraine's mineral resources."}},
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: '002_12acf4030be661a4', props: {quote: 'Zelenskiy is expected to be in Washington on Friday to sign a deal with Trump on rare earth minerals.'}},
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: '003_0916fcbffa79c379', props: {quote: 'Ukrainian President Volodymyr Zelenskyy on Friday is set to meet with President Donald Trump for the first time since he re-entered the White House to sign what could be a key minerals deal to help end Russia’s war.'}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump's cabinet meeting
MERGE (n:Meeting {id: 'meeting-trump-cabinet-2025-02-26'})
SET n += {
  name: "Trump's cabinet meeting",
  kind: 'cabinet',
  status: 'held',
  date: date('2025-02-26'),
  datePrecision: 'day',
  dateText: 'Wednesday',
  dateBasis: '"on Wednesday" in 001, the Wednesday before the Friday 28 Feb 2025 meeting.',
  description: 'Where Trump spoke of "automatic security" from American workers in Ukraine and told Kyiv to "forget about" Nato.'
};

UNWIND [
  {from: 'donald-trump', to: 'meeting-trump-cabinet-2025-02-26', props: {role: 'chair', sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'trump-cabinet', to: 'meeting-trump-cabinet-2025-02-26', props: {role: 'cabinet', sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Organization {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-cabinet-2025-02-26', to: 'topic-ukraine-nato-membership', props: {sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'meeting-trump-cabinet-2025-02-26', to: 'topic-security-guarantees', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-cabinet-2025-02-26', to: '001_b0f79eaa7c64fdbc', props: {quote: 'Speaking at a meeting of his cabinet on Wednesday, Trump said the presence of American workers extracting rare earth metals on Ukrainian soil would provide "automatic security" for Ukraine.'}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Macron visits Trump at the White House
MERGE (n:Meeting {id: 'meeting-macron-trump-2025-02-24'})
SET n += {
  name: 'Macron visits Trump at the White House',
  kind: 'bilateral',
  status: 'held',
  date: date('2025-02-24'),
  datePrecision: 'day',
  dateText: 'Monday',
  dateBasis: '"on Monday" in 002 (published Friday 28 Feb 2025), the Monday of the same week: 24 Feb 2025.',
  description: "A friendly encounter that also displayed stark differences about Russia's war with Ukraine."
};

UNWIND [
  {from: 'emmanuel-macron', to: 'meeting-macron-trump-2025-02-24', props: {role: 'guest', sources: ['002_12acf4030be661a4']}},
  {from: 'donald-trump', to: 'meeting-macron-trump-2025-02-24', props: {role: 'host', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-macron-trump-2025-02-24', to: 'white-house', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:HELD_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-macron-trump-2025-02-24', to: 'topic-war-in-ukraine', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-macron-trump-2025-02-24', to: '002_12acf4030be661a4', props: {quote: "Starmer is the latest European leader to meet Trump after French President Emmanuel Macron came to the White House on Monday for a friendly encounter that also displayed stark differences about Russia's war with Ukraine."}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// US and Russian representatives meet in Saudi Arabia
MERGE (n:Meeting {id: 'meeting-us-russia-saudi-arabia-2025-02'})
SET n += {
  name: 'US and Russian representatives meet in Saudi Arabia',
  kind: 'talks',
  status: 'held',
  date: date('2025-02-17'),
  datePrecision: 'week',
  dateText: 'last week',
  dateBasis: '"last week" in 003 (published Thursday 27 Feb 2025): the week of Monday 17 Feb 2025; `date` is that Monday.',
  description: "Putin's representatives met the Trump administration and reportedly proposed a minerals deal of their own."
};

UNWIND [
  {from: 'RU', to: 'meeting-us-russia-saudi-arabia-2025-02', props: {role: "Putin's representatives", sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'trump-administration', to: 'meeting-us-russia-saudi-arabia-2025-02', props: {role: 'US side', sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Organization {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-us-russia-saudi-arabia-2025-02', to: 'SA', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:HELD_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-us-russia-saudi-arabia-2025-02', to: '003_0916fcbffa79c379', props: {quote: "Putin's representatives reportedly proposed a similar deal to the Trump administration while meeting in Saudi Arabia last week, and they said a deal could be brokered to give the U.S. access to minerals in Ukrainian regions now occupied by invading Russian forces, including Donetsk and Zaporizhzhia."}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// US-Russia talks on ending the war in Ukraine
MERGE (n:Meeting {id: 'meeting-us-russia-talks-2025'})
SET n += {
  name: 'US-Russia talks on ending the war in Ukraine',
  kind: 'talks',
  status: 'held',
  ongoing: true,
  date: date('2025-02-01'),
  datePrecision: 'month',
  dateText: "Washington's initial talks with Russia",
  dateBasis: 'Undated in the articles; under way as of February 2025 (000: "the US continues to engage with the Kremlin"). `date` is the first of that month. European representatives were not included (001).',
  description: 'The continuing US-Russia negotiations about ending the war, as a process rather than one sitting.'
};

UNWIND [
  {from: 'US', to: 'meeting-us-russia-talks-2025', props: {role: 'negotiating party', sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4']}},
  {from: 'RU', to: 'meeting-us-russia-talks-2025', props: {role: 'negotiating party', sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-us-russia-talks-2025', to: 'topic-war-in-ukraine', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}},
  {from: 'meeting-us-russia-talks-2025', to: 'topic-ceasefire', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-us-russia-talks-2025', to: '000_8cf2afdfe91eb5b9', props: {quote: 'Trump said he does not believe Russian President Vladimir Putin is going to violate his word as the US continues to engage with the Kremlin in negotiations about ending the war in Ukraine, describing his view of Putin as "trust and verify."'}},
  {from: 'meeting-us-russia-talks-2025', to: '001_b0f79eaa7c64fdbc', props: {quote: "European representatives, however, were not included in Washington's initial talks with Russia."}},
  {from: 'meeting-us-russia-talks-2025', to: '002_12acf4030be661a4', props: {quote: "But underlying differences between the allies remained, including transatlantic frictions over US-Russia talks aimed at ending the Ukraine war and Trump's tariff threats."}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// NATO Bucharest Summit
MERGE (n:Meeting {id: 'meeting-nato-bucharest-summit-2008'})
SET n += {
  name: 'NATO Bucharest Summit',
  kind: 'summit',
  status: 'held',
  date: date('2008-01-01'),
  datePrecision: 'year',
  dateText: 'in 2008',
  dateBasis: '"in 2008 at the Bucharest Summit" (003); only the year is given, so `date` is 1 Jan 2008.',
  description: 'The NATO summit at which the alliance agreed Ukraine would eventually become a member.',
  outcome: 'The alliance agreed Ukraine would eventually become a member of NATO.'
};

UNWIND [
  {from: 'nato', to: 'meeting-nato-bucharest-summit-2008', props: {role: 'alliance', sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Organization {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-nato-bucharest-summit-2008', to: 'bucharest', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:HELD_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-nato-bucharest-summit-2008', to: 'topic-ukraine-nato-membership', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-nato-bucharest-summit-2008', to: '003_0916fcbffa79c379', props: {quote: 'Ukrainian leadership has long sought NATO membership, and in 2008 at the Bucharest Summit the alliance agreed Ukraine would eventually become a member of NATO, a defense partnership Zelenskyy has since argued is the best defense against a future Russian invasion.'}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Bessent visits Zelenskyy in Kyiv
MERGE (n:Meeting {id: 'meeting-bessent-zelenskyy-kyiv-2025-02-12'})
SET n += {
  name: 'Bessent visits Zelenskyy in Kyiv',
  kind: 'visit',
  status: 'held',
  date: date('2025-02-12'),
  datePrecision: 'day',
  dateText: "Mr Bessent's visit to Kyiv",
  dateBasis: '004 gives no day for the visit. 12 Feb 2025 is the day of the NATO meeting that 004 calls "yesterday" and, by the public record (not the articles), the day of the visit; see the dating of 004 in seeds/manifest.json.',
  description: 'The first visit to Ukraine by a Trump cabinet member since the 20 Jan inauguration; minerals and security guarantees were discussed.'
};

UNWIND [
  {from: 'scott-bessent', to: 'meeting-bessent-zelenskyy-kyiv-2025-02-12', props: {role: 'visitor', sources: ['004_0a46b6fd182fb916']}},
  {from: 'volodymyr-zelenskyy', to: 'meeting-bessent-zelenskyy-kyiv-2025-02-12', props: {role: 'host', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-bessent-zelenskyy-kyiv-2025-02-12', to: 'kyiv', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:HELD_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-bessent-zelenskyy-kyiv-2025-02-12', to: 'topic-security-guarantees', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'meeting-bessent-zelenskyy-kyiv-2025-02-12', to: 'topic-ceasefire', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-bessent-zelenskyy-kyiv-2025-02-12', to: '004_0a46b6fd182fb916', props: {quote: "US President Donald Trump wants a swift end to the war in the Ukraine, and during Mr Bessent's visit to Kyiv Ukrainian President Volodymyr Zelensky said he hoped to reach a ceasefire agreement with Moscow later this week."}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// NATO meeting addressed by Hegseth
MERGE (n:Meeting {id: 'meeting-nato-hegseth-2025-02-12'})
SET n += {
  name: 'NATO meeting addressed by Hegseth',
  kind: 'summit',
  status: 'held',
  date: date('2025-02-12'),
  datePrecision: 'day',
  dateText: 'yesterday',
  dateBasis: '"yesterday" in 004 (published 13 Feb 2025). 004 calls it "a NATO summit" and names no place.',
  description: 'Hegseth told the meeting that European players must step up to protect Ukraine.'
};

UNWIND [
  {from: 'pete-hegseth', to: 'meeting-nato-hegseth-2025-02-12', props: {role: 'speaker', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'nato', to: 'meeting-nato-hegseth-2025-02-12', props: {role: 'convening alliance', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Organization {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-nato-hegseth-2025-02-12', to: 'topic-european-security', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'meeting-nato-hegseth-2025-02-12', to: 'topic-security-guarantees', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-nato-hegseth-2025-02-12', to: '004_0a46b6fd182fb916', props: {quote: 'Despite the US promise of a "security shield", Defense Secretary Pete Hegseth told a NATO summit yesterday that European players must step up to protect Ukraine.'}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// State visit by Trump at the invitation of King Charles
MERGE (n:Meeting {id: 'meeting-trump-state-visit-uk'})
SET n += {
  name: 'State visit by Trump at the invitation of King Charles',
  kind: 'state visit',
  status: 'proposed',
  dateText: 'a future state visit',
  dateBasis: 'No date is given (002); the node has no `date` and no `datePrecision`.',
  description: 'Starmer delivered an invitation from King Charles for a future state visit, which Trump accepted; no date set in the articles.'
};

UNWIND [
  {from: 'donald-trump', to: 'meeting-trump-state-visit-uk', props: {role: 'invited guest (accepted)', sources: ['002_12acf4030be661a4']}},
  {from: 'king-charles', to: 'meeting-trump-state-visit-uk', props: {role: 'host (invited)', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-state-visit-uk', to: 'GB', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:HELD_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-state-visit-uk', to: '002_12acf4030be661a4', props: {quote: 'Starmer also delivered an invitation from King Charles for a future state visit, which Trump accepted.'}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump's presidential inauguration
MERGE (n:Meeting {id: 'meeting-trump-inauguration-2025-01-20'})
SET n += {
  name: "Trump's presidential inauguration",
  kind: 'inauguration',
  status: 'held',
  date: date('2025-01-20'),
  datePrecision: 'day',
  dateText: 'Jan 20',
  dateBasis: '"entered office on Jan 20" (002) and "the January 20 presidential inauguration" (004); the year is that of the articles, 2025.',
  description: 'Trump took office for his second term.'
};

UNWIND [
  {from: 'donald-trump', to: 'meeting-trump-inauguration-2025-01-20', props: {role: 'inaugurated as President', sources: ['002_12acf4030be661a4', '004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-inauguration-2025-01-20', to: '002_12acf4030be661a4', props: {quote: 'Trump, who entered office on Jan 20, has shocked traditional US allies in Europe by drawing closer to Putin, calling Ukrainian President Volodymyr Zelenskiy a "dictator," and demanding payback for US financial support for Kyiv.'}},
  {from: 'meeting-trump-inauguration-2025-01-20', to: '004_0a46b6fd182fb916', props: {quote: 'Mr Bessent, the first Trump cabinet member to visit Ukraine since the January 20 presidential inauguration, told reporters that the natural minerals form part of a “larger peace deal that Trump has in mind”.'}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// The state visit was offered during the Starmer meeting.
UNWIND [
  {from: 'meeting-trump-starmer-2025-02-27', to: 'meeting-trump-state-visit-uk', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;
