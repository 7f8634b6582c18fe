// Statement nodes: a position taken by a person, `text` being the speaker's verbatim words (a fragment when
// the article quotes only a fragment). `date` is when it was said, resolved like meeting dates; a statement
// the articles do not date has no `date` (see `dateText`). SAID from the speaker, ABOUT what it addresses
// (people, countries, places, topics, claims, other statements; agreements are linked in 07), MADE_AT the
// meeting it was made at (extension), RESPONDS_TO (extension) the statement it answers, ECHOES (extension)
// a person whose words it repeats.
// Relationships find their endpoints with OPTIONAL MATCH so that a misspelt id fails the load loudly
// ("node `a` is missing") instead of silently creating nothing.

// Trump: "very important agreement for both sides"
MERGE (n:Statement {id: 'statement-trump-very-important-agreement'})
SET n += {
  name: 'Trump: "very important agreement for both sides"',
  text: 'very important agreement for both sides',
  date: date('2025-02-27'),
  dateText: 'Thursday',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '000 (published Thursday 27 Feb 2025) gives these remarks as made that day: "President Donald Trump said Thursday".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-very-important-agreement', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-very-important-agreement', to: 'volodymyr-zelenskyy', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-very-important-agreement', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'Thursday', quote: 'Speaking less than 24 hours before Ukrainian President Volodymyr Zelenskyy is due to visit the White House, Trump said the leaders would be signing a "very important agreement for both sides" during their pending face-to-face.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: "It's a backstop, you could say"
MERGE (n:Statement {id: 'statement-trump-its-a-backstop'})
SET n += {
  name: 'Trump: "It\'s a backstop, you could say"',
  text: "It's really going to get us into that country. We'll be working there. We'll have a lot of people working there. And so, in that sense, it's very good. It's a backstop, you could say",
  date: date('2025-02-27'),
  dateText: 'Thursday',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '000 (published Thursday 27 Feb 2025) gives these remarks as made that day: "President Donald Trump said Thursday".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-its-a-backstop', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-its-a-backstop', to: 'claim-us-presence-is-security', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-its-a-backstop', to: 'UA', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-its-a-backstop', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-its-a-backstop', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'Thursday', quote: 'It\'s a backstop, you could say," Trump told reporters as he hosted UK Prime Minister Keir Starmer at the White House.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: rare earths "which we need for our country"
MERGE (n:Statement {id: 'statement-trump-rare-earths-we-need'})
SET n += {
  name: 'Trump: rare earths "which we need for our country"',
  text: "I don't think anybody's going to play around if we're there with a lot of workers, and having to do with rare earths and other things which we need for our country, and we appreciate it very much, and I look forward to seeing him. We'll be talking about it, and we'll also be talking about that today with the prime minister",
  date: date('2025-02-27'),
  dateText: 'Thursday',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '000 (published Thursday 27 Feb 2025) gives these remarks as made that day: "President Donald Trump said Thursday".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-rare-earths-we-need', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-rare-earths-we-need', to: 'claim-us-presence-is-security', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-rare-earths-we-need', to: 'rare-earths', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-rare-earths-we-need', to: 'volodymyr-zelenskyy', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-rare-earths-we-need', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-rare-earths-we-need', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'Thursday', quote: "We'll be talking about it, and we'll also be talking about that today with the prime minister,\" Trump said as he prepared to head behind closed doors with Starmer."}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump on NATO for Ukraine: "it's just not going to happen"
MERGE (n:Statement {id: 'statement-trump-nato-not-going-to-happen'})
SET n += {
  name: 'Trump on NATO for Ukraine: "it\'s just not going to happen"',
  text: "They fought long and hard on the land, and you and I will be discussing that. We're going to certainly try and get as much as we can back, but on the NATO, it's just not going to happen",
  date: date('2025-02-27'),
  dateText: 'Thursday',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '000 (published Thursday 27 Feb 2025) gives these remarks as made that day: "President Donald Trump said Thursday".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-nato-not-going-to-happen', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nato-not-going-to-happen', to: 'topic-ukraine-nato-membership', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-nato-not-going-to-happen', to: 'topic-occupied-territory', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nato-not-going-to-happen', to: 'nato', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nato-not-going-to-happen', to: 'keir-starmer', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nato-not-going-to-happen', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nato-not-going-to-happen', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'Thursday', quote: "We're going to certainly try and get as much as we can back, but on the NATO, it's just not going to happen,\" he said, addressing Starmer."}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump calls Zelenskyy a "dictator"
MERGE (n:Statement {id: 'statement-trump-dictator'})
SET n += {
  name: 'Trump calls Zelenskyy a "dictator"',
  text: 'dictator',
  dateText: 'undated',
  dateNote: 'The articles do not date the remark; 000 and 002 (27-28 Feb 2025) report it as already made.'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-dictator', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-dictator', to: 'volodymyr-zelenskyy', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-dictator', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'undated', quote: "Asked about his comments that called Zelenskyy a dictator, Trump said: “Did I say that? I can't believe I said that.”"}},
  {from: 'statement-trump-dictator', to: '002_12acf4030be661a4', props: {dateText: 'undated', quote: 'Trump, who entered office on Jan 20, has shocked traditional US allies in Europe by drawing closer to Putin, calling Ukrainian President Volodymyr Zelenskiy a "dictator," and demanding payback for US financial support for Kyiv.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump on his "dictator" remark: "Did I say that?"
MERGE (n:Statement {id: 'statement-trump-did-i-say-that'})
SET n += {
  name: 'Trump on his "dictator" remark: "Did I say that?"',
  text: "Did I say that? I can't believe I said that.",
  date: date('2025-02-27'),
  dateText: 'Thursday',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '000 (published Thursday 27 Feb 2025) gives these remarks as made that day: "President Donald Trump said Thursday".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-did-i-say-that', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-did-i-say-that', to: 'statement-trump-dictator', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-did-i-say-that', to: 'volodymyr-zelenskyy', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-did-i-say-that', to: 'statement-trump-dictator', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-did-i-say-that', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'Thursday', quote: "Asked about his comments that called Zelenskyy a dictator, Trump said: “Did I say that? I can't believe I said that.”"}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump on Putin: "trust and verify"
MERGE (n:Statement {id: 'statement-trump-trust-and-verify'})
SET n += {
  name: 'Trump on Putin: "trust and verify"',
  text: 'trust and verify',
  date: date('2025-02-27'),
  dateText: 'Thursday',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '000 (published Thursday 27 Feb 2025) gives these remarks as made that day: "President Donald Trump said Thursday".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-trust-and-verify', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-trust-and-verify', to: 'vladimir-putin', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-trust-and-verify', to: 'ronald-reagan', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ECHOES]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-trust-and-verify', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'Thursday', quote: 'Trump said he does not believe Russian President Vladimir Putin is going to violate his word as the US continues to engage with the Kremlin in negotiations about ending the war in Ukraine, describing his view of Putin as "trust and verify."'}},
  {from: 'statement-trump-trust-and-verify', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: 'Asked whether he could trust Russian President Vladimir Putin, Trump said, "trust and verify," echoing former US President Ronald Reagan\'s views on negotiations with the Soviet Union.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: "You have to verify"
MERGE (n:Statement {id: 'statement-trump-you-have-to-verify'})
SET n += {
  name: 'Trump: "You have to verify"',
  text: "Let's call it that, and I think we both can be that way. You have to verify because you never know what's going to happen. I know a lot of people that you would say 'no chance that they would ever deceive you,' and they're the worst people in the world. I know others that you would guarantee they would deceive you. And you know what, they're 100% honorable, so you never know what you're getting",
  date: date('2025-02-27'),
  dateText: 'Thursday',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '000 (published Thursday 27 Feb 2025) gives these remarks as made that day: "President Donald Trump said Thursday".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-you-have-to-verify', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-you-have-to-verify', to: 'vladimir-putin', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-you-have-to-verify', to: 'statement-trump-trust-and-verify', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-you-have-to-verify', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'Thursday', quote: "You have to verify because you never know what's going to happen."}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: "Right now we don't have a deal"
MERGE (n:Statement {id: 'statement-trump-we-dont-have-a-deal'})
SET n += {
  name: 'Trump: "Right now we don\'t have a deal"',
  text: "We have to make a deal first. Right now we don't have a deal. We have Russia. We have Ukraine. I think we're very well advanced. I think Russia has been acting very well",
  date: date('2025-02-27'),
  dateText: 'Thursday',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '000 (published Thursday 27 Feb 2025) gives these remarks as made that day: "President Donald Trump said Thursday".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-we-dont-have-a-deal', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-we-dont-have-a-deal', to: 'RU', props: {sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-we-dont-have-a-deal', to: 'UA', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-we-dont-have-a-deal', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'Thursday', quote: 'I think Russia has been acting very well," he added.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump on a deal with Russia: "fairly soon, or it won't be at all"
MERGE (n:Statement {id: 'statement-trump-fairly-soon'})
SET n += {
  name: 'Trump on a deal with Russia: "fairly soon, or it won\'t be at all"',
  text: "It will either be fairly soon, or it won't be at all",
  date: date('2025-02-27'),
  dateText: 'Thursday (Feb 27)',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '002 reports the remarks of the Starmer visit, "on Thursday (Feb 27)".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-fairly-soon', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-fairly-soon', to: 'vladimir-putin', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-fairly-soon', to: 'RU', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-fairly-soon', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: '"It will either be fairly soon, or it won\'t be at all," Trump said.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: "We are a backstop"
MERGE (n:Statement {id: 'statement-trump-we-are-a-backstop'})
SET n += {
  name: 'Trump: "We are a backstop"',
  text: "We are a backstop because we'll be over there, we'll be working",
  date: date('2025-02-27'),
  dateText: 'Thursday (Feb 27)',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '002 reports the remarks of the Starmer visit, "on Thursday (Feb 27)".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-we-are-a-backstop', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-we-are-a-backstop', to: 'claim-us-presence-is-security', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-we-are-a-backstop', to: 'UA', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-we-are-a-backstop', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'inferred', note: '002 reports it among the remarks of the Starmer visit without naming the occasion.', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-we-are-a-backstop', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: '"We are a backstop because we\'ll be over there, we\'ll be working," as a result of the economic partnership, Trump said.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump on Nato mutual defence: "I support it"
MERGE (n:Statement {id: 'statement-trump-nato-mutual-defence'})
SET n += {
  name: 'Trump on Nato mutual defence: "I support it"',
  text: "I support it. I don't think we're going to have any reason for it.",
  date: date('2025-02-27'),
  dateText: 'On Thursday',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-nato-mutual-defence', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nato-mutual-defence', to: 'nato', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nato-mutual-defence', to: 'topic-peacekeepers', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nato-mutual-defence', to: '002_12acf4030be661a4', props: {dateText: 'On Thursday', quote: "On Thursday, Trump reaffirmed the US' long commitments to the mutual defence of Nato nations even if European peacekeepers end up in Ukraine, saying \"I support it. I don't think we're going to have any reason for it.\""}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: a US-UK trade deal "very shortly"
MERGE (n:Statement {id: 'statement-trump-trade-deal-very-shortly'})
SET n += {
  name: 'Trump: a US-UK trade deal "very shortly"',
  text: 'very shortly',
  date: date('2025-02-27'),
  dateText: 'Thursday (Feb 27)',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '002 reports the remarks of the Starmer visit, "on Thursday (Feb 27)".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-trade-deal-very-shortly', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-trade-deal-very-shortly', to: 'GB', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-trade-deal-very-shortly', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: 'A wide-ranging free trade deal has eluded the countries since Trump\'s 2017 to 2021 term in office, but the US president said the two countries could reach a deal "very shortly".'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump on Starmer and tariffs: "He tried"
MERGE (n:Statement {id: 'statement-trump-he-tried'})
SET n += {
  name: 'Trump on Starmer and tariffs: "He tried"',
  text: "He tried. He was working hard, I'll tell you that.",
  date: date('2025-02-27'),
  dateText: 'Thursday (Feb 27)',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '002 reports the remarks of the Starmer visit, "on Thursday (Feb 27)".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-he-tried', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-he-tried', to: 'keir-starmer', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-he-tried', to: 'topic-tariffs', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-he-tried', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', occasion: 'joint press conference', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-he-tried', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: 'Asked by a reporter whether Starmer had convinced him to abandon threats to impose tariffs on Britain, Trump said, "He tried. He was working hard, I\'ll tell you that."'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: "a real trade deal where the tariffs wouldn't be necessary"
MERGE (n:Statement {id: 'statement-trump-real-trade-deal'})
SET n += {
  name: 'Trump: "a real trade deal where the tariffs wouldn\'t be necessary"',
  text: "We could very well end up with a real trade deal where the tariffs wouldn't be necessary",
  date: date('2025-02-27'),
  dateText: 'Thursday (Feb 27)',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '002 reports the remarks of the Starmer visit, "on Thursday (Feb 27)".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-real-trade-deal', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-real-trade-deal', to: 'topic-tariffs', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-real-trade-deal', to: 'GB', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-real-trade-deal', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', occasion: 'joint press conference', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-real-trade-deal', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: '"We could very well end up with a real trade deal where the tariffs wouldn\'t be necessary," Trump said.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump to Starmer: "You're a very tough negotiator"
MERGE (n:Statement {id: 'statement-trump-tough-negotiator'})
SET n += {
  name: 'Trump to Starmer: "You\'re a very tough negotiator"',
  text: "You're a very tough negotiator",
  date: date('2025-02-27'),
  dateText: 'Thursday (Feb 27)',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '002 reports the remarks of the Starmer visit, "on Thursday (Feb 27)".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-tough-negotiator', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-tough-negotiator', to: 'keir-starmer', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-tough-negotiator', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: '"You\'re a very tough negotiator," Trump said, drawing laughter from Starmer.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Starmer: "We have to get it right"
MERGE (n:Statement {id: 'statement-starmer-get-it-right'})
SET n += {
  name: 'Starmer: "We have to get it right"',
  text: 'We have to get it right',
  date: date('2025-02-27'),
  dateText: 'Thursday (Feb 27)',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '002 reports the remarks of the Starmer visit, "on Thursday (Feb 27)".'
};

UNWIND [
  {from: 'keir-starmer', to: 'statement-starmer-get-it-right', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-get-it-right', to: 'UA', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-get-it-right', to: 'topic-war-in-ukraine', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-get-it-right', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', occasion: 'joint press conference', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-get-it-right', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: '"We have to get it right," he said at a joint press conference with Trump.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Starmer: "It can't be peace that rewards the aggressor"
MERGE (n:Statement {id: 'statement-starmer-rewards-aggressor'})
SET n += {
  name: 'Starmer: "It can\'t be peace that rewards the aggressor"',
  text: "It can't be peace that rewards the aggressor.",
  date: date('2025-02-27'),
  dateText: 'Thursday (Feb 27)',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '002 reports the remarks of the Starmer visit, "on Thursday (Feb 27)".'
};

UNWIND [
  {from: 'keir-starmer', to: 'statement-starmer-rewards-aggressor', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-rewards-aggressor', to: 'topic-war-in-ukraine', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-rewards-aggressor', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', occasion: 'joint press conference', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-rewards-aggressor', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: '"It can\'t be peace that rewards the aggressor."'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Starmer on British troops: "the right conditions in place"
MERGE (n:Statement {id: 'statement-starmer-right-conditions'})
SET n += {
  name: 'Starmer on British troops: "the right conditions in place"',
  text: 'the right conditions in place',
  dateText: 'undated',
  dateNote: '"Starmer has said" (002), no day.'
};

UNWIND [
  {from: 'keir-starmer', to: 'statement-starmer-right-conditions', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-right-conditions', to: 'topic-peacekeepers', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'statement-starmer-right-conditions', to: 'topic-security-guarantees', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-right-conditions', to: 'GB', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-right-conditions', to: '002_12acf4030be661a4', props: {dateText: 'undated', quote: 'Starmer has said he is open to British troops providing security guarantees to Ukraine but only alongside other European nations and with "the right conditions in place".'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Vance: "infringements on free speech" in Britain
MERGE (n:Statement {id: 'statement-vance-free-speech'})
SET n += {
  name: 'Vance: "infringements on free speech" in Britain',
  text: 'infringements on free speech',
  date: date('2025-02-27'),
  dateText: 'Thursday (Feb 27)',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '002 reports the remarks of the Starmer visit, "on Thursday (Feb 27)".'
};

UNWIND [
  {from: 'jd-vance', to: 'statement-vance-free-speech', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-vance-free-speech', to: 'topic-free-speech', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-vance-free-speech', to: 'GB', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-vance-free-speech', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-vance-free-speech', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: 'At the start of the visit, US Vice President JD Vance said the leaders also were discussing what he described as "infringements on free speech" in Britain that have affected US technology companies.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Starmer: "We've had free speech for a very, very long time"
MERGE (n:Statement {id: 'statement-starmer-free-speech'})
SET n += {
  name: 'Starmer: "We\'ve had free speech for a very, very long time"',
  text: "We've had free speech for a very, very long time in the United Kingdom",
  date: date('2025-02-27'),
  dateText: 'Thursday (Feb 27)',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '002 reports the remarks of the Starmer visit, "on Thursday (Feb 27)".'
};

UNWIND [
  {from: 'keir-starmer', to: 'statement-starmer-free-speech', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-free-speech', to: 'topic-free-speech', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-free-speech', to: 'GB', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-free-speech', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-free-speech', to: 'statement-vance-free-speech', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-free-speech', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: '"We\'ve had free speech for a very, very long time in the United Kingdom," Starmer responded.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Putin warns "Western elites"
MERGE (n:Statement {id: 'statement-putin-western-elites'})
SET n += {
  name: 'Putin warns "Western elites"',
  text: 'Western elites',
  date: date('2025-02-27'),
  dateText: 'on Thursday',
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateBasis: 'article'
};

UNWIND [
  {from: 'vladimir-putin', to: 'statement-putin-western-elites', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-putin-western-elites', to: 'topic-us-russia-rapprochement', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-putin-western-elites', to: 'eu', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-putin-western-elites', to: 'GB', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-putin-western-elites', to: '002_12acf4030be661a4', props: {dateText: 'on Thursday', quote: 'Putin on Thursday warned "Western elites" against trying to sabotage rapprochement between Russia and the US, saying Moscow would use its diplomats and intelligence services to thwart such efforts.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump on security guarantees: not "beyond... very much"
MERGE (n:Statement {id: 'statement-trump-beyond-very-much'})
SET n += {
  name: 'Trump on security guarantees: not "beyond... very much"',
  text: 'beyond... very much',
  dateText: 'undated',
  dateNote: '001 gives no day: the sentence comes before its "Wednesday" cabinet-meeting sentence, not after it.'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-beyond-very-much', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-beyond-very-much', to: 'topic-security-guarantees', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-beyond-very-much', to: 'europe', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-beyond-very-much', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: 'But Trump said the US would not provide guarantees "beyond... very much", saying the responsibility should instead fall to Europe.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: American workers give "automatic security"
MERGE (n:Statement {id: 'statement-trump-automatic-security'})
SET n += {
  name: 'Trump: American workers give "automatic security"',
  text: 'automatic security',
  date: date('2025-02-26'),
  dateText: 'on Wednesday',
  dateFrom: date('2025-02-26'),
  dateTo: date('2025-02-26'),
  datePrecision: 'day',
  dateBasis: 'article'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-automatic-security', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-automatic-security', to: 'claim-us-presence-is-security', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-automatic-security', to: 'UA', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-automatic-security', to: 'meeting-trump-cabinet-2025-02-26', props: {basis: 'stated', sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-automatic-security', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'on Wednesday', quote: 'Speaking at a meeting of his cabinet on Wednesday, Trump said the presence of American workers extracting rare earth metals on Ukrainian soil would provide "automatic security" for Ukraine.'}},
  {from: 'statement-trump-automatic-security', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: 'Trump told reporters that by entering into a minerals deal with Washington, Kyiv will be granted "automatic security" guarantees by the mere presence of American extractors on Ukrainian soil.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: "Nobody's going to be messing around with our people"
MERGE (n:Statement {id: 'statement-trump-nobody-messing-around'})
SET n += {
  name: 'Trump: "Nobody\'s going to be messing around with our people"',
  text: 'Nobody’s going to be messing around with our people when we’re there',
  dateText: 'undated',
  dateNote: '003 gives no day for it ("Trump said").'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-nobody-messing-around', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nobody-messing-around', to: 'claim-us-presence-is-security', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nobody-messing-around', to: 'UA', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nobody-messing-around', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: '"Nobody’s going to be messing around with our people when we’re there," Trump said.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: Kyiv can "forget about" NATO
MERGE (n:Statement {id: 'statement-trump-forget-about-nato'})
SET n += {
  name: 'Trump: Kyiv can "forget about" NATO',
  text: 'forget about',
  date: date('2025-02-26'),
  dateText: 'on Wednesday',
  dateFrom: date('2025-02-26'),
  dateTo: date('2025-02-26'),
  datePrecision: 'day',
  dateBasis: 'article'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-forget-about-nato', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-forget-about-nato', to: 'topic-ukraine-nato-membership', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-forget-about-nato', to: 'nato', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-forget-about-nato', to: 'meeting-trump-cabinet-2025-02-26', props: {basis: 'stated', sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-forget-about-nato', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'on Wednesday', quote: 'He said Kyiv should "forget about" joining Nato and repeated Russia\'s claims that the issue was one of the driving factors behind the war.'}},
  {from: 'statement-trump-forget-about-nato', to: '003_0916fcbffa79c379', props: {dateText: 'on Wednesday', quote: 'Trump on Wednesday told reporters that Zelenskyy could "forget about" any ambitions to join NATO, but the Ukrainian president also said that day that he needs security guarantees, otherwise "we won\'t have a ceasefire, nothing will work, nothing."'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: "a deal with Russia and Ukraine to stop killing people"
MERGE (n:Statement {id: 'statement-trump-stop-killing-people'})
SET n += {
  name: 'Trump: "a deal with Russia and Ukraine to stop killing people"',
  text: "We're going to make a deal with Russia and Ukraine to stop killing people.",
  dateText: 'undated',
  dateNote: '001 gives no day ("telling reporters").'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-stop-killing-people', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-stop-killing-people', to: 'topic-ceasefire', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-stop-killing-people', to: 'RU', props: {sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'statement-trump-stop-killing-people', to: 'UA', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-stop-killing-people', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: 'The US president suggested a ceasefire between Ukraine and Russia was not far off, telling reporters: "We\'re going to make a deal with Russia and Ukraine to stop killing people."'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: European allies watching "very closely"
MERGE (n:Statement {id: 'statement-trump-watching-very-closely'})
SET n += {
  name: 'Trump: European allies watching "very closely"',
  text: 'very closely',
  date: date('2025-02-26'),
  dateText: 'on Wednesday',
  dateFrom: date('2025-02-26'),
  dateTo: date('2025-02-26'),
  datePrecision: 'day',
  dateBasis: 'article'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-watching-very-closely', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-watching-very-closely', to: 'GB', props: {sources: ['003_0916fcbffa79c379']}},
  {from: 'statement-trump-watching-very-closely', to: 'FR', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-watching-very-closely', to: '003_0916fcbffa79c379', props: {dateText: 'on Wednesday', quote: 'Trump said on Wednesday that European allies, including the U.K. and France, will be watching U.S. negotiations with Ukraine and Russia "very closely."'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump on peacekeepers: "a good thing"
MERGE (n:Statement {id: 'statement-trump-peacekeepers-good-thing'})
SET n += {
  name: 'Trump on peacekeepers: "a good thing"',
  text: 'They volunteered to put so-called peacekeepers on the site. And I think that’s a good thing',
  date: date('2025-02-26'),
  dateText: 'on Wednesday',
  dateFrom: date('2025-02-26'),
  dateTo: date('2025-02-26'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '003 gives it as Trump\'s continuation ("he added") of his remarks "on Wednesday".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-peacekeepers-good-thing', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-peacekeepers-good-thing', to: 'topic-peacekeepers', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-peacekeepers-good-thing', to: '003_0916fcbffa79c379', props: {dateText: 'on Wednesday', quote: '"They volunteered to put so-called peacekeepers on the site. And I think that’s a good thing," he added.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Zelenskyy: without guarantees "we won't have a ceasefire"
MERGE (n:Statement {id: 'statement-zelenskyy-no-ceasefire-without-guarantees'})
SET n += {
  name: 'Zelenskyy: without guarantees "we won\'t have a ceasefire"',
  text: "we won't have a ceasefire, nothing will work, nothing",
  date: date('2025-02-26'),
  dateText: 'on Wednesday',
  dateFrom: date('2025-02-26'),
  dateTo: date('2025-02-26'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '003: "Trump on Wednesday told reporters ... but the Ukrainian president also said that day"; 001 gives no day.'
};

UNWIND [
  {from: 'volodymyr-zelenskyy', to: 'statement-zelenskyy-no-ceasefire-without-guarantees', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-no-ceasefire-without-guarantees', to: 'topic-security-guarantees', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}},
  {from: 'statement-zelenskyy-no-ceasefire-without-guarantees', to: 'topic-ceasefire', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-no-ceasefire-without-guarantees', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: 'But Zelensky said without security guarantees "we won\'t have a ceasefire, nothing will work, nothing".'}},
  {from: 'statement-zelenskyy-no-ceasefire-without-guarantees', to: '003_0916fcbffa79c379', props: {dateText: 'on Wednesday', quote: 'Trump on Wednesday told reporters that Zelenskyy could "forget about" any ambitions to join NATO, but the Ukrainian president also said that day that he needs security guarantees, otherwise "we won\'t have a ceasefire, nothing will work, nothing."'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Zelenskyy: "I want to find a NATO path or something similar"
MERGE (n:Statement {id: 'statement-zelenskyy-nato-path'})
SET n += {
  name: 'Zelenskyy: "I want to find a NATO path or something similar"',
  text: 'I want to find a NATO path or something similar',
  dateText: 'undated',
  dateNote: 'Neither 001 nor 003 gives a day ("he said", "Zelenskyy said").'
};

UNWIND [
  {from: 'volodymyr-zelenskyy', to: 'statement-zelenskyy-nato-path', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-nato-path', to: 'topic-ukraine-nato-membership', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-nato-path', to: 'nato', props: {sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-nato-path', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: '"I want to find a Nato path or something similar," he said.'}},
  {from: 'statement-zelenskyy-nato-path', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: '"I want to find a NATO path or something similar," Zelenskyy said.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Shmyhal: the deal envisages an "investment fund"
MERGE (n:Statement {id: 'statement-shmyhal-investment-fund'})
SET n += {
  name: 'Shmyhal: the deal envisages an "investment fund"',
  text: 'investment fund',
  dateText: 'undated'
};

UNWIND [
  {from: 'denys-shmyhal', to: 'statement-shmyhal-investment-fund', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-shmyhal-investment-fund', to: 'claim-deal-investment-fund', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-shmyhal-investment-fund', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: 'Key details have not yet been made public, but Ukrainian Prime Minister Denys Shmyhal said it envisages an "investment fund" for Ukraine\'s reconstruction.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Hoffman: the US should have "economic skin in the game"
MERGE (n:Statement {id: 'statement-hoffman-economic-skin'})
SET n += {
  name: 'Hoffman: the US should have "economic skin in the game"',
  text: "As far as deterring Putin from attacking again [and] as far as Ukraine's relationship with the United States, especially with this administration, you want the U.S. to have economic skin in the game",
  dateText: 'undated'
};

UNWIND [
  {from: 'dan-hoffman', to: 'statement-hoffman-economic-skin', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-economic-skin', to: 'vladimir-putin', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-economic-skin', to: 'topic-ukraine-western-ties', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-economic-skin', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: '"As far as deterring Putin from attacking again [and] as far as Ukraine\'s relationship with the United States, especially with this administration, you want the U.S. to have economic skin in the game," Hoffman said.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Hoffman: a closer bilateral relationship
MERGE (n:Statement {id: 'statement-hoffman-closer-bilateral'})
SET n += {
  name: 'Hoffman: a closer bilateral relationship',
  text: "That's how you walk down that path of closer bilateral relationship, and one where it's certainly in our interest … for [Ukraine] to be an independent, sovereign nation.",
  dateText: 'undated'
};

UNWIND [
  {from: 'dan-hoffman', to: 'statement-hoffman-closer-bilateral', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-closer-bilateral', to: 'UA', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-closer-bilateral', to: 'topic-ukraine-western-ties', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-closer-bilateral', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: "That's how you walk down that path of closer bilateral relationship, and one where it's certainly in our interest … for [Ukraine] to be an independent, sovereign nation."}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Hoffman: Putin does not want Ukraine to have Western commercial ties
MERGE (n:Statement {id: 'statement-hoffman-putin-commercial-relationships'})
SET n += {
  name: 'Hoffman: Putin does not want Ukraine to have Western commercial ties',
  text: "[Putin] doesn't want Ukraine to have commercial relationships with Europe and the United States",
  dateText: 'undated'
};

UNWIND [
  {from: 'dan-hoffman', to: 'statement-hoffman-putin-commercial-relationships', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-putin-commercial-relationships', to: 'vladimir-putin', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-putin-commercial-relationships', to: 'topic-ukraine-western-ties', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-putin-commercial-relationships', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: '"[Putin] doesn\'t want Ukraine to have commercial relationships with Europe and the United States," he said.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Hoffman: Putin wanted to install a puppet regime in Kyiv
MERGE (n:Statement {id: 'statement-hoffman-puppet-regime'})
SET n += {
  name: 'Hoffman: Putin wanted to install a puppet regime in Kyiv',
  text: 'That was part of why he wanted to topple the central government in Kyiv and then install a puppet regime that was beholden to Russia.',
  dateText: 'undated'
};

UNWIND [
  {from: 'dan-hoffman', to: 'statement-hoffman-puppet-regime', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-puppet-regime', to: 'vladimir-putin', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-puppet-regime', to: 'kyiv', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-puppet-regime', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: 'That was part of why he wanted to topple the central government in Kyiv and then install a puppet regime that was beholden to Russia.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Hoffman: more links to the West are "not good for Putin"
MERGE (n:Statement {id: 'statement-hoffman-more-links'})
SET n += {
  name: 'Hoffman: more links to the West are "not good for Putin"',
  text: "The more links Ukraine has to the West … commercial links, diplomatic and strategic military links … it's not good for Putin",
  dateText: 'undated'
};

UNWIND [
  {from: 'dan-hoffman', to: 'statement-hoffman-more-links', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-more-links', to: 'vladimir-putin', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-more-links', to: 'topic-ukraine-western-ties', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-more-links', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: '"The more links Ukraine has to the West … commercial links, diplomatic and strategic military links … it\'s not good for Putin," Hoffman added.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Kallas: the US "has a very clear self-interest in play"
MERGE (n:Statement {id: 'statement-kallas-self-interest'})
SET n += {
  name: 'Kallas: the US "has a very clear self-interest in play"',
  text: '[The] U.S. also has a very clear self-interest in play, and that hopefully makes U.S. support Ukraine more, because economic ties are making this stronger',
  dateText: 'undated'
};

UNWIND [
  {from: 'kaja-kallas', to: 'statement-kallas-self-interest', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-kallas-self-interest', to: 'topic-ukraine-western-ties', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-kallas-self-interest', to: 'US', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-kallas-self-interest', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: '"[The] U.S. also has a very clear self-interest in play, and that hopefully makes U.S. support Ukraine more, because economic ties are making this stronger," she said.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Kallas: make Ukraine strong enough "to say no to a bad deal"
MERGE (n:Statement {id: 'statement-kallas-say-no-to-bad-deal'})
SET n += {
  name: 'Kallas: make Ukraine strong enough "to say no to a bad deal"',
  text: 'Right now, it is a very important message that we send that we are behind Ukraine, to make them strong enough to be able to say no to a bad deal',
  dateText: 'undated'
};

UNWIND [
  {from: 'kaja-kallas', to: 'statement-kallas-say-no-to-bad-deal', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-kallas-say-no-to-bad-deal', to: 'UA', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-kallas-say-no-to-bad-deal', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: '"Right now, it is a very important message that we send that we are behind Ukraine, to make them strong enough to be able to say no to a bad deal," she added.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Bessent: minerals are part of a "larger peace deal that Trump has in mind"
MERGE (n:Statement {id: 'statement-bessent-larger-peace-deal'})
SET n += {
  name: 'Bessent: minerals are part of a "larger peace deal that Trump has in mind"',
  text: 'larger peace deal that Trump has in mind',
  date: date('2025-01-20'),
  dateText: 'since the January 20 presidential inauguration',
  dateFrom: date('2025-01-20'),
  dateTo: date('2025-02-13'),
  datePrecision: 'range',
  dateBasis: 'article',
  dateNote: 'Said during Bessent\'s visit to Kyiv, which 004 dates only as after "the January 20 presidential inauguration" and before its own date (13 Feb 2025, from outside the articles). The public record puts the visit on 12 Feb 2025: see the meeting\'s externalDate.'
};

UNWIND [
  {from: 'scott-bessent', to: 'statement-bessent-larger-peace-deal', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-bessent-larger-peace-deal', to: 'minerals', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-bessent-larger-peace-deal', to: 'meeting-bessent-zelenskyy-kyiv-2025', props: {basis: 'inferred', note: '004 reports the remarks with the visit ("told reporters") without saying where they were made.', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-bessent-larger-peace-deal', to: '004_0a46b6fd182fb916', props: {dateText: 'since the January 20 presidential inauguration', quote: 'Mr Bessent, the first Trump cabinet member to visit Ukraine since the January 20 presidential inauguration, told reporters that the natural minerals form part of a “larger peace deal that Trump has in mind”.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Bessent: "a long-term security shield for all Ukrainians"
MERGE (n:Statement {id: 'statement-bessent-security-shield'})
SET n += {
  name: 'Bessent: "a long-term security shield for all Ukrainians"',
  text: 'By increasing our economic commitment through a partnership with the government and people of Ukraine, that will provide – once this conflict is over – it will provide a long-term security shield for all Ukrainians.',
  date: date('2025-01-20'),
  dateText: 'since the January 20 presidential inauguration',
  dateFrom: date('2025-01-20'),
  dateTo: date('2025-02-13'),
  datePrecision: 'range',
  dateBasis: 'article',
  dateNote: 'Said during Bessent\'s visit to Kyiv, which 004 dates only as after "the January 20 presidential inauguration" and before its own date (13 Feb 2025, from outside the articles). The public record puts the visit on 12 Feb 2025: see the meeting\'s externalDate.'
};

UNWIND [
  {from: 'scott-bessent', to: 'statement-bessent-security-shield', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-bessent-security-shield', to: 'claim-us-security-shield-for-minerals', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-bessent-security-shield', to: 'UA', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-bessent-security-shield', to: 'meeting-bessent-zelenskyy-kyiv-2025', props: {basis: 'inferred', note: '004 reports the remarks with the visit ("Mr Bessent added") without saying where they were made.', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-bessent-security-shield', to: '004_0a46b6fd182fb916', props: {dateText: 'since the January 20 presidential inauguration', quote: 'Mr Bessent added: “By increasing our economic commitment through a partnership with the government and people of Ukraine, that will provide – once this conflict is over – it will provide a long-term security shield for all Ukrainians.”'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: "They're going to secure what we're giving them with their rare earths"
MERGE (n:Statement {id: 'statement-trump-secure-what-were-giving'})
SET n += {
  name: 'Trump: "They\'re going to secure what we\'re giving them with their rare earths"',
  text: 'They’re going to secure what we’re giving them with their rare earths and other things.',
  dateText: 'undated',
  dateNote: '004 gives no day ("Speaking on the deal").'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-secure-what-were-giving', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-secure-what-were-giving', to: 'claim-trump-wants-security-of-rare-earths', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-secure-what-were-giving', to: 'rare-earths', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-secure-what-were-giving', to: '004_0a46b6fd182fb916', props: {dateText: 'undated', quote: 'Speaking on the deal, President Trump said: “They’re going to secure what we’re giving them with their rare earths and other things.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: "I want to have the security of rare earths"
MERGE (n:Statement {id: 'statement-trump-security-of-rare-earths'})
SET n += {
  name: 'Trump: "I want to have the security of rare earths"',
  text: 'I want to have the security of rare earths. We’re putting in hundreds of billions of dollars. They have great rare earths. And I want security of the rare earths, and they’re willing to do it.',
  dateText: 'undated',
  dateNote: '004 gives no day.'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-security-of-rare-earths', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-security-of-rare-earths', to: 'claim-trump-wants-security-of-rare-earths', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-security-of-rare-earths', to: 'rare-earths', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-security-of-rare-earths', to: '004_0a46b6fd182fb916', props: {dateText: 'undated', quote: 'And I want security of the rare earths, and they’re willing to do it.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Zelenskyy: "a productive, constructive conversation"
MERGE (n:Statement {id: 'statement-zelenskyy-productive-conversation'})
SET n += {
  name: 'Zelenskyy: "a productive, constructive conversation"',
  text: 'We had a productive, constructive conversation. For me, the issue of security guarantees for Ukraine is very important, and we talked about minerals in general.',
  date: date('2025-01-20'),
  dateText: 'since the January 20 presidential inauguration',
  dateFrom: date('2025-01-20'),
  dateTo: date('2025-02-13'),
  datePrecision: 'range',
  dateBasis: 'article',
  dateNote: 'Said during Bessent\'s visit to Kyiv, which 004 dates only as after "the January 20 presidential inauguration" and before its own date (13 Feb 2025, from outside the articles). The public record puts the visit on 12 Feb 2025: see the meeting\'s externalDate.'
};

UNWIND [
  {from: 'volodymyr-zelenskyy', to: 'statement-zelenskyy-productive-conversation', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-productive-conversation', to: 'topic-security-guarantees', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-productive-conversation', to: 'minerals', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Resource {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-productive-conversation', to: 'claim-zelenskyy-minerals-on-the-table', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:ResourceClaim {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-productive-conversation', to: 'meeting-bessent-zelenskyy-kyiv-2025', props: {basis: 'inferred', note: '004 gives it as his account of the talks ("We had a productive, constructive conversation"), not where it was said.', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-productive-conversation', to: '004_0a46b6fd182fb916', props: {dateText: 'since the January 20 presidential inauguration', quote: 'He said: “We had a productive, constructive conversation.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Hegseth: Ukraine's defence "must be backed by capable European and non-European troops"
MERGE (n:Statement {id: 'statement-hegseth-european-troops'})
SET n += {
  name: 'Hegseth: Ukraine\'s defence "must be backed by capable European and non-European troops"',
  text: 'must be backed by capable European and non-European troops',
  date: date('2025-02-12'),
  dateText: 'yesterday',
  dateFrom: date('2025-02-12'),
  dateTo: date('2025-02-12'),
  datePrecision: 'day',
  dateBasis: 'article',
  dateNote: '"told a NATO summit yesterday" (004), counted from 004\'s date, 13 Feb 2025, which comes from outside the articles (publishedBasis external).'
};

UNWIND [
  {from: 'pete-hegseth', to: 'statement-hegseth-european-troops', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hegseth-european-troops', to: 'UA', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hegseth-european-troops', to: 'topic-european-security', props: {sources: ['004_0a46b6fd182fb916']}},
  {from: 'statement-hegseth-european-troops', to: 'topic-security-guarantees', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hegseth-european-troops', to: 'meeting-nato-hegseth-2025-02-12', props: {basis: 'stated', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hegseth-european-troops', to: '004_0a46b6fd182fb916', props: {dateText: 'yesterday', quote: "Ukraine's own defence “must be backed by capable European and non-European troops”, he said."}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Healey: "We are and we will"
MERGE (n:Statement {id: 'statement-healey-we-are-and-we-will'})
SET n += {
  name: 'Healey: "We are and we will"',
  text: 'We hear your concerns on stepping up for Ukraine, and we hear your concerns on stepping up for European security. We are and we will.',
  dateText: 'undated',
  dateNote: '"Responding" (004) to Hegseth; no day or place given.'
};

UNWIND [
  {from: 'john-healey', to: 'statement-healey-we-are-and-we-will', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-healey-we-are-and-we-will', to: 'topic-european-security', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-healey-we-are-and-we-will', to: 'UA', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-healey-we-are-and-we-will', to: 'statement-hegseth-european-troops', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-healey-we-are-and-we-will', to: '004_0a46b6fd182fb916', props: {dateText: 'undated', quote: 'Responding, UK Defense Secretary John Healey said: “We hear your concerns on stepping up for Ukraine, and we hear your concerns on stepping up for European security.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Statements made at meetings that the first version left unlinked. `basis: 'stated'` when the article
// names the occasion, `inferred` (with `note`) when it follows from how the article frames the remarks.

// Starmer: no long-term peace without firm US security guarantees
MERGE (n:Statement {id: 'statement-starmer-no-peace-without-us-guarantees'})
SET n += {
  name: 'Starmer: no long-term peace without firm US security guarantees',
  speech: 'indirect',
  text: 'there could be no long-term peace in Ukraine without firm US security guarantees',
  dateText: 'undated',
  dateNote: '"Before the meeting" of 27 Feb 2025 (002); no day is given.'
};

UNWIND [
  {from: 'keir-starmer', to: 'statement-starmer-no-peace-without-us-guarantees', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-no-peace-without-us-guarantees', to: 'topic-security-guarantees', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-no-peace-without-us-guarantees', to: 'UA', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'statement-starmer-no-peace-without-us-guarantees', to: 'US', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-no-peace-without-us-guarantees', to: '002_12acf4030be661a4', props: {dateText: 'undated', quote: 'Before the meeting, Starmer had said there could be no long-term peace in Ukraine without firm US security guarantees — an argument Trump all but dismissed.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Starmer: peace in Ukraine became possible because of Trump
MERGE (n:Statement {id: 'statement-starmer-peace-possible-because-of-trump'})
SET n += {
  name: 'Starmer: peace in Ukraine became possible because of Trump',
  speech: 'indirect',
  text: 'peace in Ukraine had only become possible because of Trump',
  date: date('2025-02-27'),
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateText: 'Thursday (Feb 27)',
  dateBasis: 'article',
  dateNote: 'Said while meeting Trump at the White House, the visit 002 dates "Thursday (Feb 27)".'
};

UNWIND [
  {from: 'keir-starmer', to: 'statement-starmer-peace-possible-because-of-trump', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-peace-possible-because-of-trump', to: 'donald-trump', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-peace-possible-because-of-trump', to: 'topic-war-in-ukraine', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-peace-possible-because-of-trump', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: 'Starmer, who was meeting Trump at the White House for the first time since the US leader took office, turned on the charm, saying peace in Ukraine had only become possible because of Trump.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Starmer: Britain will increase defence spending
MERGE (n:Statement {id: 'statement-starmer-britain-defence-spending'})
SET n += {
  name: 'Starmer: Britain will increase defence spending',
  speech: 'indirect',
  text: 'Britain will increase defence spending',
  dateText: 'undated',
  dateNote: '"Starmer has signalled" (002), no day.'
};

UNWIND [
  {from: 'keir-starmer', to: 'statement-starmer-britain-defence-spending', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-britain-defence-spending', to: 'GB', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-britain-defence-spending', to: 'topic-european-security', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-britain-defence-spending', to: '002_12acf4030be661a4', props: {dateText: 'undated', quote: 'Starmer has signalled that Britain will increase defence spending and tried to reassure the US president that Europe will provide support and security guarantees to Kyiv if peace talks with Russia are successful.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump: Putin will not "violate his word"
MERGE (n:Statement {id: 'statement-trump-putin-will-not-violate-his-word'})
SET n += {
  name: 'Trump: Putin will not "violate his word"',
  speech: 'indirect',
  text: 'he does not believe Russian President Vladimir Putin is going to violate his word',
  date: date('2025-02-27'),
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateText: 'Thursday',
  dateBasis: 'article',
  dateNote: '000 (published Thursday 27 Feb 2025): "President Donald Trump said Thursday"; 002 has it among his remarks of "Thursday (Feb 27)".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-putin-will-not-violate-his-word', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-putin-will-not-violate-his-word', to: 'vladimir-putin', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-putin-will-not-violate-his-word', to: 'event-russian-invasion-of-ukraine-2014', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'statement-trump-putin-will-not-violate-his-word', to: 'event-russian-invasion-of-ukraine-2022', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Event {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-putin-will-not-violate-his-word', to: '000_8cf2afdfe91eb5b9', props: {dateText: 'Thursday', quote: 'Trump said he does not believe Russian President Vladimir Putin is going to violate his word as the US continues to engage with the Kremlin in negotiations about ending the war in Ukraine, describing his view of Putin as "trust and verify."'}},
  {from: 'statement-trump-putin-will-not-violate-his-word', to: '002_12acf4030be661a4', props: {dateText: 'Thursday (Feb 27)', quote: 'He said he did not think Putin, who organised invasions of Ukraine in 2014 and 2022, would do so again after a deal.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump distances himself from the "dictator" comment
MERGE (n:Statement {id: 'statement-trump-gets-along-with-zelenskyy'})
SET n += {
  name: 'Trump distances himself from the "dictator" comment',
  speech: 'indirect',
  text: 'distanced himself from the dictator comment and said he gets along with the Ukrainian leader',
  date: date('2025-02-27'),
  dateFrom: date('2025-02-27'),
  dateTo: date('2025-02-27'),
  datePrecision: 'day',
  dateText: 'On Thursday',
  dateBasis: 'article'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-gets-along-with-zelenskyy', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-gets-along-with-zelenskyy', to: 'volodymyr-zelenskyy', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-gets-along-with-zelenskyy', to: 'statement-trump-dictator', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-gets-along-with-zelenskyy', to: '002_12acf4030be661a4', props: {dateText: 'On Thursday', quote: 'On Thursday, Trump distanced himself from the dictator comment and said he gets along with the Ukrainian leader.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-gets-along-with-zelenskyy', to: 'statement-trump-dictator', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET r += row.props;

// Zelensky: the minerals agreement is preliminary; he seeks further deals
MERGE (n:Statement {id: 'statement-zelenskyy-deal-preliminary'})
SET n += {
  name: 'Zelensky: the minerals agreement is preliminary; he seeks further deals',
  speech: 'indirect',
  text: 'described the agreement as preliminary and said he seeks further deals, including US security guarantees to deter Russian aggression',
  dateText: 'undated',
  dateNote: '001 gives no day.'
};

UNWIND [
  {from: 'volodymyr-zelenskyy', to: 'statement-zelenskyy-deal-preliminary', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-deal-preliminary', to: 'topic-security-guarantees', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-deal-preliminary', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: 'Trump announced the meeting, while Zelensky described the agreement as preliminary and said he seeks further deals, including US security guarantees to deter Russian aggression.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Zelensky: the deal's success depends on his meeting with Trump
MERGE (n:Statement {id: 'statement-zelenskyy-success-depends-on-meeting'})
SET n += {
  name: "Zelensky: the deal's success depends on his meeting with Trump",
  speech: 'indirect',
  text: 'would depend on the outcome of his meeting with Trump this week',
  dateText: 'undated',
  dateNote: '001 gives no day for the remark; "this week" is the meeting\'s.'
};

UNWIND [
  {from: 'volodymyr-zelenskyy', to: 'statement-zelenskyy-success-depends-on-meeting', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-success-depends-on-meeting', to: 'meeting-trump-zelenskyy-2025-02-28', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-success-depends-on-meeting', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: 'Zelensky said the success of the minerals deal, which was formally backed by his government on Wednesday evening, would depend on the outcome of his meeting with Trump this week.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Zelensky hopes for a ceasefire agreement with Moscow "later this week"
MERGE (n:Statement {id: 'statement-zelenskyy-ceasefire-later-this-week'})
SET n += {
  name: 'Zelensky hopes for a ceasefire agreement with Moscow "later this week"',
  speech: 'indirect',
  text: 'he hoped to reach a ceasefire agreement with Moscow later this week',
  date: date('2025-01-20'),
  dateFrom: date('2025-01-20'),
  dateTo: date('2025-02-13'),
  datePrecision: 'range',
  dateText: 'since the January 20 presidential inauguration',
  dateBasis: 'article',
  dateNote: 'Said "during Mr Bessent\'s visit to Kyiv", which 004 dates only as after "the January 20 presidential inauguration" and before its own date (13 Feb 2025, from outside the articles).'
};

UNWIND [
  {from: 'volodymyr-zelenskyy', to: 'statement-zelenskyy-ceasefire-later-this-week', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-ceasefire-later-this-week', to: 'topic-ceasefire', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-ceasefire-later-this-week', to: 'RU', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-ceasefire-later-this-week', to: '004_0a46b6fd182fb916', props: {dateText: 'since the January 20 presidential inauguration', quote: "US President Donald Trump wants a swift end to the war in the Ukraine, and during Mr Bessent's visit to Kyiv Ukrainian President Volodymyr Zelensky said he hoped to reach a ceasefire agreement with Moscow later this week."}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Russia opposes Ukraine joining NATO
MERGE (n:Statement {id: 'statement-russia-opposes-ukraine-in-nato'})
SET n += {
  name: 'Russia opposes Ukraine joining NATO',
  speech: 'indirect',
  text: 'consistently opposed the idea of Ukraine becoming a member',
  dateText: 'undated',
  dateNote: '"Russia has consistently opposed" (001), no day.'
};

UNWIND [
  {from: 'RU', to: 'statement-russia-opposes-ukraine-in-nato', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-russia-opposes-ukraine-in-nato', to: 'topic-ukraine-nato-membership', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-russia-opposes-ukraine-in-nato', to: 'nato', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Organization {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-russia-opposes-ukraine-in-nato', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: 'Russia has consistently opposed the idea of Ukraine becoming a member, fearing it would bring Nato forces too close to its borders.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Russia is against European peacekeepers in Ukraine
MERGE (n:Statement {id: 'statement-russia-against-european-peacekeepers'})
SET n += {
  name: 'Russia is against European peacekeepers in Ukraine',
  speech: 'indirect',
  text: 'Russia says it is against this',
  dateText: 'undated',
  dateNote: '001 gives no day.'
};

UNWIND [
  {from: 'RU', to: 'statement-russia-against-european-peacekeepers', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Country {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-russia-against-european-peacekeepers', to: 'topic-peacekeepers', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-russia-against-european-peacekeepers', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'undated', quote: 'Trump has suggested European peacekeeping troops could be stationed in Ukraine as part of a ceasefire deal, but Russia says it is against this.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Trump repeats Russia's claim that NATO was a driving factor of the war
MERGE (n:Statement {id: 'statement-trump-repeats-russia-nato-claim'})
SET n += {
  name: "Trump repeats Russia's claim that NATO was a driving factor of the war",
  speech: 'indirect',
  text: "repeated Russia's claims that the issue was one of the driving factors behind the war",
  date: date('2025-02-26'),
  dateFrom: date('2025-02-26'),
  dateTo: date('2025-02-26'),
  datePrecision: 'day',
  dateText: 'on Wednesday',
  dateBasis: 'article',
  dateNote: '001: "Speaking at a meeting of his cabinet on Wednesday ... He said Kyiv should "forget about" joining Nato and repeated Russia\'s claims".'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-repeats-russia-nato-claim', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-repeats-russia-nato-claim', to: 'topic-ukraine-nato-membership', props: {sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'statement-trump-repeats-russia-nato-claim', to: 'topic-war-in-ukraine', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-repeats-russia-nato-claim', to: '001_b0f79eaa7c64fdbc', props: {dateText: 'on Wednesday', quote: 'He said Kyiv should "forget about" joining Nato and repeated Russia\'s claims that the issue was one of the driving factors behind the war.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-repeats-russia-nato-claim', to: 'RU', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ECHOES]->(b)
SET r += row.props;

// The Trump administration has not ruled out an economic deal with Moscow
MERGE (n:Statement {id: 'statement-trump-administration-economic-deal-with-moscow'})
SET n += {
  name: 'The Trump administration has not ruled out an economic deal with Moscow',
  speech: 'indirect',
  hedge: 'reportedly',
  text: 'has reportedly not ruled out an economic deal with Moscow',
  dateText: 'undated',
  dateNote: '003 gives no day.'
};

UNWIND [
  {from: 'trump-administration', to: 'statement-trump-administration-economic-deal-with-moscow', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Organization {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-administration-economic-deal-with-moscow', to: 'RU', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-administration-economic-deal-with-moscow', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: 'The Trump administration has reportedly not ruled out an economic deal with Moscow.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Hoffman: a deal with Trump is in Zelenskyy's strategic interest
MERGE (n:Statement {id: 'statement-hoffman-strategic-interest'})
SET n += {
  name: "Hoffman: a deal with Trump is in Zelenskyy's strategic interest",
  speech: 'indirect',
  text: "it is in Zelenskyy's strategic interest to make a deal with Trump, as it would hamper Putin's strategic goals",
  dateText: 'undated',
  dateNote: '003 gives no day.'
};

UNWIND [
  {from: 'dan-hoffman', to: 'statement-hoffman-strategic-interest', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-strategic-interest', to: 'volodymyr-zelenskyy', props: {sources: ['003_0916fcbffa79c379']}},
  {from: 'statement-hoffman-strategic-interest', to: 'vladimir-putin', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hoffman-strategic-interest', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: "Hoffman said it is in Zelenskyy's strategic interest to make a deal with Trump, as it would hamper Putin's strategic goals."}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// Kallas: the deal could help if it puts Ukraine in a position of strength
MERGE (n:Statement {id: 'statement-kallas-position-of-strength'})
SET n += {
  name: 'Kallas: the deal could help if it puts Ukraine in a position of strength',
  speech: 'indirect',
  text: 'the agreement could prove positive for Kyiv so long as it puts Ukraine in a position of strength when it comes to countering Russia at the negotiating table',
  dateText: 'undated',
  dateNote: '003 gives no day.'
};

UNWIND [
  {from: 'kaja-kallas', to: 'statement-kallas-position-of-strength', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-kallas-position-of-strength', to: 'UA', props: {sources: ['003_0916fcbffa79c379']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Country {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-kallas-position-of-strength', to: '003_0916fcbffa79c379', props: {dateText: 'undated', quote: 'In response to questions by Fox News Digital over the European Union’s position on a U.S.-Ukraine minerals deal, top diplomat for the EU, Kaja Kallas, said the agreement could prove positive for Kyiv so long as it puts Ukraine in a position of strength when it comes to countering Russia at the negotiating table.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

// A US official on what European countries are concerned about
MERGE (n:Statement {id: 'statement-us-official-european-concerns'})
SET n += {
  name: 'A US official on what European countries are concerned about',
  speech: 'indirect',
  text: 'European countries are concerned about the high level of conflict in Ukraine now',
  dateText: 'undated',
  dateNote: '002 gives no day.'
};

UNWIND [
  {from: 'unnamed-us-official-002', to: 'statement-us-official-european-concerns', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-us-official-european-concerns', to: 'topic-peacekeepers', props: {sources: ['002_12acf4030be661a4']}},
  {from: 'statement-us-official-european-concerns', to: 'topic-ceasefire', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Topic {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-us-official-european-concerns', to: 'europe', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Place {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-us-official-european-concerns', to: '002_12acf4030be661a4', props: {dateText: 'undated', quote: 'European countries are concerned about the high level of conflict in Ukraine now, the US official said, while a ceasefire based on a strong political settlement would give them more comfort that their role is more about peacekeeping than deterring active conflict.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-very-important-agreement', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'inferred', note: '000 gives Trump\'s Thursday remarks as made while he hosted Starmer ("Trump told reporters as he hosted UK Prime Minister Keir Starmer at the White House"); it does not name the occasion of this one.', sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-did-i-say-that', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'inferred', note: '000 gives Trump\'s Thursday remarks as made while he hosted Starmer ("Trump told reporters as he hosted UK Prime Minister Keir Starmer at the White House"); it does not name the occasion of this one.', sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-trust-and-verify', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'inferred', note: '000 gives Trump\'s Thursday remarks as made while he hosted Starmer ("Trump told reporters as he hosted UK Prime Minister Keir Starmer at the White House"); it does not name the occasion of this one.', sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-you-have-to-verify', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'inferred', note: '000 gives Trump\'s Thursday remarks as made while he hosted Starmer ("Trump told reporters as he hosted UK Prime Minister Keir Starmer at the White House"); it does not name the occasion of this one.', sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-we-dont-have-a-deal', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'inferred', note: '000 gives Trump\'s Thursday remarks as made while he hosted Starmer ("Trump told reporters as he hosted UK Prime Minister Keir Starmer at the White House"); it does not name the occasion of this one.', sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-putin-will-not-violate-his-word', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'inferred', note: '000 gives Trump\'s Thursday remarks as made while he hosted Starmer ("Trump told reporters as he hosted UK Prime Minister Keir Starmer at the White House"); it does not name the occasion of this one.', sources: ['000_8cf2afdfe91eb5b9']}},
  {from: 'statement-trump-fairly-soon', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'inferred', note: '002 gives it in his answer on Putin ("Asked whether he could trust Russian President Vladimir Putin"), an exchange 000 places while he hosted Starmer.', sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}},
  {from: 'statement-trump-trade-deal-very-shortly', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', occasion: 'joint press conference', sources: ['002_12acf4030be661a4']}},
  {from: 'statement-trump-tough-negotiator', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', note: '"drawing laughter from Starmer" (002)', sources: ['002_12acf4030be661a4']}},
  {from: 'statement-starmer-peace-possible-because-of-trump', to: 'meeting-trump-starmer-2025-02-27', props: {basis: 'stated', sources: ['002_12acf4030be661a4']}},
  {from: 'statement-trump-watching-very-closely', to: 'meeting-trump-cabinet-2025-02-26', props: {basis: 'inferred', note: '003 dates it to Wednesday, when 001 has Trump speaking to reporters "at a meeting of his cabinet".', sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}},
  {from: 'statement-trump-peacekeepers-good-thing', to: 'meeting-trump-cabinet-2025-02-26', props: {basis: 'inferred', note: '003 gives it as the continuation of his Wednesday remarks, which 001 places at his cabinet meeting.', sources: ['001_b0f79eaa7c64fdbc', '003_0916fcbffa79c379']}},
  {from: 'statement-trump-repeats-russia-nato-claim', to: 'meeting-trump-cabinet-2025-02-26', props: {basis: 'stated', sources: ['001_b0f79eaa7c64fdbc']}},
  {from: 'statement-zelenskyy-ceasefire-later-this-week', to: 'meeting-bessent-zelenskyy-kyiv-2025', props: {basis: 'stated', sources: ['004_0a46b6fd182fb916']}},
  {from: 'statement-healey-we-are-and-we-will', to: 'meeting-nato-hegseth-2025-02-12', props: {basis: 'inferred', note: '"Responding" (004) to what Hegseth told the NATO summit; 004 does not say where Healey spoke.', sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

// Dates that earlier versions gave to statements the articles do not date.
MATCH (s:Statement)
WHERE s.id IN ['statement-trump-beyond-very-much', 'statement-trump-nobody-messing-around', 'statement-trump-stop-killing-people', 'statement-zelenskyy-nato-path']
REMOVE s.date, s.dateFrom, s.dateTo, s.datePrecision, s.dateBasis;
MATCH (:Statement {id: 'statement-trump-did-i-say-that'})-[r:REPORTED_IN]->(:Article {id: '002_12acf4030be661a4'})
DELETE r;
MATCH (:Statement {id: 'statement-trump-rare-earths-we-need'})-[r:ABOUT]->(:ResourceClaim {id: 'claim-trump-wants-security-of-rare-earths'})
DELETE r;
