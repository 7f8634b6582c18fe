// Quotes reviewed by hand that support their fact without naming any of its participants, each with why.
// A key is "<Label>:<fact id> <article id>", as tests/cypher/facts-as-reported.test.ts prints it. The
// participants of a fact are its attendees, speaker, claimant or parties and the people, countries,
// organizations, places and resources it is about.

export const QUOTES_NAMING_NO_PARTICIPANT: Record<string, string> = {
  'Agreement:agreement-ukraine-peace-deal 000_8cf2afdfe91eb5b9':
    'Trump\'s words "Right now we don\'t have a deal." are the support for "negotiating"; the parties follow in the next sentences ("We have Russia. We have Ukraine.").',
  'Agreement:agreement-ukraine-peace-deal 002_12acf4030be661a4':
    '"Talks toward such a compact were moving briskly, he said." is the one sentence of 002 on the state of the deal; "such a compact" is the deal with Russia of the sentence before.',
  'Agreement:agreement-us-ukraine-minerals 002_12acf4030be661a4':
    'The sentence that gives 002\'s status ("to sign a deal") names the signatories, Zelenskiy and Trump, not the parties (the countries).',
  'Agreement:agreement-us-ukraine-minerals 003_0916fcbffa79c379':
    '"the exact terms remain unclear" is 003\'s word on the state of the deal; the sentence names Putin as an onlooker, not a party.',
  'ResourceClaim:claim-us-putting-in-hundreds-of-billions 004_0a46b6fd182fb916':
    'A sentence inside Trump\'s quoted words; 004 names him as the speaker two sentences earlier ("Speaking on the deal, President Trump said").',
  'Statement:statement-starmer-get-it-right 002_12acf4030be661a4':
    '"he said at a joint press conference with Trump": "he" is Starmer, named in the sentence before ("Starmer said not just any deal would do").',
  'Statement:statement-starmer-rewards-aggressor 002_12acf4030be661a4':
    'The sentence is Starmer\'s words alone, continuing "We have to get it right," he said; 002 names him in the sentence before that.',
  'Statement:statement-trump-peacekeepers-good-thing 003_0916fcbffa79c379':
    '"he added" continues "Trump said on Wednesday that European allies ... will be watching" in the sentence before.',
  'Statement:statement-trump-you-have-to-verify 000_8cf2afdfe91eb5b9':
    'A sentence inside Trump\'s quoted answer on Putin; 000 names him in the paragraph before ("Trump said he does not believe ...").',
  'Statement:statement-zelenskyy-productive-conversation 004_0a46b6fd182fb916':
    '"He said:" refers to "The 47-year-old Ukrainian leader" of the sentence before, Zelensky.',
};
