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
  dateText: 'Thursday'
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
  {from: 'statement-trump-very-important-agreement', to: '000_8cf2afdfe91eb5b9', props: {quote: 'Speaking less than 24 hours before Ukrainian President Volodymyr Zelenskyy is due to visit the White House, Trump said the leaders would be signing a "very important agreement for both sides" during their pending face-to-face.'}}
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
  dateText: 'Thursday'
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
  {from: 'statement-trump-its-a-backstop', to: 'meeting-trump-starmer-2025-02-27', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-its-a-backstop', to: '000_8cf2afdfe91eb5b9', props: {quote: 'It\'s a backstop, you could say," Trump told reporters as he hosted UK Prime Minister Keir Starmer at the White House.'}}
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
  dateText: 'Thursday'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-rare-earths-we-need', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-rare-earths-we-need', to: 'claim-trump-wants-security-of-rare-earths', props: {sources: ['000_8cf2afdfe91eb5b9']}},
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
  {from: 'statement-trump-rare-earths-we-need', to: 'meeting-trump-starmer-2025-02-27', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-rare-earths-we-need', to: '000_8cf2afdfe91eb5b9', props: {quote: "We'll be talking about it, and we'll also be talking about that today with the prime minister,\" Trump said as he prepared to head behind closed doors with Starmer."}}
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
  dateText: 'Thursday'
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
  {from: 'statement-trump-nato-not-going-to-happen', to: 'meeting-trump-starmer-2025-02-27', props: {sources: ['000_8cf2afdfe91eb5b9']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-nato-not-going-to-happen', to: '000_8cf2afdfe91eb5b9', props: {quote: "We're going to certainly try and get as much as we can back, but on the NATO, it's just not going to happen,\" he said, addressing Starmer."}}
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
  dateText: 'before 27 Feb 2025; the articles do not date it'
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
  {from: 'statement-trump-dictator', to: '000_8cf2afdfe91eb5b9', props: {quote: "Asked about his comments that called Zelenskyy a dictator, Trump said: “Did I say that? I can't believe I said that.”"}},
  {from: 'statement-trump-dictator', to: '002_12acf4030be661a4', props: {quote: 'Trump, who entered office on Jan 20, has shocked traditional US allies in Europe by drawing closer to Putin, calling Ukrainian President Volodymyr Zelenskiy a "dictator," and demanding payback for US financial support for Kyiv.'}}
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
  dateText: 'Thursday'
};

UNWIND [
  {from: 'donald-trump', to: 'statement-trump-did-i-say-that', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Person {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:SAID]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-did-i-say-that', to: 'statement-trump-dictator', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-did-i-say-that', to: 'volodymyr-zelenskyy', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Person {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-did-i-say-that', to: 'statement-trump-dictator', props: {sources: ['000_8cf2afdfe91eb5b9', '002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Statement {id: row.to})
MERGE (a)-[r:RESPONDS_TO]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-did-i-say-that', to: '000_8cf2afdfe91eb5b9', props: {quote: "Asked about his comments that called Zelenskyy a dictator, Trump said: “Did I say that? I can't believe I said that.”"}},
  {from: 'statement-trump-did-i-say-that', to: '002_12acf4030be661a4', props: {quote: 'On Thursday, Trump distanced himself from the dictator comment and said he gets along with the Ukrainian leader.'}}
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
  dateText: 'Thursday'
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
  {from: 'statement-trump-trust-and-verify', to: '000_8cf2afdfe91eb5b9', props: {quote: 'Trump said he does not believe Russian President Vladimir Putin is going to violate his word as the US continues to engage with the Kremlin in negotiations about ending the war in Ukraine, describing his view of Putin as "trust and verify."'}},
  {from: 'statement-trump-trust-and-verify', to: '002_12acf4030be661a4', props: {quote: 'Asked whether he could trust Russian President Vladimir Putin, Trump said, "trust and verify," echoing former US President Ronald Reagan\'s views on negotiations with the Soviet Union.'}}
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
  dateText: 'Thursday'
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
  {from: 'statement-trump-you-have-to-verify', to: '000_8cf2afdfe91eb5b9', props: {quote: "You have to verify because you never know what's going to happen."}}
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
  dateText: 'Thursday'
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
  {from: 'statement-trump-we-dont-have-a-deal', to: '000_8cf2afdfe91eb5b9', props: {quote: 'I think Russia has been acting very well," he added.'}}
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
  dateText: 'Thursday'
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
  {from: 'statement-trump-fairly-soon', to: '002_12acf4030be661a4', props: {quote: '"It will either be fairly soon, or it won\'t be at all," Trump said.'}}
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
  dateText: 'Thursday (Feb 27)'
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
  {from: 'statement-trump-we-are-a-backstop', to: 'meeting-trump-starmer-2025-02-27', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-we-are-a-backstop', to: '002_12acf4030be661a4', props: {quote: '"We are a backstop because we\'ll be over there, we\'ll be working," as a result of the economic partnership, Trump said.'}}
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
  dateText: 'On Thursday'
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
  {from: 'statement-trump-nato-mutual-defence', to: '002_12acf4030be661a4', props: {quote: "On Thursday, Trump reaffirmed the US' long commitments to the mutual defence of Nato nations even if European peacekeepers end up in Ukraine, saying \"I support it. I don't think we're going to have any reason for it.\""}}
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
  dateText: 'Thursday (Feb 27)'
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
  {from: 'statement-trump-trade-deal-very-shortly', to: '002_12acf4030be661a4', props: {quote: 'A wide-ranging free trade deal has eluded the countries since Trump\'s 2017 to 2021 term in office, but the US president said the two countries could reach a deal "very shortly".'}}
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
  dateText: 'Thursday (Feb 27)'
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
  {from: 'statement-trump-he-tried', to: 'meeting-trump-starmer-2025-02-27', props: {occasion: 'joint press conference', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-he-tried', to: '002_12acf4030be661a4', props: {quote: 'Asked by a reporter whether Starmer had convinced him to abandon threats to impose tariffs on Britain, Trump said, "He tried. He was working hard, I\'ll tell you that."'}}
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
  dateText: 'Thursday (Feb 27)'
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
  {from: 'statement-trump-real-trade-deal', to: 'meeting-trump-starmer-2025-02-27', props: {occasion: 'joint press conference', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-real-trade-deal', to: '002_12acf4030be661a4', props: {quote: '"We could very well end up with a real trade deal where the tariffs wouldn\'t be necessary," Trump said.'}}
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
  dateText: 'Thursday (Feb 27)'
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
  {from: 'statement-trump-tough-negotiator', to: '002_12acf4030be661a4', props: {quote: '"You\'re a very tough negotiator," Trump said, drawing laughter from Starmer.'}}
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
  dateText: 'Thursday (Feb 27)'
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
  {from: 'statement-starmer-get-it-right', to: 'meeting-trump-starmer-2025-02-27', props: {occasion: 'joint press conference', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-get-it-right', to: '002_12acf4030be661a4', props: {quote: '"We have to get it right," he said at a joint press conference with Trump.'}}
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
  dateText: 'Thursday (Feb 27)'
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
  {from: 'statement-starmer-rewards-aggressor', to: 'meeting-trump-starmer-2025-02-27', props: {occasion: 'joint press conference', sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-starmer-rewards-aggressor', to: '002_12acf4030be661a4', props: {quote: '"It can\'t be peace that rewards the aggressor."'}}
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
  dateText: 'undated ("Starmer has said")'
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
  {from: 'statement-starmer-right-conditions', to: '002_12acf4030be661a4', props: {quote: 'Starmer has said he is open to British troops providing security guarantees to Ukraine but only alongside other European nations and with "the right conditions in place".'}}
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
  dateText: 'Thursday (Feb 27), at the start of the visit'
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
  {from: 'statement-vance-free-speech', to: 'meeting-trump-starmer-2025-02-27', props: {sources: ['002_12acf4030be661a4']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-vance-free-speech', to: '002_12acf4030be661a4', props: {quote: 'At the start of the visit, US Vice President JD Vance said the leaders also were discussing what he described as "infringements on free speech" in Britain that have affected US technology companies.'}}
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
  dateText: 'Thursday (Feb 27)'
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
  {from: 'statement-starmer-free-speech', to: 'meeting-trump-starmer-2025-02-27', props: {sources: ['002_12acf4030be661a4']}}
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
  {from: 'statement-starmer-free-speech', to: '002_12acf4030be661a4', props: {quote: '"We\'ve had free speech for a very, very long time in the United Kingdom," Starmer responded.'}}
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
  dateText: 'on Thursday'
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
  {from: 'statement-putin-western-elites', to: '002_12acf4030be661a4', props: {quote: 'Putin on Thursday warned "Western elites" against trying to sabotage rapprochement between Russia and the US, saying Moscow would use its diplomats and intelligence services to thwart such efforts.'}}
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
  date: date('2025-02-26'),
  dateText: 'undated in 001',
  dateBasis: '001 reports it with the Wednesday cabinet-meeting remarks; dated Wednesday 26 Feb 2025 on that reading.'
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
  {from: 'statement-trump-beyond-very-much', to: '001_b0f79eaa7c64fdbc', props: {quote: 'But Trump said the US would not provide guarantees "beyond... very much", saying the responsibility should instead fall to Europe.'}}
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
  dateText: 'Wednesday'
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
  {from: 'statement-trump-automatic-security', to: 'meeting-trump-cabinet-2025-02-26', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-automatic-security', to: '001_b0f79eaa7c64fdbc', props: {quote: 'Speaking at a meeting of his cabinet on Wednesday, Trump said the presence of American workers extracting rare earth metals on Ukrainian soil would provide "automatic security" for Ukraine.'}},
  {from: 'statement-trump-automatic-security', to: '003_0916fcbffa79c379', props: {quote: 'Trump told reporters that by entering into a minerals deal with Washington, Kyiv will be granted "automatic security" guarantees by the mere presence of American extractors on Ukrainian soil.'}}
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
  date: date('2025-02-26'),
  dateText: 'undated in 003',
  dateBasis: '003 gives it as part of the same remarks as "automatic security", which 001 dates to Wednesday 26 Feb 2025.'
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
  {from: 'statement-trump-nobody-messing-around', to: '003_0916fcbffa79c379', props: {quote: '"Nobody’s going to be messing around with our people when we’re there," Trump said.'}}
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
  dateText: 'Wednesday'
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
  {from: 'statement-trump-forget-about-nato', to: 'meeting-trump-cabinet-2025-02-26', props: {sources: ['001_b0f79eaa7c64fdbc']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-trump-forget-about-nato', to: '001_b0f79eaa7c64fdbc', props: {quote: 'He said Kyiv should "forget about" joining Nato and repeated Russia\'s claims that the issue was one of the driving factors behind the war.'}},
  {from: 'statement-trump-forget-about-nato', to: '003_0916fcbffa79c379', props: {quote: 'Trump on Wednesday told reporters that Zelenskyy could "forget about" any ambitions to join NATO, but the Ukrainian president also said that day that he needs security guarantees, otherwise "we won\'t have a ceasefire, nothing will work, nothing."'}}
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
  date: date('2025-02-26'),
  dateText: 'undated in 001',
  dateBasis: '001 reports it with the Wednesday cabinet-meeting remarks; dated Wednesday 26 Feb 2025 on that reading.'
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
  {from: 'statement-trump-stop-killing-people', to: '001_b0f79eaa7c64fdbc', props: {quote: 'The US president suggested a ceasefire between Ukraine and Russia was not far off, telling reporters: "We\'re going to make a deal with Russia and Ukraine to stop killing people."'}}
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
  dateText: 'on Wednesday'
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
  {from: 'statement-trump-watching-very-closely', to: '003_0916fcbffa79c379', props: {quote: 'Trump said on Wednesday that European allies, including the U.K. and France, will be watching U.S. negotiations with Ukraine and Russia "very closely."'}}
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
  dateText: 'on Wednesday'
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
  {from: 'statement-trump-peacekeepers-good-thing', to: '003_0916fcbffa79c379', props: {quote: '"They volunteered to put so-called peacekeepers on the site. And I think that’s a good thing," he added.'}}
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
  dateText: 'that day (Wednesday)'
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
  {from: 'statement-zelenskyy-no-ceasefire-without-guarantees', to: '001_b0f79eaa7c64fdbc', props: {quote: 'But Zelensky said without security guarantees "we won\'t have a ceasefire, nothing will work, nothing".'}},
  {from: 'statement-zelenskyy-no-ceasefire-without-guarantees', to: '003_0916fcbffa79c379', props: {quote: 'Trump on Wednesday told reporters that Zelenskyy could "forget about" any ambitions to join NATO, but the Ukrainian president also said that day that he needs security guarantees, otherwise "we won\'t have a ceasefire, nothing will work, nothing."'}}
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
  date: date('2025-02-26'),
  dateText: 'undated',
  dateBasis: 'Both 001 ("Nato path") and 003 ("NATO path") report it with his Wednesday 26 Feb 2025 remarks.'
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
  {from: 'statement-zelenskyy-nato-path', to: '001_b0f79eaa7c64fdbc', props: {quote: '"I want to find a Nato path or something similar," he said.'}},
  {from: 'statement-zelenskyy-nato-path', to: '003_0916fcbffa79c379', props: {quote: '"I want to find a NATO path or something similar," Zelenskyy said.'}}
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
  {from: 'statement-shmyhal-investment-fund', to: '001_b0f79eaa7c64fdbc', props: {quote: 'Key details have not yet been made public, but Ukrainian Prime Minister Denys Shmyhal said it envisages an "investment fund" for Ukraine\'s reconstruction.'}}
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
  {from: 'statement-hoffman-economic-skin', to: '003_0916fcbffa79c379', props: {quote: '"As far as deterring Putin from attacking again [and] as far as Ukraine\'s relationship with the United States, especially with this administration, you want the U.S. to have economic skin in the game," Hoffman said.'}}
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
  {from: 'statement-hoffman-closer-bilateral', to: '003_0916fcbffa79c379', props: {quote: "That's how you walk down that path of closer bilateral relationship, and one where it's certainly in our interest … for [Ukraine] to be an independent, sovereign nation."}}
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
  {from: 'statement-hoffman-putin-commercial-relationships', to: '003_0916fcbffa79c379', props: {quote: '"[Putin] doesn\'t want Ukraine to have commercial relationships with Europe and the United States," he said.'}}
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
  {from: 'statement-hoffman-puppet-regime', to: '003_0916fcbffa79c379', props: {quote: 'That was part of why he wanted to topple the central government in Kyiv and then install a puppet regime that was beholden to Russia.'}}
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
  {from: 'statement-hoffman-more-links', to: '003_0916fcbffa79c379', props: {quote: '"The more links Ukraine has to the West … commercial links, diplomatic and strategic military links … it\'s not good for Putin," Hoffman added.'}}
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
  {from: 'statement-kallas-self-interest', to: '003_0916fcbffa79c379', props: {quote: '"[The] U.S. also has a very clear self-interest in play, and that hopefully makes U.S. support Ukraine more, because economic ties are making this stronger," she said.'}}
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
  {from: 'statement-kallas-say-no-to-bad-deal', to: '003_0916fcbffa79c379', props: {quote: '"Right now, it is a very important message that we send that we are behind Ukraine, to make them strong enough to be able to say no to a bad deal," she added.'}}
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
  date: date('2025-02-12'),
  dateText: "during Mr Bessent's visit to Kyiv",
  dateBasis: 'Said to reporters during the Kyiv visit, dated 12 Feb 2025 (see that meeting).'
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
  {from: 'statement-bessent-larger-peace-deal', to: 'meeting-bessent-zelenskyy-kyiv-2025-02-12', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-bessent-larger-peace-deal', to: '004_0a46b6fd182fb916', props: {quote: 'Mr Bessent, the first Trump cabinet member to visit Ukraine since the January 20 presidential inauguration, told reporters that the natural minerals form part of a “larger peace deal that Trump has in mind”.'}}
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
  date: date('2025-02-12'),
  dateText: "during Mr Bessent's visit to Kyiv",
  dateBasis: 'Said during the Kyiv visit, dated 12 Feb 2025 (see that meeting).'
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
  {from: 'statement-bessent-security-shield', to: 'meeting-bessent-zelenskyy-kyiv-2025-02-12', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-bessent-security-shield', to: '004_0a46b6fd182fb916', props: {quote: 'Mr Bessent added: “By increasing our economic commitment through a partnership with the government and people of Ukraine, that will provide – once this conflict is over – it will provide a long-term security shield for all Ukrainians.”'}}
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
  dateText: 'undated in 004'
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
  {from: 'statement-trump-secure-what-were-giving', to: '004_0a46b6fd182fb916', props: {quote: 'Speaking on the deal, President Trump said: “They’re going to secure what we’re giving them with their rare earths and other things.'}}
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
  dateText: 'undated in 004'
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
  {from: 'statement-trump-security-of-rare-earths', to: '004_0a46b6fd182fb916', props: {quote: 'And I want security of the rare earths, and they’re willing to do it.'}}
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
  date: date('2025-02-12'),
  dateText: "during Mr Bessent's visit to Kyiv",
  dateBasis: 'Reported in 004 as his comment on the Kyiv talks, dated 12 Feb 2025 (see that meeting).'
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
  {from: 'statement-zelenskyy-productive-conversation', to: 'meeting-bessent-zelenskyy-kyiv-2025-02-12', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-zelenskyy-productive-conversation', to: '004_0a46b6fd182fb916', props: {quote: 'He said: “We had a productive, constructive conversation.'}}
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
  dateText: 'yesterday'
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
  {from: 'statement-hegseth-european-troops', to: 'meeting-nato-hegseth-2025-02-12', props: {sources: ['004_0a46b6fd182fb916']}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:MADE_AT]->(b)
SET r += row.props;

UNWIND [
  {from: 'statement-hegseth-european-troops', to: '004_0a46b6fd182fb916', props: {quote: "Ukraine's own defence “must be backed by capable European and non-European troops”, he said."}}
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
  dateText: 'undated ("Responding")'
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
  {from: 'statement-healey-we-are-and-we-will', to: '004_0a46b6fd182fb916', props: {quote: 'Responding, UK Defense Secretary John Healey said: “We hear your concerns on stepping up for Ukraine, and we hear your concerns on stepping up for European security.'}}
] AS row
OPTIONAL MATCH (a:Statement {id: row.from})
OPTIONAL MATCH (b:Article {id: row.to})
MERGE (a)-[r:REPORTED_IN]->(b)
SET r += row.props;
