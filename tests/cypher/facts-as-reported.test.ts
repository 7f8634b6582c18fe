// Facts as each article reports them (../shared/SCHEMA.md, Extensions v2), checked against the seeded database
// and the article texts: dates backed by the articles' own words, metadata only as printed, quotes that name
// who they are about, per-report status, attribution and attendance.
import { afterAll, describe, expect, it } from 'vitest';
import { closeTestDriver, rows } from '../support/database.ts';
import { articleNews, normalise, readArticle, readManifest } from './support/articles.ts';
import { type Direction, resolveDateText } from './support/dates.ts';
import { QUOTES_NAMING_NO_PARTICIPANT } from './support/reviewed-exceptions.ts';

const FACT_LABELS = ['Meeting', 'Event', 'Statement', 'ResourceClaim', 'Agreement'];
const manifest = readManifest();

/** Case aside, as the articles capitalise a day at the start of a sentence ("On Thursday, Trump ..."). */
function printed(text: string, words: string): boolean {
  return normalise(text).toLowerCase().includes(normalise(words).toLowerCase());
}

/** A whole-word, case-insensitive occurrence: "Russia" does not name anyone inside "Russian". */
function names(quote: string, form: string): boolean {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9])${escaped}([^A-Za-z0-9]|$)`, 'i').test(normalise(quote));
}

/** A report of something still ahead points a bare weekday forward; everything else happened already. */
function directionOf(status: string | null): Direction {
  return status === 'scheduled' || status === 'proposed' ? 'future' : 'past';
}

interface Report {
  article: string;
  published: string;
  publishedBasis: string;
  quote: string;
  status: string | null;
  dateText: string | null;
}

interface Fact {
  key: string;
  label: string;
  status: string | null;
  date: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  datePrecision: string | null;
  dateText: string | null;
  dateBasis: string | null;
  dateSourceNote: string | null;
  dateNote: string | null;
  reports: Report[];
}

async function facts(): Promise<Fact[]> {
  return rows<Fact>(
    `MATCH (f) WHERE any(label IN labels(f) WHERE label IN $labels)
     RETURN labels(f)[0] + ':' + f.id AS key, labels(f)[0] AS label, f.status AS status,
            toString(f.date) AS date, toString(f.dateFrom) AS dateFrom, toString(f.dateTo) AS dateTo,
            f.datePrecision AS datePrecision, f.dateText AS dateText, f.dateBasis AS dateBasis,
            f.dateSourceNote AS dateSourceNote, f.dateNote AS dateNote,
            [(f)-[r:REPORTED_IN]->(a:Article) | {article: a.id, published: toString(a.published),
              publishedBasis: a.publishedBasis, quote: r.quote, status: r.status, dateText: r.dateText}] AS reports
     ORDER BY key`,
    { labels: FACT_LABELS },
  );
}

afterAll(async () => {
  await closeTestDriver();
});

describe('dates as the articles give them', () => {
  it('gives every dated fact a range, a precision and a basis, and an undated one none of them', async () => {
    const all = await facts();
    expect(all.length).toBeGreaterThan(90);
    const bad = all.filter((fact) => {
      const dated = [fact.date, fact.dateFrom, fact.dateTo].filter((value) => value !== null).length;
      if (dated === 0) return fact.dateBasis !== null || fact.datePrecision !== null;
      return (
        dated !== 3 ||
        fact.date !== fact.dateFrom ||
        (fact.dateFrom ?? '') > (fact.dateTo ?? '') ||
        !['day', 'week', 'month', 'year', 'range'].includes(fact.datePrecision ?? '') ||
        (fact.datePrecision === 'day' && fact.dateFrom !== fact.dateTo) ||
        !['article', 'external'].includes(fact.dateBasis ?? '') ||
        (fact.dateBasis === 'external' && !fact.dateSourceNote) ||
        !fact.dateText ||
        fact.dateText === 'undated'
      );
    });
    expect(bad.map((fact) => fact.key)).toEqual([]);
    // The v2 rule itself: "undated" never carries a date, at the node or in a report.
    const undatedWithDate = all.filter(
      (fact) => fact.dateText === 'undated' && (fact.date ?? fact.dateFrom ?? fact.dateTo) !== null,
    );
    expect(undatedWithDate.map((fact) => fact.key)).toEqual([]);
  });

  it("backs every article-based date with a report whose words, read against its article's date, give that range", async () => {
    const dated = (await facts()).filter((fact) => fact.dateBasis === 'article');
    expect(dated.length).toBeGreaterThan(40);
    const unbacked: string[] = [];
    for (const fact of dated) {
      const backing = fact.reports.filter((report) => report.dateText === fact.dateText);
      const backs = backing.some((report) => {
        if (
          !report.dateText ||
          !printed(`${report.quote}\n${articleNews(report.article)}`, report.dateText)
        ) {
          return false;
        }
        const range = resolveDateText(report.dateText, report.published, directionOf(report.status));
        if (!range) return false;
        if (range.from === range.to && fact.datePrecision !== 'day') {
          // A single day read from words that mean a longer stretch: the range must hold it.
          return (fact.dateFrom ?? '') <= range.from && range.to <= (fact.dateTo ?? '');
        }
        return range.from === fact.dateFrom && range.to === fact.dateTo;
      });
      if (!backs) unbacked.push(`${fact.key} "${fact.dateText}" ${fact.dateFrom}..${fact.dateTo}`);
    }
    expect(unbacked).toEqual([]);
  });

  it("prints every report's date words in its article, and they fall in the fact's range", async () => {
    const wrong: string[] = [];
    for (const fact of await facts()) {
      for (const report of fact.reports) {
        if (report.dateText === null) {
          wrong.push(`${fact.key} in ${report.article}: no dateText`);
          continue;
        }
        if (report.dateText === 'undated') continue;
        if (!printed(`${report.quote}\n${articleNews(report.article)}`, report.dateText)) {
          wrong.push(`${fact.key} in ${report.article}: "${report.dateText}" is not in the article`);
          continue;
        }
        const range = resolveDateText(report.dateText, report.published, directionOf(report.status));
        if (
          !range ||
          fact.dateFrom === null ||
          range.from > (fact.dateTo ?? '') ||
          range.to < fact.dateFrom
        ) {
          wrong.push(`${fact.key} in ${report.article}: "${report.dateText}" is ${JSON.stringify(range)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('says so in dateNote when a date is counted from an article whose own date comes from outside', async () => {
    const unexplained = (await facts()).filter(
      (fact) =>
        fact.dateBasis === 'article' &&
        fact.reports.some(
          (report) => report.dateText === fact.dateText && report.publishedBasis === 'external',
        ) &&
        !/outside the articles/.test(fact.dateNote ?? ''),
    );
    expect(unexplained.map((fact) => fact.key)).toEqual([]);
  });
});

describe('article metadata', () => {
  it('prints every title and outlet in the text; anything worked out is an inferred field with its basis', async () => {
    const articles = await rows<{
      id: string;
      title: string | null;
      outlet: string | null;
      titleInferred: string | null;
      outletInferred: string | null;
      titleBasis: string | null;
      outletBasis: string | null;
      published: string;
      publishedPrecision: string;
      publishedBasis: string;
      publishedSourceNote: string | null;
      status: string;
    }>(
      `MATCH (a:Article)
       RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.titleInferred AS titleInferred,
              a.outletInferred AS outletInferred, a.titleBasis AS titleBasis, a.outletBasis AS outletBasis,
              toString(a.published) AS published, a.publishedPrecision AS publishedPrecision,
              a.publishedBasis AS publishedBasis, a.publishedSourceNote AS publishedSourceNote, a.status AS status
       ORDER BY id`,
    );
    expect(articles.map((article) => article.id)).toEqual(manifest.map((entry) => entry.id));
    for (const article of articles) {
      const text = readArticle(`seeds/${article.id}.txt`);
      for (const field of ['title', 'outlet'] as const) {
        const stated = article[field];
        const inferred = article[`${field}Inferred`];
        if (stated !== null) expect(normalise(text), `${article.id} ${field}`).toContain(normalise(stated));
        expect(
          stated !== null && inferred !== null,
          `${article.id}: both ${field} and ${field}Inferred`,
        ).toBe(false);
        if (inferred !== null) expect(article[`${field}Basis`], `${article.id} ${field}Basis`).toBeTruthy();
      }
      expect(article.status).toBe('published');
      expect(['day', 'week', 'month', 'year']).toContain(article.publishedPrecision);
      expect(['dateline', 'content', 'external']).toContain(article.publishedBasis);
      if (article.publishedBasis === 'dateline') expect(text).toContain(`date ${article.published}`);
      if (article.publishedBasis === 'external') expect(article.publishedSourceNote).toBeTruthy();
    }
    // None of the five texts prints a headline; 003 names its outlet ("questions by Fox News Digital").
    expect(articles.filter((article) => article.title !== null)).toEqual([]);
    expect(articles.filter((article) => article.outlet !== null).map((article) => article.outlet)).toEqual([
      'Fox News Digital',
    ]);
    expect(articles.find((article) => article.id === '004_0a46b6fd182fb916')?.publishedBasis).toBe(
      'external',
    );
  });
});

describe('quotes', () => {
  it('names at least one participant of its fact in every quote, or the quote is a reviewed exception', async () => {
    const reports = await rows<{ key: string; article: string; quote: string; forms: string[] }>(
      `MATCH (f)-[r:REPORTED_IN]->(a:Article) WHERE any(label IN labels(f) WHERE label IN $labels)
       CALL (f) {
         OPTIONAL MATCH (x)-[:ATTENDED|PARTICIPATED_IN|SAID|MADE|PARTY_TO]->(f)
         RETURN x
         UNION
         OPTIONAL MATCH (f)-[:MEETING_OF|ABOUT|CONCERNS|ECHOES]->(x)
         WHERE x:Person OR x:Country OR x:Organization OR x:Place OR x:Resource
         RETURN x
       }
       WITH f, r, a, collect(DISTINCT x) AS participants
       RETURN labels(f)[0] + ':' + f.id AS key, a.id AS article, r.quote AS quote,
              reduce(forms = [], x IN participants | forms + [x.name] + coalesce(x.aliases, [])) AS forms`,
      { labels: FACT_LABELS },
    );
    expect(reports.length).toBeGreaterThan(100);
    const naming = reports.filter((report) => report.forms.some((form) => names(report.quote, form)));
    const silent = reports
      .filter((report) => !naming.includes(report))
      .map((report) => `${report.key} ${report.article}`)
      .sort();
    expect(silent).toEqual(Object.keys(QUOTES_NAMING_NO_PARTICIPANT).sort());
    for (const reason of Object.values(QUOTES_NAMING_NO_PARTICIPANT))
      expect(reason.length).toBeGreaterThan(20);
  });

  it('keeps every quote on a relationship verbatim from one of its sources', async () => {
    const quoted = await rows<{ edge: string; quote: string; sources: string[] }>(
      `MATCH (a)-[r]->(b) WHERE type(r) <> 'REPORTED_IN' AND r.quote IS NOT NULL
       RETURN a.id + ' -' + type(r) + '-> ' + b.id AS edge, r.quote AS quote, r.sources AS sources`,
    );
    const unsupported = quoted.filter(
      ({ quote, sources }) =>
        !sources.some((source) => normalise(articleNews(source)).includes(normalise(quote))),
    );
    expect(unsupported).toEqual([]);
  });
});

describe('status as each article reports it', () => {
  it('gives every report of a meeting, event or agreement its status, and the fact the latest one', async () => {
    const all = (await facts()).filter((fact) => ['Meeting', 'Event', 'Agreement'].includes(fact.label));
    const wrong: string[] = [];
    for (const fact of all) {
      if (fact.reports.some((report) => !report.status)) wrong.push(`${fact.key}: a report without status`);
      const latest =
        fact.reports
          .map((report) => report.published)
          .sort()
          .at(-1) ?? '';
      const latestStatuses = new Set(
        fact.reports.filter((report) => report.published === latest).map((report) => report.status),
      );
      if (latestStatuses.size !== 1 || !latestStatuses.has(fact.status)) {
        wrong.push(`${fact.key}: status ${fact.status}, latest reports ${[...latestStatuses].join('/')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the reports of different status of the minerals deal, the latest one deciding', async () => {
    const [deal] = (await facts()).filter((fact) => fact.key === 'Agreement:agreement-us-ukraine-minerals');
    const byArticle = Object.fromEntries(
      (deal?.reports ?? []).map((report) => [report.article, report.status]),
    );
    expect(byArticle).toEqual({
      '000_8cf2afdfe91eb5b9': 'pending-signature',
      '001_b0f79eaa7c64fdbc': 'pending-signature',
      '002_12acf4030be661a4': 'pending-signature',
      '003_0916fcbffa79c379': 'pending-signature',
      '004_0a46b6fd182fb916': 'negotiating',
    });
    expect(deal?.status).toBe('pending-signature');
  });
});

describe('attribution and attendance', () => {
  it('says how each claim is attributed, and a claim only the article makes has no claimant', async () => {
    const made = await rows<{ claim: string; attribution: string | null }>(
      'MATCH ()-[m:MADE]->(c:ResourceClaim) RETURN c.id AS claim, m.attribution AS attribution',
    );
    expect(made.filter((row) => !['asserted', 'reported'].includes(row.attribution ?? ''))).toEqual([]);
    const reporterWithClaimant = await rows<{ claim: string }>(
      "MATCH ()-[:MADE]->(c:ResourceClaim {attribution: 'reporter'}) RETURN c.id AS claim",
    );
    expect(reporterWithClaimant).toEqual([]);
    const [said] = await rows<{ attribution: string }>(
      "MATCH (:Person {id: 'donald-trump'})-[m:MADE]->(:ResourceClaim {id: 'claim-trump-wants-500bn-rare-minerals'}) RETURN m.attribution AS attribution",
    );
    expect(said?.attribution).toBe('reported');
    expect(
      await rows(
        "MATCH ()-[:MADE]->(c:ResourceClaim {id: 'claim-zelenskyy-first-proposed-minerals-deal'}) RETURN c",
      ),
    ).toEqual([]);
  });

  it('says how each participant attended, and why when it is inferred', async () => {
    const attended = await rows<{
      who: string;
      meeting: string;
      attendance: string | null;
      note: string | null;
    }>(
      'MATCH (x)-[a:ATTENDED]->(m) RETURN x.id AS who, m.id AS meeting, a.attendance AS attendance, a.note AS note',
    );
    expect(
      attended.filter(
        (row) =>
          !['attended', 'due', 'invited', 'addressed', 'inferred'].includes(row.attendance ?? '') ||
          (row.attendance === 'inferred' && !row.note),
      ),
    ).toEqual([]);
    const inferred = attended
      .filter((row) => row.attendance === 'inferred')
      .map((row) => `${row.who} ${row.meeting}`)
      .sort();
    expect(inferred).toEqual([
      'jd-vance meeting-trump-starmer-2025-02-27',
      'john-healey meeting-nato-hegseth-2025-02-12',
      'volodymyr-zelenskyy meeting-bessent-zelenskyy-kyiv-2025',
    ]);
    // ATTENDED leads to meetings only; bodies that met (a cabinet, NATO) are MEETING_OF, not attendees.
    expect(
      await rows('MATCH (x)-[:ATTENDED]->(m) WHERE NOT m:Meeting OR x:Organization RETURN x, m'),
    ).toEqual([]);
  });

  it('keeps processes and ceremonies as Events, a sitting of a process PART_OF it', async () => {
    const events = await rows<{ id: string; kind: string }>(
      'MATCH (e:Event) RETURN e.id AS id, e.kind AS kind ORDER BY id',
    );
    expect(events.map((event) => event.id)).toEqual([
      'event-russian-invasion-of-ukraine-2014',
      'event-russian-invasion-of-ukraine-2022',
      'event-trump-inauguration-2025-01-20',
      'event-us-russia-talks-2025',
    ]);
    expect(await rows("MATCH (m:Meeting) WHERE m.kind IN ['inauguration'] OR m.ongoing RETURN m.id")).toEqual(
      [],
    );
    const sittings = await rows<{ id: string }>(
      "MATCH (m:Meeting)-[:PART_OF]->(:Event {id: 'event-us-russia-talks-2025'}) RETURN m.id AS id",
    );
    expect(sittings).toEqual([{ id: 'meeting-us-russia-saudi-arabia-2025-02' }]);
  });
});
