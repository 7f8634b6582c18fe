// Article-[:MENTIONS {count}]->entity: how many times the article names a person, country, organization,
// place or resource, counted over its news text (page furniture listed in seeds/manifest.json left out).
// A mention is a case-sensitive whole-word occurrence of the entity's name or one of its aliases; where two
// overlap the longer wins ("Trump administration" names the administration, not Trump). Demonyms
// ("Ukrainian", "Russian") and pronouns do not count. tests/cypher/seed-graph.test.ts recomputes every count.
// OPTIONAL MATCH makes a misspelt id fail the load loudly instead of silently creating nothing.

// seeds/000_8cf2afdfe91eb5b9.txt
UNWIND [
  {id: 'donald-trump', count: 7},
  {id: 'keir-starmer', count: 3},
  {id: 'vladimir-putin', count: 2},
  {id: 'volodymyr-zelenskyy', count: 2}
] AS row
OPTIONAL MATCH (a:Article {id: '000_8cf2afdfe91eb5b9'})
OPTIONAL MATCH (b:Person {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'GB', count: 1},
  {id: 'RU', count: 3},
  {id: 'UA', count: 8},
  {id: 'US', count: 3}
] AS row
OPTIONAL MATCH (a:Article {id: '000_8cf2afdfe91eb5b9'})
OPTIONAL MATCH (b:Country {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'biden-administration', count: 1},
  {id: 'kremlin', count: 1},
  {id: 'nato', count: 2},
  {id: 'world-economic-forum', count: 1}
] AS row
OPTIONAL MATCH (a:Article {id: '000_8cf2afdfe91eb5b9'})
OPTIONAL MATCH (b:Organization {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'kyiv', count: 3},
  {id: 'washington', count: 1},
  {id: 'white-house', count: 2}
] AS row
OPTIONAL MATCH (a:Article {id: '000_8cf2afdfe91eb5b9'})
OPTIONAL MATCH (b:Place {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'apatite', count: 1},
  {id: 'beryllium', count: 1},
  {id: 'iron-ore', count: 1},
  {id: 'lithium', count: 1},
  {id: 'manganese', count: 1},
  {id: 'minerals', count: 1},
  {id: 'neon', count: 1},
  {id: 'rare-earths', count: 2},
  {id: 'uranium', count: 1},
  {id: 'zirconium', count: 1}
] AS row
OPTIONAL MATCH (a:Article {id: '000_8cf2afdfe91eb5b9'})
OPTIONAL MATCH (b:Resource {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;

// seeds/001_b0f79eaa7c64fdbc.txt
UNWIND [
  {id: 'denys-shmyhal', count: 1},
  {id: 'donald-trump', count: 7},
  {id: 'volodymyr-zelenskyy', count: 6}
] AS row
OPTIONAL MATCH (a:Article {id: '001_b0f79eaa7c64fdbc'})
OPTIONAL MATCH (b:Person {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'RU', count: 6},
  {id: 'UA', count: 9},
  {id: 'US', count: 4}
] AS row
OPTIONAL MATCH (a:Article {id: '001_b0f79eaa7c64fdbc'})
OPTIONAL MATCH (b:Country {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'nato', count: 4}
] AS row
OPTIONAL MATCH (a:Article {id: '001_b0f79eaa7c64fdbc'})
OPTIONAL MATCH (b:Organization {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'europe', count: 1},
  {id: 'kyiv', count: 1},
  {id: 'washington', count: 2}
] AS row
OPTIONAL MATCH (a:Article {id: '001_b0f79eaa7c64fdbc'})
OPTIONAL MATCH (b:Place {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'minerals', count: 2},
  {id: 'rare-earths', count: 1}
] AS row
OPTIONAL MATCH (a:Article {id: '001_b0f79eaa7c64fdbc'})
OPTIONAL MATCH (b:Resource {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;

// seeds/002_12acf4030be661a4.txt
UNWIND [
  {id: 'donald-trump', count: 23},
  {id: 'emmanuel-macron', count: 1},
  {id: 'jd-vance', count: 1},
  {id: 'keir-starmer', count: 11},
  {id: 'king-charles', count: 1},
  {id: 'ronald-reagan', count: 1},
  {id: 'unnamed-us-official-002', count: 1},
  {id: 'vladimir-putin', count: 4},
  {id: 'volodymyr-zelenskyy', count: 2}
] AS row
OPTIONAL MATCH (a:Article {id: '002_12acf4030be661a4'})
OPTIONAL MATCH (b:Person {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'GB', count: 6},
  {id: 'RU', count: 6},
  {id: 'SU', count: 1},
  {id: 'UA', count: 10},
  {id: 'US', count: 17}
] AS row
OPTIONAL MATCH (a:Article {id: '002_12acf4030be661a4'})
OPTIONAL MATCH (b:Country {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'eu', count: 1},
  {id: 'nato', count: 1}
] AS row
OPTIONAL MATCH (a:Article {id: '002_12acf4030be661a4'})
OPTIONAL MATCH (b:Organization {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'europe', count: 3},
  {id: 'gaza-strip', count: 1},
  {id: 'kyiv', count: 4},
  {id: 'moscow', count: 1},
  {id: 'washington', count: 2},
  {id: 'white-house', count: 2}
] AS row
OPTIONAL MATCH (a:Article {id: '002_12acf4030be661a4'})
OPTIONAL MATCH (b:Place {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'minerals', count: 1},
  {id: 'rare-earths', count: 1}
] AS row
OPTIONAL MATCH (a:Article {id: '002_12acf4030be661a4'})
OPTIONAL MATCH (b:Resource {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;

// seeds/003_0916fcbffa79c379.txt
UNWIND [
  {id: 'dan-hoffman', count: 4},
  {id: 'donald-trump', count: 6},
  {id: 'kaja-kallas', count: 1},
  {id: 'vladimir-putin', count: 8},
  {id: 'volodymyr-zelenskyy', count: 6}
] AS row
OPTIONAL MATCH (a:Article {id: '003_0916fcbffa79c379'})
OPTIONAL MATCH (b:Person {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'FR', count: 1},
  {id: 'GB', count: 1},
  {id: 'RU', count: 4},
  {id: 'SA', count: 1},
  {id: 'UA', count: 12},
  {id: 'US', count: 9}
] AS row
OPTIONAL MATCH (a:Article {id: '003_0916fcbffa79c379'})
OPTIONAL MATCH (b:Country {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'cia', count: 1},
  {id: 'eu', count: 2},
  {id: 'fox-news-digital', count: 1},
  {id: 'nato', count: 5},
  {id: 'trump-administration', count: 2}
] AS row
OPTIONAL MATCH (a:Article {id: '003_0916fcbffa79c379'})
OPTIONAL MATCH (b:Organization {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'bucharest', count: 1},
  {id: 'donetsk-region', count: 1},
  {id: 'europe', count: 1},
  {id: 'kyiv', count: 4},
  {id: 'moscow', count: 2},
  {id: 'washington', count: 1},
  {id: 'white-house', count: 1},
  {id: 'zaporizhzhia-region', count: 1}
] AS row
OPTIONAL MATCH (a:Article {id: '003_0916fcbffa79c379'})
OPTIONAL MATCH (b:Place {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'minerals', count: 5}
] AS row
OPTIONAL MATCH (a:Article {id: '003_0916fcbffa79c379'})
OPTIONAL MATCH (b:Resource {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;

// seeds/004_0a46b6fd182fb916.txt
UNWIND [
  {id: 'donald-trump', count: 3},
  {id: 'john-healey', count: 1},
  {id: 'pete-hegseth', count: 1},
  {id: 'scott-bessent', count: 4},
  {id: 'volodymyr-zelenskyy', count: 1}
] AS row
OPTIONAL MATCH (a:Article {id: '004_0a46b6fd182fb916'})
OPTIONAL MATCH (b:Person {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'GB', count: 1},
  {id: 'UA', count: 10},
  {id: 'US', count: 4}
] AS row
OPTIONAL MATCH (a:Article {id: '004_0a46b6fd182fb916'})
OPTIONAL MATCH (b:Country {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'nato', count: 1},
  {id: 'trump-cabinet', count: 1}
] AS row
OPTIONAL MATCH (a:Article {id: '004_0a46b6fd182fb916'})
OPTIONAL MATCH (b:Organization {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'kyiv', count: 1},
  {id: 'moscow', count: 1}
] AS row
OPTIONAL MATCH (a:Article {id: '004_0a46b6fd182fb916'})
OPTIONAL MATCH (b:Place {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;
UNWIND [
  {id: 'cerium', count: 1},
  {id: 'critical-minerals', count: 1},
  {id: 'lanthanum', count: 1},
  {id: 'lithium', count: 1},
  {id: 'minerals', count: 5},
  {id: 'rare-earths', count: 5},
  {id: 'titanium', count: 1}
] AS row
OPTIONAL MATCH (a:Article {id: '004_0a46b6fd182fb916'})
OPTIONAL MATCH (b:Resource {id: row.id})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row.count;

// "the US official" (002) names the unnamed official, not the country: the longer match wins. A database
// seeded before that person existed has the country's count one too high, which the SET above corrects.
