// Article nodes, one per seed text (seeds/manifest.json lists them and their page furniture). `title` and
// `outlet` are set only as printed in the text; a headline or outlet worked out from anything else is in
// `titleInferred` / `outletInferred` with its `titleBasis` / `outletBasis`. None of the five texts prints a
// headline, so `name` is a plain label, not a title. `published` says how it is known in `publishedBasis`:
// `dateline` (the text's own date line), `content` (worked out from what the text reports) or `external`
// (from outside the articles, named in `publishedSourceNote`). Every fact points here through REPORTED_IN.

// seeds/000_8cf2afdfe91eb5b9.txt
MERGE (n:Article {id: '000_8cf2afdfe91eb5b9'})
SET n += {
  name: 'Untitled article 000 (27 Feb 2025)',
  outletInferred: 'Fox Business',
  outletBasis: "inferred, not stated: the text carries no byline or outlet name. US wire-style news copy with American spelling, 'NATO' in capitals and a 'according to a 2024 World Economic Forum report' market aside read like Fox Business (CNBC is the other close fit). House style is the only basis, and other copies of the same text point to other outlets: treat as uncertain.",
  titleInferred: 'Trump calls the looming Ukraine minerals deal a "backstop" as he hosts Starmer at the White House',
  titleBasis: 'written for the graph, a description of the text; the text prints no headline',
  published: date('2025-02-27'),
  publishedPrecision: 'day',
  publishedBasis: 'content',
  dateSource: 'From content; the text has no date line. First sentence: \'President Donald Trump said Thursday that a looming critical mineral deal will serve as a "backstop"...\'; the quote is given \'as he hosted UK Prime Minister Keir Starmer at the White House\', and the second paragraph speaks \'less than 24 hours before Ukrainian President Volodymyr Zelenskyy is due to visit the White House\'. Article 002 dates the Starmer visit to \'Thursday (Feb 27)\' [2025] and articles 001-003 put Zelenskyy\'s visit on Friday 28 Feb 2025. So the Thursday is 27 Feb 2025, and the text, which still calls the Zelenskyy visit pending, was written that day.',
  status: 'published',
  file: 'seeds/000_8cf2afdfe91eb5b9.txt'
};

// seeds/001_b0f79eaa7c64fdbc.txt
MERGE (n:Article {id: '001_b0f79eaa7c64fdbc'})
SET n += {
  name: 'Untitled article 001 (26 Feb 2025)',
  outletInferred: 'BBC News',
  outletBasis: "inferred, not stated: British house style ('Nato' in title case, 'Ukrainian President Volodymyr Zelensky'), and the wording matches the opening of a BBC News page ('Zelensky to meet Trump in Washington to sign minerals deal') seen in public web archives; the seed text itself carries no outlet name.",
  titleInferred: 'Zelensky to meet Trump in Washington on Friday to sign a minerals deal; Trump says Kyiv should "forget about" Nato',
  titleBasis: 'written for the graph, a description of the text; the text prints no headline',
  published: date('2025-02-26'),
  publishedPrecision: 'day',
  publishedBasis: 'content',
  dateSource: "From content; the text has no date line. The latest events it reports are Trump 'Speaking at a meeting of his cabinet on Wednesday' and the minerals deal 'formally backed by his government on Wednesday evening'; the meeting with Trump is still ahead ('will meet ... in Washington on Friday', 'his meeting with Trump this week') and Trump's Thursday meeting with Starmer (articles 000, 002) is not mentioned. The Friday is 28 Feb 2025 (the same Washington meeting that articles 002 and 003, which carry dates, put on Friday), so the Wednesday is 26 Feb 2025. Dated 26 Feb 2025, the day of the last event reported; publication early on 27 Feb cannot be ruled out, and no relative date in the text would resolve differently.",
  status: 'published',
  file: 'seeds/001_b0f79eaa7c64fdbc.txt'
};

// seeds/002_12acf4030be661a4.txt
MERGE (n:Article {id: '002_12acf4030be661a4'})
SET n += {
  name: 'Untitled article 002 (dateline 28 Feb 2025)',
  outletInferred: 'CNA (Reuters wire)',
  outletBasis: "inferred, not stated: a Reuters wire story (dateline 'WASHINGTON —', Reuters phrasing) as carried by a Singapore site, whose style puts the date in brackets after the day ('on Thursday (Feb 27)'); CNA is the likely carrier. The date line reads 2025-02-28, Singapore time, for events of Thursday 27 Feb in Washington.",
  titleInferred: "Trump says minerals deal is the security guarantee Ukraine needs, brushing aside Starmer's plea for a US commitment",
  titleBasis: 'written for the graph, a description of the text; the text prints no headline',
  published: date('2025-02-28'),
  publishedPrecision: 'day',
  publishedBasis: 'dateline',
  dateSource: "The text's own line ' date 2025-02-28'. Consistent with the content: 'President Donald Trump said on Thursday (Feb 27)' is reported in the past tense and Zelenskiy 'is expected to be in Washington on Friday'.",
  status: 'published',
  file: 'seeds/002_12acf4030be661a4.txt'
};

// seeds/003_0916fcbffa79c379.txt
MERGE (n:Article {id: '003_0916fcbffa79c379'})
SET n += {
  name: 'Untitled article 003 (dateline 27 Feb 2025)',
  outlet: 'Fox News Digital',
  outletBasis: "printed in the text: 'In response to questions by Fox News Digital over the European Union’s position...' names the outlet putting the questions.",
  titleInferred: 'Zelenskyy set to meet Trump on Friday over a minerals deal as Europe and Putin watch',
  titleBasis: 'written for the graph, a description of the text; the text prints no headline',
  published: date('2025-02-27'),
  publishedPrecision: 'day',
  publishedBasis: 'dateline',
  dateSource: "The text's own line ' date 2025-02-27'. Consistent with the content: Zelenskyy 'on Friday is set to meet with President Donald Trump' (28 Feb) and 'Trump on Wednesday told reporters' (26 Feb).",
  status: 'published',
  file: 'seeds/003_0916fcbffa79c379.txt'
};

// seeds/004_0a46b6fd182fb916.txt
MERGE (n:Article {id: '004_0a46b6fd182fb916'})
SET n += {
  name: 'Untitled article 004 (13 Feb 2025, date from outside the articles)',
  outletInferred: 'Daily Express (express.co.uk)',
  outletBasis: "inferred, not stated: Express website furniture ('READ MORE', 'Don't miss...', 'Take our poll ... [POLL]', '[WORLD]', '[LATEST]' cross-links) and British tabloid style ('$500bn (£399bn)', 'Mr Bessent').",
  titleInferred: 'US will offer Ukraine a "security shield" in exchange for rare minerals, says Treasury Secretary Bessent',
  titleBasis: 'written for the graph, a description of the text; the text prints no headline',
  published: date('2025-02-13'),
  publishedPrecision: 'day',
  publishedBasis: 'external',
  publishedSourceNote: 'Not in the text, which gives no calendar day. The public record (news reports of Wednesday 12 Feb 2025 on Treasury Secretary Bessent\'s visit to Kyiv and on Defense Secretary Hegseth\'s remarks in Brussels that Ukraine\'s defence must be backed by capable European and non-European troops) dates both events 004 describes; its "yesterday" then makes it 13 Feb 2025. See dateSource.',
  dateSource: "From content plus the public record; the text has no date line. Inside the text: Bessent is 'the first Trump cabinet member to visit Ukraine since the January 20 presidential inauguration' (so after 20 Jan 2025), the story is told 'during Mr Bessent's visit to Kyiv', Zelensky 'hoped to reach a ceasefire agreement with Moscow later this week', and 'Defense Secretary Pete Hegseth told a NATO summit yesterday' that Ukraine's defence 'must be backed by capable European and non-European troops'. The text gives no calendar day for either event. The public record (not the five articles) dates Bessent's Kyiv visit and Hegseth's Brussels remarks with those words to Wednesday 12 Feb 2025, so 'yesterday' makes the article 13 Feb 2025. This is the one date in the manifest that leans on outside sources.",
  status: 'published',
  file: 'seeds/004_0a46b6fd182fb916.txt'
};

// A database seeded before v2 carries `title` and `outlet` that the texts do not print: drop them.
MATCH (n:Article) WHERE n.id IN ['000_8cf2afdfe91eb5b9', '001_b0f79eaa7c64fdbc', '002_12acf4030be661a4', '004_0a46b6fd182fb916']
REMOVE n.title, n.outlet;
MATCH (n:Article {id: '003_0916fcbffa79c379'})
REMOVE n.title, n.outletInferred;
