// Articles written for the intake tests (no seed says this): a plain text with the characters intake must
// keep or normalise, and an HTML page with the metadata the extractor offers as suggestions.

/** Curly quotes, an em dash, a tab, an emoji and trailing spaces stay; CRLF/CR and U+00A0 do not. */
export const RAW_TEXT =
  'OSLO \u2014 Norway\u2019s energy minister, Ingrid Halvorsen, met Ukrainian officials on Tuesday.\r\n\r\n' +
  '\u201cWe agreed on\u00a0more gas,\u201d she said.\tExports rose 5% to $2bn. \u{1F600}  \r' +
  'Talks resume in April (intake test fixture 7f3a).';

export const NORMALISED_TEXT =
  'OSLO \u2014 Norway\u2019s energy minister, Ingrid Halvorsen, met Ukrainian officials on Tuesday.\n\n' +
  '\u201cWe agreed on more gas,\u201d she said.\tExports rose 5% to $2bn. \u{1F600}  \n' +
  'Talks resume in April (intake test fixture 7f3a).';

export const PAGE_HTML = `<!doctype html>
<html lang="en"><head>
<title>Halvorsen and Kyiv agree winter gas plan | Fjord Courier</title>
<meta property="og:site_name" content="Fjord Courier">
<meta name="author" content="Per Lund">
<meta property="article:published_time" content="2025-03-04T09:15:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Halvorsen and Kyiv agree winter gas plan</h1>
<p>OSLO &mdash; Norway's energy minister Ingrid Halvorsen and Ukrainian officials agreed on
   Monday to a plan for   winter gas deliveries, the ministry said.</p>
<p>&ldquo;This is a start,&rdquo; Halvorsen told reporters in Oslo. The plan covers 300,000 tonnes of
   liquefied gas worth about $500bn over ten years, according to the ministry's figures.</p>
<p>Officials said talks on a second phase would begin later this month (html fixture 9c21).</p>
</article>
<footer>&copy; Fjord Courier</footer>
<script>document.title = 'changed';</script>
</body></html>`;

export const PAGE_TEXT = [
  "OSLO \u2014 Norway's energy minister Ingrid Halvorsen and Ukrainian officials agreed on Monday to a plan for winter gas deliveries, the ministry said.",
  "\u201cThis is a start,\u201d Halvorsen told reporters in Oslo. The plan covers 300,000 tonnes of liquefied gas worth about $500bn over ten years, according to the ministry's figures.",
  'Officials said talks on a second phase would begin later this month (html fixture 9c21).',
].join('\n\n');
