// Resource nodes (each mineral, metal and gas the articles name, plus the umbrella terms they use) and
// ResourceClaim nodes: assertions about reserves, values, demands, offers and access. MADE points from
// whoever asserts the claim, with `attribution`: `asserted` (the claimant says it) or `reported` (the article says
// the claimant wants or believes it: "is said to want", "reportedly"). A claim in the reporter's own voice has
// no MADE and `attribution: 'reporter'` on the node.
// ABOUT -> Resource, CONCERNS -> where the resources lie or whose they are. KIND_OF (extension) places an
// element under an umbrella term when an article does so.
// Relationships find their endpoints with OPTIONAL MATCH so that a misspelt id fails the load loudly
// ("node `a` is missing") instead of silently creating nothing.

// Resources
MERGE (n:Resource {id: 'minerals'})
SET n += {
  name: 'minerals',
  aliases: ['minerals', 'mineral resources', 'natural minerals', 'rare minerals'],
  category: 'mineral (general)',
  note: 'The articles\' general term: "mineral resources" (000, 001), "minerals" (003, 004), "rare minerals" and "natural minerals" (004).'
};

MERGE (n:Resource {id: 'critical-minerals'})
SET n += {
  name: 'critical minerals',
  aliases: ['critical minerals'],
  category: 'critical mineral',
  note: '"critical minerals and metals" (004).'
};

MERGE (n:Resource {id: 'rare-earths'})
SET n += {
  name: 'rare earths',
  aliases: ['rare earths', 'rare earth minerals', 'rare earth metals', 'rare earth elements'],
  category: 'rare earth element',
  note: 'The group of rare earth elements; "rare earth minerals" (000, 002), "rare earth metals" (001), "rare earth elements" (004).'
};

MERGE (n:Resource {id: 'lithium'})
SET n += {
  name: 'lithium',
  aliases: ['lithium'],
  category: 'critical mineral',
  note: 'Battery metal: "one of the key parts in eletric vehicle batteries" (004).'
};

MERGE (n:Resource {id: 'neon'})
SET n += {
  name: 'neon',
  aliases: ['neon', 'neon gas'],
  category: 'industrial gas',
  note: '"semiconductor-grade neon gas that is critical for chip production" (000).'
};

MERGE (n:Resource {id: 'beryllium'})
SET n += {
  name: 'beryllium',
  aliases: ['beryllium'],
  category: 'critical mineral'
};

MERGE (n:Resource {id: 'uranium'})
SET n += {
  name: 'uranium',
  aliases: ['uranium'],
  category: 'metal'
};

MERGE (n:Resource {id: 'zirconium'})
SET n += {
  name: 'zirconium',
  aliases: ['zirconium'],
  category: 'metal'
};

MERGE (n:Resource {id: 'apatite'})
SET n += {
  name: 'apatite',
  aliases: ['apatite'],
  category: 'mineral'
};

MERGE (n:Resource {id: 'iron-ore'})
SET n += {
  name: 'iron ore',
  aliases: ['iron ore'],
  category: 'ore'
};

MERGE (n:Resource {id: 'manganese'})
SET n += {
  name: 'manganese',
  aliases: ['manganese'],
  category: 'metal'
};

MERGE (n:Resource {id: 'titanium'})
SET n += {
  name: 'titanium',
  aliases: ['titanium', 'Titanium'],
  category: 'metal',
  note: '"vital for the defence industry" (004).'
};

MERGE (n:Resource {id: 'cerium'})
SET n += {
  name: 'cerium',
  aliases: ['cerium'],
  category: 'rare earth element',
  note: '"essential components of everday modern technology, like flat-screen TVs" (004).'
};

MERGE (n:Resource {id: 'lanthanum'})
SET n += {
  name: 'lanthanum',
  aliases: ['lanthanum'],
  category: 'rare earth element',
  note: '"essential components of everday modern technology, like flat-screen TVs" (004).'
};

// "more than 20 rare earth elements in its territory, including cerium and lanthanum" (004).
UNWIND [
  {from: 'cerium', to: 'rare-earths', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'lanthanum', to: 'rare-earths', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Resource {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:KIND_OF]->(b)
SET r += row.props;

// Ukraine's rare earth reserves could be worth trillions
MERGE (n:ResourceClaim {id: 'claim-ukraine-rare-earth-reserves-trillions'})
SET n += {
  name: "Ukraine's rare earth reserves could be worth trillions",
  kind: 'valuation',
  attribution: 'reporter',
  text: 'Ukraine has massive reserves of critical rare earth minerals that could be worth trillions of dollars in total.',
  unit: 'USD',
  valueText: 'trillions of dollars'
};

UNWIND [
  {from: 'claim-ukraine-rare-earth-reserves-trillions', to: 'rare-earths', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-rare-earth-reserves-trillions', to: 'UA', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-rare-earth-reserves-trillions', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'undated', quote: 'Ukraine is sitting on massive reserves of critical rare earth minerals that could total trillions of dollars.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Ukraine holds about 5% of the world's mineral resources
MERGE (n:ResourceClaim {id: 'claim-ukraine-5-percent-world-mineral-resources'})
SET n += {
  name: "Ukraine holds about 5% of the world's mineral resources",
  kind: 'reserve',
  text: "Ukraine holds about 5% of the world's total mineral resources, according to a 2024 World Economic Forum report.",
  value: 5,
  unit: 'percent',
  valueQualifier: 'about',
  sourceDocument: '2024 World Economic Forum report'
};

UNWIND [
  {from: 'world-economic-forum', to: 'claim-ukraine-5-percent-world-mineral-resources', props: {attribution: 'asserted', sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Organization {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:MADE]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-5-percent-world-mineral-resources', to: 'minerals', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-5-percent-world-mineral-resources', to: 'UA', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-5-percent-world-mineral-resources', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'undated', quote: 'It holds about 5% of the world’s total mineral resources, according to a 2024 World Economic Forum report.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Ukraine has one of the largest confirmed lithium reserves
MERGE (n:ResourceClaim {id: 'claim-ukraine-lithium-reserves'})
SET n += {
  name: 'Ukraine has one of the largest confirmed lithium reserves',
  kind: 'reserve',
  attribution: 'reporter',
  text: 'Ukraine has one of the largest confirmed reserves of lithium.'
};

UNWIND [
  {from: 'claim-ukraine-lithium-reserves', to: 'lithium', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-lithium-reserves', to: 'UA', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-lithium-reserves', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'undated', quote: 'Besides having one of the largest confirmed reserves of lithium, Ukraine boasts semiconductor-grade neon gas that is critical for chip production, beryllium, uranium, zirconium, apatite, iron ore and manganese.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Ukraine has neon gas, beryllium, uranium, zirconium, apatite, iron ore and manganese
MERGE (n:ResourceClaim {id: 'claim-ukraine-neon-and-other-minerals'})
SET n += {
  name: 'Ukraine has neon gas, beryllium, uranium, zirconium, apatite, iron ore and manganese',
  kind: 'reserve',
  attribution: 'reporter',
  text: 'Ukraine has semiconductor-grade neon gas, critical for chip production, and beryllium, uranium, zirconium, apatite, iron ore and manganese.'
};

UNWIND [
  {from: 'claim-ukraine-neon-and-other-minerals', to: 'neon', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'claim-ukraine-neon-and-other-minerals', to: 'beryllium', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'claim-ukraine-neon-and-other-minerals', to: 'uranium', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'claim-ukraine-neon-and-other-minerals', to: 'zirconium', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'claim-ukraine-neon-and-other-minerals', to: 'apatite', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'claim-ukraine-neon-and-other-minerals', to: 'iron-ore', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'claim-ukraine-neon-and-other-minerals', to: 'manganese', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-neon-and-other-minerals', to: 'UA', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-neon-and-other-minerals', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'undated', quote: 'Besides having one of the largest confirmed reserves of lithium, Ukraine boasts semiconductor-grade neon gas that is critical for chip production, beryllium, uranium, zirconium, apatite, iron ore and manganese.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// American workers extracting minerals would themselves secure Ukraine
MERGE (n:ResourceClaim {id: 'claim-us-presence-is-security'})
SET n += {
  name: 'American workers extracting minerals would themselves secure Ukraine',
  kind: 'offer',
  text: 'Trump says that the US presence in Ukraine under the minerals deal, with American workers extracting rare earths, would itself protect Ukraine: a "backstop", "automatic security".'
};

UNWIND [
  {from: 'donald-trump', to: 'claim-us-presence-is-security', props: {attribution: 'asserted', sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:MADE]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-us-presence-is-security', to: 'rare-earths', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc']}},
  {from: 'claim-us-presence-is-security', to: 'minerals', props: {sources: ['002_12acf4030be661a4', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-us-presence-is-security', to: 'UA', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-trump-cabinet-2025-02-26', to: 'claim-us-presence-is-security', props: {sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'meeting-trump-starmer-2025-02-27', to: 'claim-us-presence-is-security', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-us-presence-is-security', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'undated', quote: 'President Donald Trump said Thursday that a looming critical mineral deal will serve as a "backstop" for Ukraine as Kyiv seeks security guarantees from the US as part of a deal to hand over extraction rights.'}},
  {from: 'claim-us-presence-is-security', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: 'Speaking at a meeting of his cabinet on Wednesday, Trump said the presence of American workers extracting rare earth metals on Ukrainian soil would provide "automatic security" for Ukraine.'}},
  {from: 'claim-us-presence-is-security', to: '002_12acf4030be661a4', props: {dateText: 'undated', quote: 'WASHINGTON — President Donald Trump said on Thursday (Feb 27) that a minerals deal with Ukraine is the security guarantee Kyiv needs against Russia, brushing aside a plea from British Prime Minister Keir Starmer for a commitment of US military support.'}},
  {from: 'claim-us-presence-is-security', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: 'Trump told reporters that by entering into a minerals deal with Washington, Kyiv will be granted "automatic security" guarantees by the mere presence of American extractors on Ukrainian soil.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump wants the security of Ukraine's rare earths, which the US needs
MERGE (n:ResourceClaim {id: 'claim-trump-wants-security-of-rare-earths'})
SET n += {
  name: "Trump wants the security of Ukraine's rare earths",
  kind: 'demand',
  text: "Trump wants the security of Ukraine's rare earths, which he says Ukraine is willing to give."
};

UNWIND [
  {from: 'donald-trump', to: 'claim-trump-wants-security-of-rare-earths', props: {attribution: 'asserted', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:MADE]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-trump-wants-security-of-rare-earths', to: 'rare-earths', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-trump-wants-security-of-rare-earths', to: 'UA', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-trump-wants-security-of-rare-earths', to: '004_0a46b6fd182fb916', props: {dateText: 'undated', quote: 'I want to have the security of rare earths.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump is said to want $500bn of rare minerals for protection
MERGE (n:ResourceClaim {id: 'claim-trump-wants-500bn-rare-minerals'})
SET n += {
  name: 'Trump is said to want $500bn of rare minerals for protection',
  kind: 'demand',
  hedge: 'is said to',
  text: "Trump is said to want $500bn (£399bn) worth of Ukraine's rare minerals in exchange for US protection.",
  value: 500000000000,
  unit: 'USD',
  valueText: '$500bn (£399bn)'
};

UNWIND [
  {from: 'donald-trump', to: 'claim-trump-wants-500bn-rare-minerals', props: {attribution: 'reported', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:MADE]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-trump-wants-500bn-rare-minerals', to: 'minerals', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-trump-wants-500bn-rare-minerals', to: 'UA', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-trump-wants-500bn-rare-minerals', to: '004_0a46b6fd182fb916', props: {dateText: 'undated', quote: 'The US President is said to want $500bn (£399bn) worth of rare minerals in exchange for protection.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// The deal would recoup US money spent on Ukraine
MERGE (n:ResourceClaim {id: 'claim-deal-recoups-us-money'})
SET n += {
  name: 'The deal would recoup US money spent on Ukraine',
  kind: 'demand',
  text: 'Trump presents the minerals deal as a way to get back American money spent supporting Ukraine, and demands payback for US financial support.'
};

UNWIND [
  {from: 'donald-trump', to: 'claim-deal-recoups-us-money', props: {attribution: 'reported', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:MADE]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-deal-recoups-us-money', to: 'rare-earths', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-deal-recoups-us-money', to: 'UA', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-deal-recoups-us-money', to: '002_12acf4030be661a4', props: {dateText: 'undated', quote: 'Trump portrays the deal as a way to recoup American money that has been spent to support Ukraine.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// A US "security shield" for Ukraine in exchange for rare minerals
MERGE (n:ResourceClaim {id: 'claim-us-security-shield-for-minerals'})
SET n += {
  name: 'A US "security shield" for Ukraine in exchange for rare minerals',
  kind: 'offer',
  text: 'The US will offer Ukraine a "security shield" in exchange for rare minerals, says Treasury Secretary Scott Bessent.'
};

UNWIND [
  {from: 'scott-bessent', to: 'claim-us-security-shield-for-minerals', props: {attribution: 'asserted', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:MADE]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-us-security-shield-for-minerals', to: 'minerals', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-us-security-shield-for-minerals', to: 'UA', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-bessent-zelenskyy-kyiv-2025', to: 'claim-us-security-shield-for-minerals', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-us-security-shield-for-minerals', to: '004_0a46b6fd182fb916', props: {dateText: 'undated', quote: 'The United States will offer Ukraine a "security shield" in exchange for rare minerals, the US Treasury Secretary Scott Bessent has said.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Titanium and lithium are among Ukraine's resources
MERGE (n:ResourceClaim {id: 'claim-ukraine-titanium-lithium-critical-minerals'})
SET n += {
  name: "Titanium and lithium are among Ukraine's resources",
  kind: 'reserve',
  attribution: 'reporter',
  text: 'Ukraine has access to critical minerals and metals; titanium, vital for defence, and lithium, used in electric vehicle batteries, are among its natural resources.'
};

UNWIND [
  {from: 'claim-ukraine-titanium-lithium-critical-minerals', to: 'titanium', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'claim-ukraine-titanium-lithium-critical-minerals', to: 'lithium', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'claim-ukraine-titanium-lithium-critical-minerals', to: 'critical-minerals', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-titanium-lithium-critical-minerals', to: 'UA', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-titanium-lithium-critical-minerals', to: '004_0a46b6fd182fb916', props: {dateText: 'undated', quote: 'Titanium, which is vital for the defence industry, and lithium, one of the key parts in eletric vehicle batteries, are among Ukraine’s natural resources.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Ukraine has more than 20 rare earth elements
MERGE (n:ResourceClaim {id: 'claim-ukraine-20-rare-earth-elements'})
SET n += {
  name: 'Ukraine has more than 20 rare earth elements',
  kind: 'reserve',
  attribution: 'reporter',
  text: 'Ukraine has more than 20 rare earth elements in its territory, including cerium and lanthanum.',
  value: 20,
  unit: 'rare earth elements',
  valueQualifier: 'more than'
};

UNWIND [
  {from: 'claim-ukraine-20-rare-earth-elements', to: 'rare-earths', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'claim-ukraine-20-rare-earth-elements', to: 'cerium', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'claim-ukraine-20-rare-earth-elements', to: 'lanthanum', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-20-rare-earth-elements', to: 'UA', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-ukraine-20-rare-earth-elements', to: '004_0a46b6fd182fb916', props: {dateText: 'undated', quote: 'Ukraine has more than 20 rare earth elements in its territory, including cerium and lanthanum.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Zelenskyy confirms rare minerals are on the table
MERGE (n:ResourceClaim {id: 'claim-zelenskyy-minerals-on-the-table'})
SET n += {
  name: 'Zelenskyy confirms rare minerals are on the table',
  kind: 'offer',
  text: 'Zelenskyy confirmed that rare minerals were on the table for negotiation with the US.'
};

UNWIND [
  {from: 'volodymyr-zelenskyy', to: 'claim-zelenskyy-minerals-on-the-table', props: {attribution: 'asserted', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:MADE]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-zelenskyy-minerals-on-the-table', to: 'minerals', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-zelenskyy-minerals-on-the-table', to: 'UA', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-bessent-zelenskyy-kyiv-2025', to: 'claim-zelenskyy-minerals-on-the-table', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-zelenskyy-minerals-on-the-table', to: '004_0a46b6fd182fb916', props: {dateText: 'undated', quote: 'The 47-year-old Ukrainian leader confirmed that rare minerals were on the table for negotiation.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Zelenskyy first proposed a minerals deal last year: the reporter's background (001), so no MADE.
MERGE (n:ResourceClaim {id: 'claim-zelenskyy-first-proposed-minerals-deal'})
SET n += {
  name: 'Zelenskyy first proposed a minerals deal last year',
  kind: 'offer',
  text: 'Zelenskyy first proposed the minerals deal last year, to give the US a tangible reason to keep supporting Ukraine.',
  attribution: 'reporter',
  dateNote: 'The claim is undated; the proposal it reports was "last year" (001), kept on PROPOSED {dateText, year}.'
};

UNWIND [
  {from: 'claim-zelenskyy-first-proposed-minerals-deal', to: 'minerals', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-zelenskyy-first-proposed-minerals-deal', to: 'UA', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-zelenskyy-first-proposed-minerals-deal', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: 'The prospect of a deal was first proposed by Zelensky last year as a way to offer the US a tangible reason to continue supporting Ukraine.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Russia offers the US access to minerals in occupied Ukrainian regions
MERGE (n:ResourceClaim {id: 'claim-russia-offers-access-in-occupied-regions'})
SET n += {
  name: 'Russia offers the US access to minerals in occupied Ukrainian regions',
  kind: 'access',
  hedge: 'reportedly',
  text: "Putin's representatives reportedly proposed a deal giving the US access to minerals in Ukrainian regions occupied by Russia, including Donetsk and Zaporizhzhia."
};

UNWIND [
  {from: 'RU', to: 'claim-russia-offers-access-in-occupied-regions', props: {attribution: 'reported', sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:MADE]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-russia-offers-access-in-occupied-regions', to: 'minerals', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-russia-offers-access-in-occupied-regions', to: 'donetsk-region', props: {sources: ['003_0916fcbffa79c379']}},
  {from: 'claim-russia-offers-access-in-occupied-regions', to: 'zaporizhzhia-region', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'meeting-us-russia-saudi-arabia-2025-02', to: 'claim-russia-offers-access-in-occupied-regions', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-russia-offers-access-in-occupied-regions', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: "Putin's representatives reportedly proposed a similar deal to the Trump administration while meeting in Saudi Arabia last week, and they said a deal could be brokered to give the U.S. access to minerals in Ukrainian regions now occupied by invading Russian forces, including Donetsk and Zaporizhzhia."}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// The deal envisages an investment fund for reconstruction
MERGE (n:ResourceClaim {id: 'claim-deal-investment-fund'})
SET n += {
  name: 'The deal envisages an investment fund for reconstruction',
  kind: 'deal term',
  text: "The minerals deal envisages an investment fund for Ukraine's reconstruction, says Prime Minister Denys Shmyhal."
};

UNWIND [
  {from: 'denys-shmyhal', to: 'claim-deal-investment-fund', props: {attribution: 'asserted', sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:MADE]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-deal-investment-fund', to: 'minerals', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-deal-investment-fund', to: 'UA', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-deal-investment-fund', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: 'Key details have not yet been made public, but Ukrainian Prime Minister Denys Shmyhal said it envisages an "investment fund" for Ukraine\'s reconstruction.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Ukraine would share its mineral resources with the US
MERGE (n:ResourceClaim {id: 'claim-deal-shares-mineral-rights'})
SET n += {
  name: 'Ukraine would share its mineral resources with the US',
  kind: 'access',
  attribution: 'reporter',
  text: 'Under the deal Ukraine would hand over extraction rights and share its mineral resources with the US, while seeking US security guarantees.'
};

UNWIND [
  {from: 'claim-deal-shares-mineral-rights', to: 'minerals', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-deal-shares-mineral-rights', to: 'UA', props: {sources: ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-deal-shares-mineral-rights', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'undated', quote: 'President Donald Trump said Thursday that a looming critical mineral deal will serve as a "backstop" for Ukraine as Kyiv seeks security guarantees from the US as part of a deal to hand over extraction rights.'}},
  {from: 'claim-deal-shares-mineral-rights', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: "Ukrainian President Volodymyr Zelensky will meet US President Donald Trump in Washington on Friday to sign a deal on sharing Ukraine's mineral resources."}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Mineral rights in exchange for US military aid: future only, or past aid too?
MERGE (n:ResourceClaim {id: 'claim-mineral-rights-for-military-aid'})
SET n += {
  name: 'Mineral rights in exchange for US military aid: future only, or past aid too?',
  kind: 'access',
  attribution: 'reporter',
  text: 'A sticking point in the negotiations was whether the mineral rights would be exchanged only for future US military aid, or would also cover earlier aid given to Kyiv by the Biden administration.'
};

UNWIND [
  {from: 'claim-mineral-rights-for-military-aid', to: 'minerals', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-mineral-rights-for-military-aid', to: 'UA', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-mineral-rights-for-military-aid', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'undated', quote: 'Negotiations had centered on two major sticking points between Washington and Kyiv, including security guarantees for Ukraine and whether the mineral rights would be exchanged solely for future US military aid, or if they would cover previous installments that were given to Kyiv by the Biden administration.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: the US is "putting in hundreds of billions of dollars" (004)
MERGE (n:ResourceClaim {id: 'claim-us-putting-in-hundreds-of-billions'})
SET n += {
  name: 'The US is putting in hundreds of billions of dollars',
  kind: 'valuation',
  text: 'Trump says the US is putting hundreds of billions of dollars into Ukraine, as he asks for the security of its rare earths.',
  unit: 'USD',
  valueText: 'hundreds of billions of dollars',
  valueQualifier: 'hundreds of billions'
};

UNWIND [
  {from: 'donald-trump', to: 'claim-us-putting-in-hundreds-of-billions', props: {attribution: 'asserted', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:MADE]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-us-putting-in-hundreds-of-billions', to: 'rare-earths', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-us-putting-in-hundreds-of-billions', to: 'UA', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:CONCERNS]->(b)
SET r += row.props;

UNWIND [
  {from: 'claim-us-putting-in-hundreds-of-billions', to: '004_0a46b6fd182fb916', props: {dateText: 'undated', quote: 'We’re putting in hundreds of billions of dollars.'}}
] AS row
OPTIONAL MATCH (a:ResourceClaim {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Earlier versions: Zelenskyy MADE the reporter's background claim, and 000 was cited for Trump's wish.
MATCH (:Person {id: 'volodymyr-zelenskyy'})-[r:MADE]->(:ResourceClaim {id: 'claim-zelenskyy-first-proposed-minerals-deal'})
DELETE r;
MATCH (:ResourceClaim {id: 'claim-trump-wants-security-of-rare-earths'})-[r:REPORTED_IN]->(:Article {id: '000_8cf2afdfe91eb5b9'})
DELETE r;
MATCH (c:ResourceClaim {id: 'claim-zelenskyy-first-proposed-minerals-deal'})
REMOVE c.dateText;

// Resources discussed at meetings.
UNWIND [
  {from: 'meeting-trump-cabinet-2025-02-26', to: 'rare-earths', props: {sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'meeting-trump-starmer-2025-02-27', to: 'rare-earths', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'meeting-bessent-zelenskyy-kyiv-2025', to: 'minerals', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'meeting-us-russia-saudi-arabia-2025-02', to: 'minerals', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Meeting {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
SET r += row.props;
