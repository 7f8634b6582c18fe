// The Explorer as an analyst reads it, in headless Chromium on the seed graph: citations that say what is known,
// a status-aware who met whom, counts that follow filters, menus and history, the console, an accessibility
// check, and the layout at 1366×768, 1920×1080 and 390×844 (with screenshots of each).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metStyle } from '../../client/meetings/met-style.ts';
import { browserAvailable, launchChromium, openPage } from '../support/browser.ts';
import { buildClientOnce } from '../support/client-build.ts';
import { runningQueries } from '../support/running-queries.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'test-results', 'screenshots');
const axePath = join(root, 'node_modules', 'axe-core', 'axe.min.js');
const hasBrowser = browserAvailable();
const WAIT = { timeout: 15_000 };
const ALL_STATUSES = 'held,scheduled,proposed,cancelled';

const fold = (text: string): string =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** What axe-core's script defines on the page once injected. */
interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}
declare global {
  interface Window {
    axe?: { run(context: Document): Promise<AxeResult> };
  }
}

interface MetEdge {
  key: string;
  properties: Record<string, unknown>;
}

describe.skipIf(!hasBrowser)('Explorer for analysts in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${app.url}${path}`)).json()) as T;
  const settled = (on: Page = page) => on.evaluate(() => window.__actorgraph?.settled());
  const shot = (on: Page, name: string) => on.screenshot({ path: join(shots, `${name}.png`) });
  const visibleNodes = (on: Page = page) =>
    on.evaluate(() => {
      const hook = window.__actorgraph;
      const labels = [...document.querySelectorAll<HTMLInputElement>('.legend input')].map(
        (box) => box.dataset.label ?? '',
      );
      const nodes = labels.flatMap((label) => hook?.nodesWhere(label) ?? []);
      return nodes.filter((node) => !hook?.isHidden(node.key)).length;
    });
  const captionCounts = async (on: Page = page): Promise<number[]> =>
    ((await on.locator('#view-counts').textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
  const meetingWith = async (a: string, b: string) => {
    const { meetings } = await api<{
      meetings: { key: string; name: string; participants: { key: string }[] }[];
    }>(`/api/meetings?participant=${a}`);
    const found = meetings.find((m) => m.participants.some((p) => p.key === b));
    if (!found) throw new Error(`no meeting of ${a} and ${b} in the seed graph`);
    return found;
  };

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    await buildClientOnce();
    app = await startTestApp();
    browser = await launchChromium();
    ({ page, problems } = await openPage(browser, app.url));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens on actors and meetings, with counts that follow every filter and a legend of what is in the view', async () => {
    const statements = await page.evaluate(() => window.__actorgraph?.nodesWhere('Statement') ?? []);
    expect(statements.length, 'the seed graph has statements').toBeGreaterThan(0);
    const hidden = () =>
      page.evaluate(
        (keys) => keys.every((key) => window.__actorgraph?.isHidden(key)),
        statements.map((s) => s.key),
      );
    expect(await hidden()).toBe(true);
    // Each meeting status says how many loaded meetings have it: the seed has none cancelled, which reads 0.
    const meetings = await api<{ meetings: { status: string | null }[] }>(
      '/api/meetings?status=held,scheduled,proposed,cancelled&limit=200',
    );
    const statusCount = (status: string) => meetings.meetings.filter((m) => m.status === status).length;
    expect(statusCount('cancelled'), 'the seed has no cancelled meeting').toBe(0);
    for (const status of ['held', 'scheduled', 'proposed', 'cancelled']) {
      const item = page.locator('li', { has: page.locator(`input[data-status="${status}"]`) });
      await expect.poll(() => item.locator('.count').textContent(), WAIT).toBe(String(statusCount(status)));
      expect(await item.getAttribute('class'), status).toBe(statusCount(status) === 0 ? 'none' : null);
    }
    // The legend lists the labels of the graph on screen, with their counts there, and nothing else.
    const legend = await page.locator('.legend li').evaluateAll((items) =>
      items.map((li) => ({
        label: li.querySelector('input')?.getAttribute('data-label') ?? '',
        count: Number(li.querySelector('.count')?.textContent),
      })),
    );
    for (const { label, count } of legend) {
      expect(await page.evaluate((l) => window.__actorgraph?.nodesWhere(l).length, label)).toBe(count);
    }
    const total = await page.evaluate(() => window.__actorgraph?.nodeCount());
    expect(legend.reduce((sum, entry) => sum + entry.count, 0)).toBe(total);
    // "showing X of Y nodes": X is what is drawn, Y what the view holds.
    const [shown, all] = await captionCounts();
    expect(all).toBe(total);
    expect(shown).toBe(await visibleNodes());
    expect(shown).toBeLessThan(total ?? 0);
    await shot(page, 'first-view-1366');

    // Hiding people: the count follows, and the camera frames what is left.
    const people = await page.evaluate(() => window.__actorgraph?.nodesWhere('Person').length ?? 0);
    await settled();
    const before = await page.evaluate(() => window.__actorgraph?.camera());
    await page.locator('#legend-Person').uncheck();
    await expect.poll(async () => (await captionCounts())[0], WAIT).toBe((shown ?? 0) - people);
    expect((await captionCounts())[0]).toBe(await visibleNodes());
    await settled();
    expect(await page.evaluate(() => window.__actorgraph?.camera())).not.toEqual(before);
    await page.locator('#legend-Person').check();

    // One click brings statements and claims in, and one takes them out again.
    await page.click('#toggle-sentences');
    await expect.poll(hidden, WAIT).toBe(false);
    expect((await captionCounts())[0]).toBe(await visibleNodes());
    expect(await page.locator('#toggle-sentences').textContent()).toMatch(/Hide/);
    expect(page.url()).toContain('hideLabels=');
    await page.click('#toggle-sentences');
    await expect.poll(hidden, WAIT).toBe(true);
  });

  it('citations mark what is stated, inferred or external, count sources and outlets, and open the article at the quote', async () => {
    const meeting = await meetingWith('Person:donald-trump', 'Person:keir-starmer');
    await page.goto(`${app.url}/?node=${encodeURIComponent(meeting.key)}`);
    await page.evaluate(() => window.__actorgraph?.ready);
    await expect.poll(() => page.locator('#details-title').textContent(), WAIT).toBe(meeting.name);
    const details = await api<{
      sourceCount?: number;
      evidence: { article: { id: string; outlet: string | null; outletInferred: string | null } }[];
    }>(`/api/nodes/${encodeURIComponent(meeting.key)}`);
    const articles = new Set(details.evidence.map((item) => item.article.id));
    const outlets = new Set(
      details.evidence.map((item) => (item.article.outlet ?? item.article.outletInferred)?.toLowerCase()),
    );
    const n = details.sourceCount ?? articles.size;
    expect(await page.locator('#details .sources-summary').first().textContent()).toBe(
      `${n} source${n === 1 ? '' : 's'} (${outlets.size} outlet${outlets.size === 1 ? '' : 's'})`,
    );
    // Every title, outlet and date carries its mark, each with the basis on hover.
    const first = page.locator('#details .evidence li').first();
    const marks = await first
      .locator('.article .source-mark')
      .evaluateAll((spans) =>
        spans.map((span) => ({ kind: span.textContent, why: span.getAttribute('title') ?? '' })),
      );
    expect(marks.length).toBe(3);
    for (const mark of marks) {
      expect(['stated', 'inferred', 'external']).toContain(mark.kind);
      expect(mark.why.length).toBeGreaterThan(10);
    }
    // The seed articles print no outlet: it is inferred.
    expect(await first.locator('.meta .source-mark').first().textContent()).toBe('inferred');

    // The citation opens the whole article, scrolled to the quote, which is marked in it.
    const articleId = (await first.getAttribute('data-article')) ?? '';
    await first.locator('.cite-open').click();
    const reader = page.locator('#article-reader[open]');
    const quote = reader.locator('#reader-quote');
    await quote.waitFor(WAIT);
    const text = readFileSync(join(root, 'seeds', `${articleId}.txt`), 'utf8');
    expect(fold(text)).toContain(fold((await quote.textContent()) ?? ''));
    expect(fold((await reader.locator('.reader-text').textContent()) ?? '')).toBe(fold(text));
    const [box, mark] = await Promise.all([reader.boundingBox(), quote.boundingBox()]);
    expect(mark && box && mark.y >= box.y && mark.y + 4 <= box.y + box.height).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#article-reader[open]').count(), WAIT).toBe(0);
    await shot(page, 'citations-1366');

    // A new selection is a new history entry: Back returns to the meeting.
    await page.locator('#details .relations button.link', { hasText: 'Keir Starmer' }).first().click();
    await expect.poll(() => page.locator('#details-title').textContent(), WAIT).toBe('Keir Starmer');
    await page.goBack();
    await expect.poll(() => page.locator('#details-title').textContent(), WAIT).toBe(meeting.name);
    await page.goForward();
    await expect.poll(() => page.locator('#details-title').textContent(), WAIT).toBe('Keir Starmer');

    // A description names its sources by outlet, as buttons that open the article, not by article id.
    await page.goto(`${app.url}/?node=${encodeURIComponent('Person:volodymyr-zelenskyy')}`);
    await expect.poll(() => page.locator('#details-title').textContent(), WAIT).toBe('Volodymyr Zelenskyy');
    const refs = page.locator('#details .properties .article-ref');
    await expect.poll(() => refs.count(), WAIT).toBe(5);
    await expect.poll(() => refs.first().textContent(), WAIT).not.toBe('source');
    const description =
      (await page.locator('#details .properties tr', { hasText: 'description' }).textContent()) ?? '';
    expect(description).not.toMatch(/\(\d{3}/);
    await shot(page, 'description-sources-1366');
    await refs.first().click();
    await page.locator('#article-reader[open] .reader-text').waitFor(WAIT);
    await page.keyboard.press('Escape');
  });

  it('who met whom draws each pair by status, says "due to meet", and lists the pairs in a keyboard table', async () => {
    await page.click('[data-mode=meetings]');
    // Every status box is ticked, so the client asks for every status (the server's default leaves proposed out).
    const { graph } = await api<{ graph: { edges: unknown[] } }>(`/api/who-met-whom?status=${ALL_STATUSES}`);
    await expect
      .poll(() => page.evaluate(() => window.__actorgraph?.edgeCount()), WAIT)
      .toBe(graph.edges.length);
    const edges: MetEdge[] = await page.evaluate(() => window.__actorgraph?.edgesWhere('MET') ?? []);
    const statuses = new Set(edges.map((edge) => metStyle(edge.properties.statuses).status));
    expect(statuses.has('held')).toBe(true);
    expect(statuses.size, 'the seed graph has scheduled or proposed pairs').toBeGreaterThan(1);
    for (const edge of edges) {
      const drawn = await page.evaluate((key) => window.__actorgraph?.edgeDisplay(key), edge.key);
      expect(drawn?.color, edge.key).toBe(metStyle(edge.properties.statuses).color);
      expect(drawn?.label).toMatch(/\d+ meetings? .*\d+ sources?/);
    }
    expect(await page.locator('#view-name').textContent()).toBe('Who met or was due to meet whom');
    for (const status of statuses) {
      await expect.poll(() => page.locator(`#met-legend li[data-status=${status}]`).isVisible()).toBe(true);
    }
    // The table lists every pair; a pair's button is reached and pressed from the keyboard.
    const rows = page.locator('#pairs-table tbody tr');
    await expect.poll(() => rows.count(), WAIT).toBe(edges.length);
    await settled();
    await shot(page, 'who-met-whom-1366');
    await rows.first().locator('button').focus();
    await page.keyboard.press('Enter');
    await page.locator('#details .pair-meetings .meeting').first().waitFor(WAIT);
    await page.locator('#details button.close').click();

    // Only held meetings: the view says "who met whom" and every line is a held one.
    await page.locator('#status-scheduled').uncheck();
    await page.locator('#status-proposed').uncheck();
    await expect.poll(() => page.locator('#view-name').textContent(), WAIT).toBe('Who met whom');
    await expect
      .poll(async () => {
        const now: MetEdge[] = await page.evaluate(() => window.__actorgraph?.edgesWhere('MET') ?? []);
        return now.length > 0 && now.every((edge) => metStyle(edge.properties.statuses).status === 'held');
      }, WAIT)
      .toBe(true);
    await page.locator('#status-scheduled').check();
    await page.locator('#status-proposed').check();
    await expect
      .poll(() => page.evaluate(() => window.__actorgraph?.edgeCount()), WAIT)
      .toBe(graph.edges.length);
  });

  it('the export menu closes on Escape and on a click outside it', async () => {
    const menu = page.locator('#export-menu');
    const isOpen = () => menu.evaluate((details: HTMLDetailsElement) => details.open);
    await page.click('#export-menu summary');
    expect(await isOpen()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen()).toBe(false);
    await page.click('#export-menu summary');
    expect(await isOpen()).toBe(true);
    await page.locator('#sidebar').click({ position: { x: 5, y: 5 } });
    expect(await isOpen()).toBe(false);
  });

  it('the console opens empty with a placeholder and tells the time a query took', async () => {
    await page.click('#console-toggle');
    const editor = page.locator('#cypher-editor .cm-content');
    // The console's code arrives on this first opening (its own chunk): wait for the editor before counting.
    await editor.waitFor(WAIT);
    // CodeMirror draws its placeholder only while the document is empty: no query is preloaded.
    expect(await page.locator('#cypher-editor .cm-placeholder').count()).toBe(1);
    expect(await page.locator('#cypher-editor .cm-line').count()).toBe(1);
    await editor.click();
    await page.keyboard.type('MATCH (p:Person) RETURN p.name AS name LIMIT 3');
    await page.click('#cypher-run');
    await expect
      .poll(() => page.locator('#cypher-summary').textContent(), WAIT)
      .toMatch(/\d+\.\d s with the round trip/);
    await shot(page, 'console-1366');
    await page.click('#console-toggle');
  });

  it('the console marks warnings and errors where they are, cancels a slow query, and downloads its table', async () => {
    await page.click('#console-toggle');
    const editor = page.locator('#cypher-editor .cm-content');
    const run = async (query: string): Promise<void> => {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(query);
      await page.click('#cypher-run');
    };
    await run('MATCH (n:Persn) RETURN n');
    const warning = page.locator('.cypher-notification[data-code$="UnknownLabelWarning"]');
    await warning.waitFor(WAIT);
    expect(await warning.textContent()).toMatch(/Warning \(line 1, column 10\).*Persn/);
    expect(await page.locator('#cypher-editor .cm-query-warning').textContent()).toBe('Persn');
    await shot(page, 'console-warning-1366');

    await run('MATCH (n:Person RETURN n');
    await page.locator('#cypher-error').waitFor(WAIT);
    expect(await page.locator('#cypher-error strong').textContent()).toContain('Error at line 1, column 17');
    expect(await page.locator('#cypher-editor .cm-query-error').textContent()).toBe('RETURN');
    await shot(page, 'console-error-1366');
    // The mark belongs to the text that was run: an edit takes it away.
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    expect(await page.locator('#cypher-editor .cm-query-error').count()).toBe(0);

    const marker = `slow-${Date.now()}`;
    await run(`UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n // ${marker}`);
    const running = () => runningQueries(app.driver, app.config.neo4j.database, marker);
    await expect.poll(running, WAIT).toBe(1);
    await expect
      .poll(() => page.locator('#cypher-elapsed').textContent(), WAIT)
      .toMatch(/Running… \d+\.\d s/);
    await page.click('#cypher-cancel');
    expect(await page.locator('#cypher-cancelled').textContent()).toMatch(/Cancelled after \d+\.\d s/);
    expect(await page.locator('#cypher-cancel').isHidden()).toBe(true);
    await expect.poll(running, { timeout: 5_000 }).toBe(0);

    await run("MATCH (p:Person) RETURN p.name AS name, '=1+1' AS formula, 2 AS n ORDER BY name LIMIT 2");
    await page.locator('#cypher-download-csv').waitFor(WAIT);
    const saved = async (button: string): Promise<{ name: string; text: string }> => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    };
    const csv = await saved('#cypher-download-csv');
    expect(csv.name).toMatch(/^actorgraph-cypher-results-.*\.csv$/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFname,formula,n');
    expect(lines[1]).toMatch(/^[^,]+,'=1\+1,2$/);
    expect(lines).toHaveLength(4);
    const json = await saved('#cypher-download-json');
    expect(json.name).toMatch(/\.json$/);
    const parsed = JSON.parse(json.text);
    expect(parsed.columns).toEqual(['name', 'formula', 'n']);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.rows[0]).toMatchObject({ formula: '=1+1', n: 2 });
    await page.click('#console-toggle');
  });

  it('a keyboard user selects nodes and relations through "Nodes in view", and opens a pair\'s meetings', async () => {
    await page.click('[data-mode=network]');

    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return {
          id: active?.id ?? '',
          list: active?.closest('[role=listbox]')?.id ?? '',
          text: active?.textContent,
        };
      });
    // From the top of the page (the first skip link), the second skip link leads to the list.
    await page.locator('.skip-link').first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('nodes-in-view-filter');
    await page.keyboard.type('macr');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatchObject({
      list: 'nodes-in-view',
      text: expect.stringContaining('Emmanuel Macron'),
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent(), WAIT).toBe('Emmanuel Macron');
    expect(await page.locator('#nodes-in-view [aria-selected=true]').textContent()).toContain(
      'Emmanuel Macron',
    );
    // The console, opened and made as tall as it goes (Home on its resize bar), leaves the selection in sight.
    const macron = (await page.locator('#nodes-in-view [aria-selected=true]').getAttribute('data-key')) ?? '';
    await page.click('#console-toggle');
    await page.locator('#console-resizer').focus();
    await page.keyboard.press('Home');
    expect(await page.locator('#console-resizer').getAttribute('aria-valuenow')).toBe('75');
    await settled();
    const consoleTop = (await page.locator('#console').boundingBox())?.y ?? 0;
    const graphBox = await page.locator('#graph').boundingBox();
    expect((graphBox?.y ?? 0) + (graphBox?.height ?? 0)).toBeLessThanOrEqual(consoleTop + 1);
    const shown = await page.evaluate((key) => window.__actorgraph?.positionOf(key), macron);
    expect(shown?.y).toBeGreaterThan(graphBox?.y ?? 0);
    expect(shown?.y).toBeLessThan(consoleTop);
    await page.keyboard.press('End');
    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowUp');
    expect(await page.locator('#console-resizer').getAttribute('aria-valuenow')).toBe('40');
    await page.click('#console-toggle');
    // Arrows and type-ahead move within the list; Tab goes on to the selected node's relations.
    await page.keyboard.press('Backspace');
    await page.fill('#nodes-in-view-filter', '');
    await page.locator('#nodes-in-view [aria-selected=true]').focus();
    await page.keyboard.press('ArrowDown');
    expect((await focused()).text).not.toContain('Emmanuel Macron');
    await page.keyboard.type('donald');
    expect((await focused()).text).toContain('Donald Trump');
    await page.keyboard.press('Tab');
    const relation = await focused();
    expect(relation.list).toBe('relations-in-view');
    await page.keyboard.press('Enter');
    expect(await page.locator('#relations-in-view [aria-selected=true]').textContent()).toBe(relation.text);

    // Who met whom: a person, then the pair, from the keyboard alone.
    await page.locator('[data-mode=meetings]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#pairs-table').waitFor(WAIT);
    await page.locator('#nodes-in-view-filter').focus();
    await page.keyboard.type('macron');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent(), WAIT).toBe('Emmanuel Macron');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({
      list: 'relations-in-view',
      text: expect.stringContaining('met Donald Trump'),
    });
    await page.keyboard.press('Enter');
    await page.locator('#details .pair-meetings .meeting').first().waitFor(WAIT);
    await settled();
    await shot(page, 'keyboard-pair-1366');
    await page.fill('#nodes-in-view-filter', '');
    await page.click('[data-mode=network]');
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    await page.click('[data-mode=network]');
    // Evaluated through the driver: the page's CSP (script-src 'self') rightly refuses an injected inline script.
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await page.evaluate(async () => {
      const result = await window.axe?.run(document);
      if (!result) return ['axe-core did not load'];
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('at 1920×1080 the views fill the screen', async () => {
    const wide = await openPage(browser, app.url, { width: 1920, height: 1080 });
    await settled(wide.page);
    await shot(wide.page, 'network-1920');
    await wide.page.click('[data-mode=meetings]');
    await wide.page.locator('#pairs-table').waitFor(WAIT);
    await settled(wide.page);
    await shot(wide.page, 'who-met-whom-1920');
    expect(wide.problems).toEqual([]);
    await wide.page.context().close();
  });

  it('on a phone (390×844) the layout stacks: no sideways scroll, a visible graph, a usable search', async () => {
    const phone = await openPage(browser, app.url, { width: 390, height: 844 });
    const p = phone.page;
    const noSideways = () =>
      p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    expect(await noSideways()).toBe(true);
    const graphBox = await p.locator('#graph').boundingBox();
    expect(graphBox?.width).toBeGreaterThan(350);
    expect(graphBox?.height).toBeGreaterThan(250);
    const canvas = await p.locator('#graph canvas').first().boundingBox();
    expect(canvas?.width).toBeGreaterThan(350);
    const search = await p.locator('#search-input').boundingBox();
    expect(search?.width).toBeGreaterThan(250);
    await settled(p);
    await shot(p, 'network-390');
    await p.fill('#search-input', 'Zelensky');
    await p.locator('#search .suggestions [role=option]').first().waitFor(WAIT);
    await p.keyboard.press('Enter');
    await expect.poll(() => p.locator('#details-title').textContent(), WAIT).toBe('Volodymyr Zelenskyy');
    // The choice's details take the focus, so a keyboard or screen-reader user lands on them.
    await expect.poll(() => p.evaluate(() => document.activeElement?.id), WAIT).toBe('details');
    expect(await noSideways()).toBe(true);
    await settled(p);
    await shot(p, 'details-390');
    await p.click('[data-mode=meetings]');
    await p.locator('#pairs-table').waitFor(WAIT);
    expect(await noSideways()).toBe(true);
    await settled(p);
    await shot(p, 'who-met-whom-390');
    expect(phone.problems).toEqual([]);
    await p.context().close();
  });

  it('logs no errors in the console', () => {
    expect(problems).toEqual([]);
  });
});
