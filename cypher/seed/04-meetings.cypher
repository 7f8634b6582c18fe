// Meeting nodes (people meeting, one node per meeting however many articles report it) and Event nodes
// (something that happened but is not a meeting of people: a negotiation process, an inauguration, an
// invasion). Dates follow ../shared/SCHEMA.md v2: `dateFrom`..`dateTo` is the range the sources allow and
// `date` = `dateFrom`; `dateText` is the backing article's own words, resolved against its `published`;
// `dateBasis` is `article` or `external`; `dateNote` explains any reasoning. An undated fact has no date,
// `dateText: 'undated'`. Each REPORTED_IN says what that article reports: {status, dateText, quote}; the
// node's `status` is that of its latest report. ATTENDED {attendance} is `attended`, `due`, `invited`,
// `addressed` or `inferred` (with `note`). MEETING_OF (extension) names the body that met (a cabinet, NATO);
// PARTICIPATED_IN (extension) links people and countries to an Event; PART_OF a sitting to its process.
// Relationships find their endpoints with OPTIONAL MATCH so that a misspelt id fails the load loudly
// ("node `a` is missing") instead of silently creating nothing.

// Nodes and relationships of earlier versions of this seed that the articles do not support: a database
// seeded before is brought to the same graph as a fresh one.
MATCH (m:Meeting) WHERE m.id IN ['meeting-us-russia-talks-2025', 'meeting-trump-inauguration-2025-01-20', 'meeting-bessent-zelenskyy-kyiv-2025-02-12']
DETACH DELETE m;
MATCH (o:Organization)-[r:ATTENDED]->(:Meeting)
WHERE o.id IN ['trump-administration', 'trump-cabinet', 'nato']
DELETE r;

// Trump hosts Starmer at the White House
MERGE (n:Meeting {id: 'meeting-trump-starmer-2025-02-27'})
SET n += {
  name: 'Trump hosts Starmer at the White House',
  kind: 'bilateral',
  status: 'held',
  date: date('2025-02-27'),
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateText: 'Thursday (Feb 27)',
  dateBasis: 'article',
  description: "Keir Starmer's first White House meeting with Trump since Trump took office: remarks to reporters, talks behind closed doors and a joint press conference (one meeting; statements made at the press conference say so in MADE_AT's `occasion`), and an invitation from King Charles for a state visit, which Trump accepted."
};

UNWIND [
  {from: 'donald-trump', to: 'meeting-trump-starmer-2025-02-27', props: {role: 'host', attendance: 'attended', sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}},
  {from: 'keir-starmer', to: 'meeting-trump-starmer-2025-02-27', props: {role: 'guest', attendance: 'attended', sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}},
  {from: 'jd-vance', to: 'meeting-trump-starmer-2025-02-27', props: {role: 'US Vice President, spoke at the start of the visit', attendance: 'inferred', note: '002 says only that "At the start of the visit" Vance said the leaders were discussing free speech; no article says he was in the meeting.', sources: ['002_12acf4030be661a4']}}
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
  {from: 'meeting-trump-starmer-2025-02-27', to: '000_8cf2afdfe91eb5b9', props: {status: 'held', dateText: 'Thursday', quote: 'It\'s a backstop, you could say," Trump told reporters as he hosted UK Prime Minister Keir Starmer at the White House.'}},
  {from: 'meeting-trump-starmer-2025-02-27', to: '002_12acf4030be661a4', props: {status: 'held', dateText: 'Thursday (Feb 27)', quote: 'Starmer, who was meeting Trump at the White House for the first time since the US leader took office, turned on the charm, saying peace in Ukraine had only become possible because of Trump.'}}
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
  dateFrom: date('2025-02-28'),
  dateTo: date('2025-02-28'),
  datePrecision: 'day',
  dateText: 'on Friday',
  dateBasis: 'article',
  dateNote: '"on Friday" in 001 (26 Feb), 002 (28 Feb) and 003 (27 Feb); "less than 24 hours" after Thursday\'s remarks in 000 (27 Feb). All give Friday 28 Feb 2025.',
  description: "Zelenskyy's first meeting with Trump since Trump re-entered the White House, announced by Trump, to sign the minerals deal; scheduled as of all four reporting articles."
};

UNWIND [
  {from: 'donald-trump', to: 'meeting-trump-zelenskyy-2025-02-28', props: {role: 'host', attendance: 'due', sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379']}},
  {from: 'volodymyr-zelenskyy', to: 'meeting-trump-zelenskyy-2025-02-28', props: {role: 'guest', attendance: 'due', sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379']}}
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
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: 'topic-security-guarantees', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: '000_8cf2afdfe91eb5b9', props: {status: 'scheduled', dateText: 'less than 24 hours', quote: 'Speaking less than 24 hours before Ukrainian President Volodymyr Zelenskyy is due to visit the White House, Trump said the leaders would be signing a "very important agreement for both sides" during their pending face-to-face.'}},
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: '001_b0f79eaa7c64fdbc', props: {status: 'scheduled', dateText: 'on Friday', quote: "Ukrainian President Volodymyr Zelensky will meet US President Donald Trump in Washington on Friday to sign a deal on sharing Ukraine's mineral resources."}},
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: '002_12acf4030be661a4', props: {status: 'scheduled', dateText: 'on Friday', quote: 'Zelenskiy is expected to be in Washington on Friday to sign a deal with Trump on rare earth minerals.'}},
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: '003_0916fcbffa79c379', props: {status: 'scheduled', dateText: 'on Friday', quote: 'Ukrainian President Volodymyr Zelenskyy on Friday is set to meet with President Donald Trump for the first time since he re-entered the White House to sign what could be a key minerals deal to help end Russia’s war.'}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'donald-trump', to: 'meeting-trump-zelenskyy-2025-02-28', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ANNOUNCED]->(b)
SET r += row.props;

// Trump's cabinet meeting
MERGE (n:Meeting {id: 'meeting-trump-cabinet-2025-02-26'})
SET n += {
  name: "Trump's cabinet meeting",
  kind: 'cabinet',
  status: 'held',
  date: date('2025-02-26'),
  dateFrom: date('2025-02-26'),
  dateTo: date('2025-02-26'),
  datePrecision: 'day',
  dateText: 'on Wednesday',
  dateBasis: 'article',
  description: 'Where Trump spoke of "automatic security" from American workers in Ukraine and told Kyiv to "forget about" Nato.'
};

UNWIND [
  {from: 'donald-trump', to: 'meeting-trump-cabinet-2025-02-26', props: {role: 'chair', attendance: 'attended', sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-cabinet-2025-02-26', to: 'trump-cabinet', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:MEETING_OF]->(b)
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
  {from: 'meeting-trump-cabinet-2025-02-26', to: '001_b0f79eaa7c64fdbc', props: {status: 'held', dateText: 'on Wednesday', quote: 'Speaking at a meeting of his cabinet on Wednesday, Trump said the presence of American workers extracting rare earth metals on Ukrainian soil would provide "automatic security" for Ukraine.'}}
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
  dateFrom: date('2025-02-24'),
  dateTo: date('2025-02-24'),
  datePrecision: 'day',
  dateText: 'on Monday',
  dateBasis: 'article',
  dateNote: '"on Monday" in 002 (published Friday 28 Feb 2025): the Monday of the same week.',
  description: "A friendly encounter that also displayed stark differences about Russia's war with Ukraine."
};

UNWIND [
  {from: 'emmanuel-macron', to: 'meeting-macron-trump-2025-02-24', props: {role: 'guest', attendance: 'attended', sources: ['002_12acf4030be661a4']}},
  {from: 'donald-trump', to: 'meeting-macron-trump-2025-02-24', props: {role: 'host', attendance: 'attended', sources: ['002_12acf4030be661a4']}}
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
  {from: 'meeting-macron-trump-2025-02-24', to: '002_12acf4030be661a4', props: {status: 'held', dateText: 'on Monday', quote: "Starmer is the latest European leader to meet Trump after French President Emmanuel Macron came to the White House on Monday for a friendly encounter that also displayed stark differences about Russia's war with Ukraine."}}
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
  dateFrom: date('2025-02-17'),
  dateTo: date('2025-02-23'),
  datePrecision: 'week',
  dateText: 'last week',
  dateBasis: 'article',
  dateNote: '"last week" in 003 (published Thursday 27 Feb 2025): the week of Monday 17 to Sunday 23 Feb 2025.',
  description: "Putin's representatives met the Trump administration and reportedly proposed a minerals deal of their own. A sitting of the US-Russia talks on ending the war (PART_OF)."
};

UNWIND [
  {from: 'RU', to: 'meeting-us-russia-saudi-arabia-2025-02', props: {role: "Putin's representatives", attendance: 'attended', sources: ['003_0916fcbffa79c379']}},
  {from: 'US', to: 'meeting-us-russia-saudi-arabia-2025-02', props: {role: 'the Trump administration', attendance: 'attended', sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
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
  {from: 'meeting-us-russia-saudi-arabia-2025-02', to: '003_0916fcbffa79c379', props: {status: 'held', dateText: 'last week', quote: "Putin's representatives reportedly proposed a similar deal to the Trump administration while meeting in Saudi Arabia last week, and they said a deal could be brokered to give the U.S. access to minerals in Ukrainian regions now occupied by invading Russian forces, including Donetsk and Zaporizhzhia."}}
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
  dateFrom: date('2008-01-01'),
  dateTo: date('2008-12-31'),
  datePrecision: 'year',
  dateText: 'in 2008',
  dateBasis: 'article',
  dateNote: '"in 2008 at the Bucharest Summit" (003); only the year is given.',
  description: 'The NATO summit at which the alliance agreed Ukraine would eventually become a member.',
  outcome: 'The alliance agreed Ukraine would eventually become a member of NATO.'
};

UNWIND [
  {from: 'meeting-nato-bucharest-summit-2008', to: 'nato', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:MEETING_OF]->(b)
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
  {from: 'meeting-nato-bucharest-summit-2008', to: '003_0916fcbffa79c379', props: {status: 'held', dateText: 'in 2008', quote: 'Ukrainian leadership has long sought NATO membership, and in 2008 at the Bucharest Summit the alliance agreed Ukraine would eventually become a member of NATO, a defense partnership Zelenskyy has since argued is the best defense against a future Russian invasion.'}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Bessent visits Kyiv
MERGE (n:Meeting {id: 'meeting-bessent-zelenskyy-kyiv-2025'})
SET n += {
  name: 'Bessent visits Kyiv',
  kind: 'visit',
  status: 'held',
  date: date('2025-01-20'),
  dateFrom: date('2025-01-20'),
  dateTo: date('2025-02-13'),
  datePrecision: 'range',
  dateText: 'since the January 20 presidential inauguration',
  dateBasis: 'article',
  dateNote: '004 gives no day. Bessent is "the first Trump cabinet member to visit Ukraine since the January 20 presidential inauguration", and the visit is reported as past by 004\'s own date (13 Feb 2025, itself from outside the articles: publishedBasis external).',
  externalDate: date('2025-02-12'),
  externalDateSourceNote: 'The public record, not the five articles: news reports of 12 Feb 2025 on Bessent meeting Zelensky in Kyiv. Kept apart from dateFrom/dateTo, which are what 004 supports.',
  description: 'The first visit to Ukraine by a Trump cabinet member since the 20 Jan inauguration; Zelensky spoke of minerals and security guarantees.'
};

UNWIND [
  {from: 'scott-bessent', to: 'meeting-bessent-zelenskyy-kyiv-2025', props: {role: 'visitor', attendance: 'attended', sources: ['004_0a46b6fd182fb916']}},
  {from: 'volodymyr-zelenskyy', to: 'meeting-bessent-zelenskyy-kyiv-2025', props: {role: 'host', attendance: 'inferred', note: '004 has Zelensky speak "during Mr Bessent\'s visit to Kyiv" and say "We had a productive, constructive conversation", but does not say that he met Bessent.', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-bessent-zelenskyy-kyiv-2025', to: 'kyiv', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:HELD_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-bessent-zelenskyy-kyiv-2025', to: 'topic-security-guarantees', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-bessent-zelenskyy-kyiv-2025', to: '004_0a46b6fd182fb916', props: {status: 'held', dateText: 'since the January 20 presidential inauguration', quote: "US President Donald Trump wants a swift end to the war in the Ukraine, and during Mr Bessent's visit to Kyiv Ukrainian President Volodymyr Zelensky said he hoped to reach a ceasefire agreement with Moscow later this week."}}
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
  dateFrom: date('2025-02-12'),
  dateTo: date('2025-02-12'),
  datePrecision: 'day',
  dateText: 'yesterday',
  dateBasis: 'article',
  dateNote: '"yesterday" in 004, counted from its date, 13 Feb 2025, which comes from outside the articles (publishedBasis external). 004 calls it "a NATO summit" and names no place.',
  description: 'Hegseth told the meeting that European players must step up to protect Ukraine; Healey responded.'
};

UNWIND [
  {from: 'pete-hegseth', to: 'meeting-nato-hegseth-2025-02-12', props: {role: 'speaker', attendance: 'addressed', sources: ['004_0a46b6fd182fb916']}},
  {from: 'john-healey', to: 'meeting-nato-hegseth-2025-02-12', props: {role: 'UK Defense Secretary, responded', attendance: 'inferred', note: '004: "Responding, UK Defense Secretary John Healey said: We hear your concerns..." answers Hegseth in the second person; 004 does not say where.', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ATTENDED]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-nato-hegseth-2025-02-12', to: 'nato', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:MEETING_OF]->(b)
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
  {from: 'meeting-nato-hegseth-2025-02-12', to: '004_0a46b6fd182fb916', props: {status: 'held', dateText: 'yesterday', quote: 'Despite the US promise of a "security shield", Defense Secretary Pete Hegseth told a NATO summit yesterday that European players must step up to protect Ukraine.'}}
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
  dateText: 'undated',
  dateNote: '"a future state visit" (002); no date is given.',
  description: 'Starmer delivered an invitation from King Charles for a future state visit, which Trump accepted; no date set in the articles.'
};

UNWIND [
  {from: 'donald-trump', to: 'meeting-trump-state-visit-uk', props: {role: 'invited guest (accepted)', attendance: 'due', note: 'invited, and accepted (002)', sources: ['002_12acf4030be661a4']}},
  {from: 'king-charles', to: 'meeting-trump-state-visit-uk', props: {role: 'host (invited)', attendance: 'due', note: 'the host who sent the invitation (002)', sources: ['002_12acf4030be661a4']}}
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
  {from: 'meeting-trump-state-visit-uk', to: '002_12acf4030be661a4', props: {status: 'proposed', dateText: 'undated', quote: 'Starmer also delivered an invitation from King Charles for a future state visit, which Trump accepted.'}}
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

// The state visit is undated: a database seeded before v2 has a sentence in its `dateBasis`, now `dateNote`.
MATCH (m:Meeting {id: 'meeting-trump-state-visit-uk'})
REMOVE m.dateBasis;

// US-Russia talks on ending the war in Ukraine
MERGE (n:Event {id: 'event-us-russia-talks-2025'})
SET n += {
  name: 'US-Russia talks on ending the war in Ukraine',
  kind: 'negotiation process',
  status: 'ongoing',
  dateText: 'undated',
  dateNote: 'No article dates the talks as a whole; 000 (27 Feb 2025) has them under way ("the US continues to engage with the Kremlin"), and their sitting in Saudi Arabia was "last week" (003).',
  description: 'The continuing US-Russia negotiations about ending the war, as a process rather than one sitting. European representatives were not included (001).'
};

UNWIND [
  {from: 'US', to: 'event-us-russia-talks-2025', props: {role: 'negotiating party', sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4']}},
  {from: 'RU', to: 'event-us-russia-talks-2025', props: {role: 'negotiating party', sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Event {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'event-us-russia-talks-2025', to: '000_8cf2afdfe91eb5b9', props: {status: 'ongoing', dateText: 'undated', quote: 'Trump said he does not believe Russian President Vladimir Putin is going to violate his word as the US continues to engage with the Kremlin in negotiations about ending the war in Ukraine, describing his view of Putin as "trust and verify."'}},
  {from: 'event-us-russia-talks-2025', to: '001_b0f79eaa7c64fdbc', props: {status: 'ongoing', dateText: 'undated', quote: "European representatives, however, were not included in Washington's initial talks with Russia."}},
  {from: 'event-us-russia-talks-2025', to: '002_12acf4030be661a4', props: {status: 'ongoing', dateText: 'undated', quote: "But underlying differences between the allies remained, including transatlantic frictions over US-Russia talks aimed at ending the Ukraine war and Trump's tariff threats."}}
] AS row
OPTIONAL MATCH (a:Event {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'event-us-russia-talks-2025', to: 'topic-war-in-ukraine', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Event {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

// The Saudi sitting belongs to the process: 003's meeting of Putin's representatives and the Trump
// administration is one of the US-Russia talks that 000-002 report.
UNWIND [
  {from: 'meeting-us-russia-saudi-arabia-2025-02', to: 'event-us-russia-talks-2025', props: {sources: ['003_0916fcbffa79c379'], note: "003's meeting of Putin's representatives with the Trump administration, a sitting of the US-Russia talks of 000-002"}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Event {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;

// "European representatives, however, were not included in Washington's initial talks with Russia." (001)
UNWIND [
  {from: 'europe', to: 'event-us-russia-talks-2025', props: {role: 'European representatives', sources: ['001_b0f79eaa7c64fdbc'], quote: "European representatives, however, were not included in Washington's initial talks with Russia."}}
] AS row
OPTIONAL MATCH (a:Place {id: row.from})
OPTIONAL MATCH (b:Event {id: row.to})
MERGE (a)-[r:EXCLUDED_FROM]->(b)
SET r += row.props;

// Trump's presidential inauguration
MERGE (n:Event {id: 'event-trump-inauguration-2025-01-20'})
SET n += {
  name: "Trump's presidential inauguration",
  kind: 'inauguration',
  status: 'held',
  date: date('2025-01-20'),
  dateFrom: date('2025-01-20'),
  dateTo: date('2025-01-20'),
  datePrecision: 'day',
  dateText: 'Jan 20',
  dateBasis: 'article',
  dateNote: '"entered office on Jan 20" (002) and "the January 20 presidential inauguration" (004); the year is that of the articles.',
  description: 'Trump took office for his second term.'
};

UNWIND [
  {from: 'donald-trump', to: 'event-trump-inauguration-2025-01-20', props: {role: 'inaugurated as President', sources: ['002_12acf4030be661a4', '004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Event {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'event-trump-inauguration-2025-01-20', to: '002_12acf4030be661a4', props: {status: 'held', dateText: 'Jan 20', quote: 'Trump, who entered office on Jan 20, has shocked traditional US allies in Europe by drawing closer to Putin, calling Ukrainian President Volodymyr Zelenskiy a "dictator," and demanding payback for US financial support for Kyiv.'}},
  {from: 'event-trump-inauguration-2025-01-20', to: '004_0a46b6fd182fb916', props: {status: 'held', dateText: 'January 20', quote: 'Mr Bessent, the first Trump cabinet member to visit Ukraine since the January 20 presidential inauguration, told reporters that the natural minerals form part of a “larger peace deal that Trump has in mind”.'}}
] AS row
OPTIONAL MATCH (a:Event {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Russian invasion of Ukraine (2014)
MERGE (n:Event {id: 'event-russian-invasion-of-ukraine-2014'})
SET n += {
  name: 'Russian invasion of Ukraine (2014)',
  kind: 'invasion',
  status: 'held',
  date: date('2014-01-01'),
  dateFrom: date('2014-01-01'),
  dateTo: date('2014-12-31'),
  datePrecision: 'year',
  dateText: '2014',
  dateBasis: 'article',
  dateNote: '"invasions of Ukraine in 2014 and 2022" (002); only the year is given.',
  description: 'One of the two invasions of Ukraine that, in 002, Putin organised.'
};

UNWIND [
  {from: 'vladimir-putin', to: 'event-russian-invasion-of-ukraine-2014', props: {role: 'organised it', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Event {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'UA', to: 'event-russian-invasion-of-ukraine-2014', props: {role: 'invaded', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Event {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'event-russian-invasion-of-ukraine-2014', to: '002_12acf4030be661a4', props: {status: 'held', dateText: '2014', quote: 'He said he did not think Putin, who organised invasions of Ukraine in 2014 and 2022, would do so again after a deal.'}}
] AS row
OPTIONAL MATCH (a:Event {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Russian invasion of Ukraine (2022)
MERGE (n:Event {id: 'event-russian-invasion-of-ukraine-2022'})
SET n += {
  name: 'Russian invasion of Ukraine (2022)',
  kind: 'invasion',
  status: 'held',
  date: date('2022-01-01'),
  dateFrom: date('2022-01-01'),
  dateTo: date('2022-12-31'),
  datePrecision: 'year',
  dateText: '2022',
  dateBasis: 'article',
  dateNote: '"invasions of Ukraine in 2014 and 2022" (002); only the year is given.',
  description: 'One of the two invasions of Ukraine that, in 002, Putin organised.'
};

UNWIND [
  {from: 'vladimir-putin', to: 'event-russian-invasion-of-ukraine-2022', props: {role: 'organised it', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Event {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'UA', to: 'event-russian-invasion-of-ukraine-2022', props: {role: 'invaded', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Event {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'event-russian-invasion-of-ukraine-2022', to: '002_12acf4030be661a4', props: {status: 'held', dateText: '2022', quote: 'He said he did not think Putin, who organised invasions of Ukraine in 2014 and 2022, would do so again after a deal.'}}
] AS row
OPTIONAL MATCH (a:Event {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Derived (docs/data-model.md): each dated meeting's span in days, dateTo - dateFrom, which bounds the
// time-window seeks of who-met-whom and meetings (cypher/schema.cypher indexes it).
MATCH (m:Meeting)
WHERE m.dateFrom IS NOT NULL AND m.dateTo IS NOT NULL
SET m.spanDays = duration.inDays(m.dateFrom, m.dateTo).days;
