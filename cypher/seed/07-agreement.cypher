// Agreement nodes with their parties (PARTY_TO) and, as extensions: COVERS (Agreement -> Resource, what the
// deal is about), APPROVED (Organization -> Agreement, with `date`), PROPOSED (Person -> Agreement, who first
// put it forward) and REFERS_TO (ResourceClaim -> Agreement, claims that describe the deal's terms).
// Meetings that discussed an agreement and statements about it are linked here, once the node exists.
// Each REPORTED_IN carries the `status` that article reports (`negotiating`, `pending-signature`: terms settled
// enough to sign but not signed, `signed`); the node's `status` is that of the latest report (`statusAsOf`).
// Relationships find their endpoints with OPTIONAL MATCH so that a misspelt id fails the load loudly
// ("node `a` is missing") instead of silently creating nothing.

// US-Ukraine minerals agreement
MERGE (n:Agreement {id: 'agreement-us-ukraine-minerals'})
SET n += {
  name: 'US-Ukraine minerals agreement',
  aliases: ['minerals deal', 'mineral deal', 'critical mineral deal', 'US-Ukraine mineral deal', 'U.S.-Ukraine minerals deal', 'economic partnership', "deal on sharing Ukraine's mineral resources"],
  status: 'pending-signature',
  statusAsOf: date('2025-02-28'),
  statusNote: 'Due to be signed by Trump and Zelenskyy at the White House on Friday 28 Feb 2025 (000-003), after the Ukrainian government formally backed it on Wednesday evening (001). Zelensky called it preliminary (001); 000 calls it "looming", 003 "what could be a key minerals deal" whose "exact terms remain unclear". Two weeks earlier 004 reports it as an offer under negotiation. No article reports it signed.',
  description: 'Ukraine shares rights to its mineral resources with the US. Shmyhal says it envisages an investment fund for reconstruction (001); 002 says it includes no security guarantees for Kyiv; Trump calls the US presence it brings a "backstop".',
  includesSecurityGuarantees: false,
  dateText: 'undated'
};

UNWIND [
  {from: 'US', to: 'agreement-us-ukraine-minerals', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379', '004_0a46b6fd182fb916']}},
  {from: 'UA', to: 'agreement-us-ukraine-minerals', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379', '004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += row.props;

UNWIND [
  {from: 'agreement-us-ukraine-minerals', to: 'minerals', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379', '004_0a46b6fd182fb916']}},
  {from: 'agreement-us-ukraine-minerals', to: 'rare-earths', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4', '004_0a46b6fd182fb916']}},
  {from: 'agreement-us-ukraine-minerals', to: 'critical-minerals', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Agreement {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:COVERS]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-zelenskyy-2025-02-28', to: 'agreement-us-ukraine-minerals', props: {purpose: 'signing', sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379']}},
  {from: 'meeting-trump-starmer-2025-02-27', to: 'agreement-us-ukraine-minerals', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'meeting-bessent-zelenskyy-kyiv-2025', to: 'agreement-us-ukraine-minerals', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-very-important-agreement', to: 'agreement-us-ukraine-minerals', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-its-a-backstop', to: 'agreement-us-ukraine-minerals', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-rare-earths-we-need', to: 'agreement-us-ukraine-minerals', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-we-are-a-backstop', to: 'agreement-us-ukraine-minerals', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'statement-trump-automatic-security', to: 'agreement-us-ukraine-minerals', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}},
  {from: 'statement-shmyhal-investment-fund', to: 'agreement-us-ukraine-minerals', props: {sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'statement-hoffman-economic-skin', to: 'agreement-us-ukraine-minerals', props: {sources: ['003_0916fcbffa79c379']}},
  {from: 'statement-kallas-self-interest', to: 'agreement-us-ukraine-minerals', props: {sources: ['003_0916fcbffa79c379']}},
  {from: 'statement-bessent-larger-peace-deal', to: 'agreement-us-ukraine-minerals', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'statement-bessent-security-shield', to: 'agreement-us-ukraine-minerals', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'statement-trump-secure-what-were-giving', to: 'agreement-us-ukraine-minerals', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-us-presence-is-security', to: 'agreement-us-ukraine-minerals', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379']}},
  {from: 'claim-deal-recoups-us-money', to: 'agreement-us-ukraine-minerals', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'claim-us-security-shield-for-minerals', to: 'agreement-us-ukraine-minerals', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'claim-deal-investment-fund', to: 'agreement-us-ukraine-minerals', props: {sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'claim-deal-shares-mineral-rights', to: 'agreement-us-ukraine-minerals', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc']}},
  {from: 'claim-mineral-rights-for-military-aid', to: 'agreement-us-ukraine-minerals', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'claim-zelenskyy-first-proposed-minerals-deal', to: 'agreement-us-ukraine-minerals', props: {sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'claim-zelenskyy-minerals-on-the-table', to: 'agreement-us-ukraine-minerals', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'claim-trump-wants-500bn-rare-minerals', to: 'agreement-us-ukraine-minerals', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:REFERS_TO]->(b)
SET r += row.props;

UNWIND [
  {from: 'agreement-us-ukraine-minerals', to: '000_8cf2afdfe91eb5b9', props: {status: 'pending-signature', dateText: 'undated', quote: 'President Donald Trump said Thursday that a looming critical mineral deal will serve as a "backstop" for Ukraine as Kyiv seeks security guarantees from the US as part of a deal to hand over extraction rights.'}},
  {from: 'agreement-us-ukraine-minerals', to: '001_b0f79eaa7c64fdbc', props: {status: 'pending-signature', dateText: 'undated', quote: 'Trump announced the meeting, while Zelensky described the agreement as preliminary and said he seeks further deals, including US security guarantees to deter Russian aggression.'}},
  {from: 'agreement-us-ukraine-minerals', to: '002_12acf4030be661a4', props: {status: 'pending-signature', dateText: 'undated', quote: 'Zelenskiy is expected to be in Washington on Friday to sign a deal with Trump on rare earth minerals.'}},
  {from: 'agreement-us-ukraine-minerals', to: '003_0916fcbffa79c379', props: {status: 'pending-signature', dateText: 'undated', quote: 'Though some details of the agreement have emerged since the meeting was announced this week, the exact terms remain unclear, and European leaders, including Russian President Vladimir Putin, are waiting to see what could come out of this agreement, particularly when it comes to security demands.'}},
  {from: 'agreement-us-ukraine-minerals', to: '004_0a46b6fd182fb916', props: {status: 'negotiating', dateText: 'undated', quote: 'The United States will offer Ukraine a "security shield" in exchange for rare minerals, the US Treasury Secretary Scott Bessent has said.'}}
] AS row
OPTIONAL MATCH (a:Agreement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Backed by the Ukrainian government "on Wednesday evening" (001), first proposed by Zelenskyy "last year" (001).
UNWIND [
  {from: 'government-of-ukraine', to: 'agreement-us-ukraine-minerals', props: {date: date('2025-02-26'), dateText: 'Wednesday evening', sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Organization {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:APPROVED]->(b)
SET r += row.props;

UNWIND [
  {from: 'volodymyr-zelenskyy', to: 'agreement-us-ukraine-minerals', props: {dateText: 'last year', year: 2024, sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:PROPOSED]->(b)
SET r += row.props;

// Deal to end the war in Ukraine
MERGE (n:Agreement {id: 'agreement-ukraine-peace-deal'})
SET n += {
  name: 'Deal to end the war in Ukraine',
  aliases: ['peace deal', 'ceasefire deal', 'ceasefire agreement'],
  status: 'negotiating',
  statusAsOf: date('2025-02-28'),
  statusNote: 'Under negotiation in every report: "Right now we don\'t have a deal" (Trump, 000); talks "moving briskly" (002); Zelensky hoped for a ceasefire agreement "later this week" (004).',
  description: 'The deal Trump says he will make "with Russia and Ukraine to stop killing people" (001).',
  dateText: 'undated'
};

UNWIND [
  {from: 'US', to: 'agreement-ukraine-peace-deal', props: {sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'RU', to: 'agreement-ukraine-peace-deal', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '004_0a46b6fd182fb916']}},
  {from: 'UA', to: 'agreement-ukraine-peace-deal', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-starmer-2025-02-27', to: 'agreement-ukraine-peace-deal', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

// The US-Russia talks are about ending the war (000: "negotiations about ending the war in Ukraine", 002: "Talks
// toward such a compact"). Bessent's visit is not linked: 004 says only that Zelensky spoke of a ceasefire then.
UNWIND [
  {from: 'event-us-russia-talks-2025', to: 'agreement-ukraine-peace-deal', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Event {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-we-dont-have-a-deal', to: 'agreement-ukraine-peace-deal', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-fairly-soon', to: 'agreement-ukraine-peace-deal', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'statement-trump-stop-killing-people', to: 'agreement-ukraine-peace-deal', props: {sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'statement-starmer-get-it-right', to: 'agreement-ukraine-peace-deal', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'statement-starmer-rewards-aggressor', to: 'agreement-ukraine-peace-deal', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'statement-kallas-say-no-to-bad-deal', to: 'agreement-ukraine-peace-deal', props: {sources: ['003_0916fcbffa79c379']}},
  {from: 'statement-bessent-larger-peace-deal', to: 'agreement-ukraine-peace-deal', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'agreement-ukraine-peace-deal', to: '000_8cf2afdfe91eb5b9', props: {status: 'negotiating', dateText: 'undated', quote: "Right now we don't have a deal."}},
  {from: 'agreement-ukraine-peace-deal', to: '001_b0f79eaa7c64fdbc', props: {status: 'negotiating', dateText: 'undated', quote: 'The US president suggested a ceasefire between Ukraine and Russia was not far off, telling reporters: "We\'re going to make a deal with Russia and Ukraine to stop killing people."'}},
  {from: 'agreement-ukraine-peace-deal', to: '002_12acf4030be661a4', props: {status: 'negotiating', dateText: 'undated', quote: 'Talks toward such a compact were moving briskly, he said.'}},
  {from: 'agreement-ukraine-peace-deal', to: '004_0a46b6fd182fb916', props: {status: 'negotiating', dateText: 'undated', quote: "US President Donald Trump wants a swift end to the war in the Ukraine, and during Mr Bessent's visit to Kyiv Ukrainian President Volodymyr Zelensky said he hoped to reach a ceasefire agreement with Moscow later this week."}}
] AS row
OPTIONAL MATCH (a:Agreement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// US-UK bilateral trade agreement
MERGE (n:Agreement {id: 'agreement-us-uk-trade'})
SET n += {
  name: 'US-UK bilateral trade agreement',
  aliases: ['bilateral trade agreement', 'free trade deal', 'trade deal'],
  status: 'negotiating',
  statusAsOf: date('2025-02-27'),
  statusNote: 'Trump said the two countries were negotiating and could reach a deal "very shortly" (002).',
  dateText: 'undated'
};

UNWIND [
  {from: 'US', to: 'agreement-us-uk-trade', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'GB', to: 'agreement-us-uk-trade', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-starmer-2025-02-27', to: 'agreement-us-uk-trade', props: {occasion: 'joint press conference', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-trade-deal-very-shortly', to: 'agreement-us-uk-trade', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'statement-trump-real-trade-deal', to: 'agreement-us-uk-trade', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'agreement-us-uk-trade', to: '002_12acf4030be661a4', props: {status: 'negotiating', dateText: 'undated', quote: 'During the joint press conference, Trump said the US and Britain were negotiating a bilateral trade agreement.'}}
] AS row
OPTIONAL MATCH (a:Agreement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Earlier versions linked Bessent's visit to the peace deal and gave the minerals deal the status `agreed`.
MATCH (:Meeting {id: 'meeting-bessent-zelenskyy-kyiv-2025'})-[r:DISCUSSED]->(:Agreement {id: 'agreement-ukraine-peace-deal'})
DELETE r;

// What the statements added in v2 (06) say about the agreements.
UNWIND [
  {from: 'statement-zelenskyy-deal-preliminary', to: 'agreement-us-ukraine-minerals', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-success-depends-on-meeting', to: 'agreement-us-ukraine-minerals', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-ceasefire-later-this-week', to: 'agreement-ukraine-peace-deal', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-strategic-interest', to: 'agreement-us-ukraine-minerals', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-kallas-position-of-strength', to: 'agreement-us-ukraine-minerals', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
