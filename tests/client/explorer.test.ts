// The Explorer in headless Chromium against the real API and seed graph: render, search, sources, time,
// Cypher, refusals and exports, with a screenshot of every main view.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium, openPage } from '../support/browser.ts';
import { buildClientOnce } from '../support/client-build.ts';
import { gexfSchema } from '../support/shared-dir.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { decodePng } from './png-check.ts';

const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'test-results', 'screenshots');
const downloads = join(root, 'test-results', 'downloads');
const hasBrowser = browserAvailable();
/** The API and software WebGL are slow on a loaded machine: polls wait this long. */
const WAIT = { timeout: 15_000 };

const fold = (text: string): string =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

describe.skipIf(!hasBrowser)('Explorer client in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let failedRequests: string[];

  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`) });
  /** Waits until no layout runs and the camera is still, so positions read now are where things are drawn. */
  const settled = () => page.evaluate(() => window.__actorgraph?.settled());
  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${app.url}${path}`)).json()) as T;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    mkdirSync(downloads, { recursive: true });
    await buildClientOnce();
    app = await startTestApp();
    browser = await launchChromium();
    ({ page, problems, failedRequests } = await openPage(browser, app.url));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('draws the seed graph: as many nodes as the API sends', async () => {
    const overview = await api<{ nodes: unknown[] }>('/api/graph/overview');
    const count = await page.evaluate(() => window.__actorgraph?.nodeCount());
    expect(overview.nodes.length).toBeGreaterThan(20);
    expect(count).toBe(overview.nodes.length);
    expect(await page.locator('.legend li').count()).toBeGreaterThan(3);
    await shot('network');
  });

  it('finds Volodymyr Zelenskyy when searching "Zelensky", and shows his details', async () => {
    await page.fill('#search-input', 'Zelensky');
    const option = page.locator('#search .suggestions [role=option]', { hasText: 'Volodymyr Zelenskyy' });
    await option.first().waitFor();
    await shot('search');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent(), WAIT).toBe('Volodymyr Zelenskyy');
    await settled();
    await shot('search-selected');
  });

  it('clicking the Trump–Starmer meeting shows a verbatim quote from its article', async () => {
    const meetings = await api<{
      meetings: { key: string; name: string; participants: { key: string }[] }[];
    }>('/api/meetings?participant=Person:donald-trump');
    const meeting = meetings.meetings.find((m) => m.participants.some((p) => p.key.includes('starmer')));
    expect(meeting, 'a meeting of Trump and Starmer in the seed graph').toBeDefined();
    const key = meeting?.key ?? '';
    // Clear the selection, then click the meeting where it is drawn on the canvas.
    await page.locator('#graph').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#details-title').count(), WAIT).toBe(0);
    // Frame the whole graph again: the search above zoomed in on Zelenskyy, leaving the meeting off-screen.
    await page.keyboard.press('0');
    await settled();
    const at = await page.evaluate((k) => window.__actorgraph?.positionOf(k), key);
    expect(at).toBeTruthy();
    await page.mouse.click(at?.x ?? 0, at?.y ?? 0);
    await expect.poll(() => page.locator('#details-title').textContent(), WAIT).toBe(meeting?.name);
    const quote = await page.locator('#details .evidence .quote mark').first().textContent();
    const articleId = await page.locator('#details .evidence li').first().getAttribute('data-article');
    const text = readFileSync(join(root, 'seeds', `${articleId}.txt`), 'utf8');
    expect(quote?.length).toBeGreaterThan(20);
    expect(fold(text)).toContain(fold(quote ?? ''));
    // A title the article does not print is marked as inferred, with how it was inferred on hover.
    const details = await api<{
      evidence: { article: { id: string; title: string | null; titleBasis: string } }[];
    }>(`/api/nodes/${encodeURIComponent(key)}`);
    const cited = details.evidence.find((item) => item.article.id === articleId)?.article;
    expect(cited?.title, 'the seed articles print no headline').toBeNull();
    const mark = page.locator(`#details .evidence li[data-article="${articleId}"] cite .source-mark`).first();
    expect(await mark.textContent()).toBe('inferred');
    expect(await mark.getAttribute('title')).toBe(cited?.titleBasis);
    // Once the article's text has arrived, the quote is shown within its surrounding sentences.
    const inContext = page.locator('#details .evidence .quote.in-context').first();
    await inContext.waitFor(WAIT);
    const surrounding = (await inContext.textContent()) ?? '';
    expect(surrounding.length).toBeGreaterThan((quote ?? '').length + 40);
    for (const part of surrounding.split('…').filter((piece) => piece.trim().length > 0)) {
      expect(fold(text)).toContain(fold(part));
    }
    await shot('details-meeting');
  });

  it('the time window: fitted to the dense dates, typed, by range overlap on every fact, played by day', async () => {
    const day = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    const dateOf = (dayNumber: number) => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
    // The 2008 summit (and the 2014 and 2022 invasions) are set apart: the slider starts in 2025.
    const sliderStart = async () => dateOf(Number(await page.locator('#time-from').getAttribute('min')));
    expect(await sliderStart()).toMatch(/^2025-/);
    expect(await page.locator('#time-earlier').textContent()).toMatch(/earlier: [1-9]/);
    await page.click('#time-earlier');
    await expect.poll(sliderStart, WAIT).toBe('2008-01-01');
    await page.click('#time-earlier');
    await expect.poll(sliderStart, WAIT).toMatch(/^2025-/);
    expect(await page.locator('#time-histogram .bar:not(.empty)').count()).toBeGreaterThan(3);

    // Typed dates: a fact is kept when its range [dateFrom, dateTo] overlaps the window, whatever its label.
    await page.fill('#time-from-date', '2025-02-20');
    await page.fill('#time-to-date', '2025-02-28');
    const facts = await page.evaluate(() =>
      ['Meeting', 'Event'].flatMap((label) => window.__actorgraph?.nodesWhere(label) ?? []),
    );
    const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '');
    const overlaps = (p: Record<string, unknown>) =>
      text(p.dateFrom) !== '' && text(p.dateFrom) <= '2025-02-28' && text(p.dateTo) >= '2025-02-20';
    const startsBefore = facts.filter(
      (f) => overlaps(f.properties) && text(f.properties.date) < '2025-02-20',
    );
    expect(
      startsBefore.map((f) => f.properties.datePrecision),
      'the week-dated meeting',
    ).toContain('week');
    expect(facts.some((f) => f.properties.date && !overlaps(f.properties))).toBe(true);
    const keys = facts.map((f) => f.key);
    const hiddenNow = () => page.evaluate((ks) => ks.map((key) => window.__actorgraph?.isHidden(key)), keys);
    await expect.poll(hiddenNow, WAIT).toEqual(facts.map((f) => !overlaps(f.properties)));
    expect(page.url()).toContain('from=2025-02-20');
    expect(page.url()).toContain('to=2025-02-28');
    expect(await page.locator('#time-readout').textContent()).toBe('2025-02-20 – 2025-02-28');
    await shot('time-window');

    // Play steps by a day over a range of weeks.
    await page.click('#time-reset');
    await page.click('#time-play');
    const fromValue = () => page.locator('#time-from-date').inputValue();
    await expect.poll(fromValue, WAIT).not.toBe('');
    const first = await fromValue();
    await expect.poll(fromValue, WAIT).not.toBe(first);
    const second = await fromValue();
    await page.click('#time-play');
    expect(day(second) - day(first)).toBe(1);
    await page.click('#time-reset');
    await expect.poll(() => page.url(), WAIT).not.toContain('from=');
  });

  it('runs a Cypher query: results as graph and as table', async () => {
    await page.click('#console-toggle');
    await page.locator('#cypher-editor .cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(
      "MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) WHERE p.id = 'donald-trump' RETURN p, r, m",
    );
    await page.click('#cypher-run');
    await page.locator('#cypher-table tbody tr').first().waitFor();
    const rows = await page.locator('#cypher-table tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await page.locator('#cypher-table thead th').allTextContents()).toEqual(['p', 'r', 'm']);
    expect(await page.evaluate(() => window.__actorgraph?.hasNode('Person:donald-trump'))).toBe(true);
    await shot('cypher-results');
  });

  it('shows the server refusing a write query', async () => {
    await page.locator('#cypher-editor .cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type("CREATE (n:Person {id: 'intruder', name: 'Intruder'}) RETURN n");
    await page.click('#cypher-run');
    const error = page.locator('#cypher-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toMatch(/refused|forbidden|write/i);
    expect(await error.textContent()).toMatch(/refused/i);
    await shot('cypher-refusal');
    await page.click('#console-toggle');
  });

  it('fetches the console’s code (CodeMirror) only when it opens, says while it loads and when it cannot, and opens it for a link with a query', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const fresh = await context.newPage();
    const scripts: string[] = [];
    fresh.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.push(path);
    });
    const consoleChunk = (): string[] => scripts.filter((path) => /\/console-view-[\w-]+\.js$/.test(path));
    const chunkPattern = '**/assets/console-view-*.js';
    try {
      await fresh.goto(app.url);
      await fresh.waitForFunction(() => window.__actorgraph !== undefined, undefined, WAIT);
      await fresh.evaluate(() => window.__actorgraph?.ready);
      // The first screen runs the main script alone: neither the console nor the editor's workbench.
      expect(scripts).toEqual([expect.stringMatching(/^\/assets\/index-[\w-]+\.js$/)]);

      // Opened by its shortcut, the console says it is loading while its chunk is on its way (held here)…
      let held: Route | undefined;
      await fresh.route(chunkPattern, (route) => {
        held = route;
      });
      await fresh.keyboard.press('Control+Backquote');
      await expect.poll(() => held !== undefined, WAIT).toBe(true);
      expect(consoleChunk()).toHaveLength(1);
      expect(await fresh.locator('#console-loading [role=status]').textContent()).toBe(
        'Loading the Cypher console…',
      );
      expect(await fresh.locator('#console').isVisible()).toBe(true);
      await fresh.screenshot({ path: join(shots, 'console-loading.png') });
      // …says plainly when it cannot be fetched…
      await held?.abort('connectionfailed');
      const failure = fresh.locator('#console-load-failed [role=alert]');
      await failure.waitFor(WAIT);
      expect(fold((await failure.textContent()) ?? '')).toMatch(/^The Cypher console could not be loaded\./);
      await fresh.screenshot({ path: join(shots, 'console-load-failed.png') });
      // …and comes when tried again.
      await fresh.unroute(chunkPattern);
      await fresh.click('#console-retry');
      await fresh.locator('#cypher-editor .cm-content').waitFor(WAIT);
      expect(await fresh.locator('#console-load-failed').count()).toBe(0);
      expect(await fresh.evaluate(() => document.activeElement?.closest('#cypher-editor') !== null)).toBe(
        true,
      );
      await fresh.screenshot({ path: join(shots, 'console-opened.png') });

      // A shared link with a query opens the console with it, its result listed.
      scripts.length = 0;
      const query = "MATCH (p:Person {id: 'donald-trump'}) RETURN p.name AS name";
      await fresh.goto(`${app.url}/?q=${encodeURIComponent(query)}`);
      await fresh.locator('#cypher-table tbody td').first().waitFor(WAIT);
      expect(consoleChunk()).toHaveLength(1);
      expect(await fresh.locator('#cypher-editor .cm-content').textContent()).toBe(query);
      expect(await fresh.locator('#cypher-table tbody td').first().textContent()).toBe('Donald Trump');
    } finally {
      await context.close();
    }
  });

  it('exports the view as a PNG that decodes', async () => {
    await page.click('#export-menu summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export=png]')]);
    const path = join(downloads, 'view.png');
    await download.saveAs(path);
    const { width, height } = decodePng(readFileSync(path));
    expect(width).toBeGreaterThan(300);
    expect(height).toBeGreaterThan(300);
  });

  it('exports GEXF through the API that validates against the GEXF 1.3 schema', async () => {
    await page.click('#export-menu summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export=gexf]')]);
    const path = join(downloads, 'view.gexf');
    await download.saveAs(path);
    expect(readFileSync(path, 'utf8')).toContain('<gexf');
    execFileSync('xmllint', ['--noout', '--schema', gexfSchema, path], { stdio: 'pipe' });
  });

  /** Exports from the menu and returns the saved file's path and suggested name. */
  const exported = async (on: Page, which: string, name: string) => {
    await on.click('#export-menu summary');
    const [download] = await Promise.all([on.waitForEvent('download'), on.click(`[data-export=${which}]`)]);
    const path = join(downloads, name);
    await download.saveAs(path);
    return { path, suggested: download.suggestedFilename() };
  };
  /** The fills of the SVG's graph circles (the legend's own swatches come after `class="legend"`). */
  const nodeFills = (svg: string): Set<string> =>
    new Set(
      [...(svg.split('<g class="legend"')[0] ?? '').matchAll(/<circle [^>]*fill="(#[0-9a-f]{6})"/g)].map(
        (m) => m[1] ?? '',
      ),
    );

  it('styles nodes by a property: drawn colours, legend and SVG follow, and a reload keeps it through the URL', async () => {
    const before = readFileSync((await exported(page, 'svg', 'before-style.svg')).path, 'utf8');
    await page.selectOption('#colour-by', 'p.status');
    const key = page.locator('#colour-key[data-kind=categories]');
    await key.waitFor(WAIT);
    await settled();
    const entries = () =>
      page.locator('#colour-key li').evaluateAll((items) =>
        items.map((li) => ({
          value: li.querySelector('.value')?.textContent ?? '',
          colour: (li.querySelector('.swatch')?.getAttribute('style') ?? '').replace('background:', ''),
        })),
      );
    const legend = await entries();
    const held = legend.find((entry) => entry.value === 'held')?.colour ?? '';
    expect(legend.map((entry) => entry.value)).toEqual(expect.arrayContaining(['held', 'scheduled']));
    expect(held).toMatch(/^#[0-9a-f]{6}$/);
    // What sigma draws changed: the held meetings' colour is on the canvas now and was not before.
    expect(nodeFills(before).has(held)).toBe(false);
    const svg = readFileSync((await exported(page, 'svg', 'styled.svg')).path, 'utf8');
    expect(nodeFills(svg).has(held)).toBe(true);
    expect(svg).toContain('Colour: status');
    expect(svg).toMatch(/>held \(\d+\)</);
    expect(svg).toMatch(/actorgraph<\/text>/);
    await expect.poll(() => page.url(), WAIT).toContain('colour=p.status');
    await settled();
    await shot('styled-by-status');
    await page.reload();
    await page.waitForFunction(() => window.__actorgraph !== undefined, undefined, WAIT);
    await page.evaluate(() => window.__actorgraph?.ready);
    expect(await page.locator('#colour-by').inputValue()).toBe('p.status');
    await key.waitFor(WAIT);
    expect(await entries()).toEqual(legend);
    const again = readFileSync((await exported(page, 'svg', 'styled-reloaded.svg')).path, 'utf8');
    expect(nodeFills(again).has(held)).toBe(true);
    await page.selectOption('#colour-by', 'label');
    await expect.poll(() => page.url(), WAIT).not.toContain('colour=');
  });

  it('exports PNG at 2× with twice the pixels, caption and legend included, named with its scale', async () => {
    await settled();
    const one = await exported(page, 'png', 'view-1x.png');
    const two = await exported(page, 'png-2x', 'view-2x.png');
    expect(two.suggested).toMatch(/^actorgraph-network-2x-\d{4}-\d{2}-\d{2}-\d{4}\.png$/);
    const [a, b] = [decodePng(readFileSync(one.path)), decodePng(readFileSync(two.path))];
    expect(b.width).toBe(a.width * 2);
    expect(b.height).toBe(a.height * 2);
    // Wider than the canvas by the legend's column, taller by the caption's band.
    const canvas = await page.locator('#graph').boundingBox();
    expect(a.width).toBeGreaterThan(canvas?.width ?? 0);
    copyFileSync(one.path, join(shots, 'exported-view-1x.png'));
  });

  it('a link reproduces the view: a replace-view query, an expansion, the camera and the positions', async () => {
    const query = "MATCH (p:Person {id: 'keir-starmer'}) RETURN p";
    const start = `${app.url}/?${new URLSearchParams({ q: query, qt: 'replace', expand: 'Person:keir-starmer' })}`;
    const first = await openPage(browser, start);
    const p = first.page;
    const { graph } = await api<{ graph: { nodes: { key: string }[] } }>(
      '/api/nodes/Person:keir-starmer/neighbours?limit=40',
    );
    // The view is the query's node and its expansion alone: the overview was replaced, not merged into.
    const count = () => p.evaluate(() => window.__actorgraph?.nodeCount());
    await expect.poll(count, WAIT).toBe(graph.nodes.length);
    expect(await p.evaluate(() => window.__actorgraph?.hasNode('Person:vladimir-putin'))).toBe(
      graph.nodes.some((node) => node.key === 'Person:vladimir-putin'),
    );
    await p.evaluate(() => window.__actorgraph?.settled());
    await expect.poll(() => p.url(), WAIT).toMatch(/cam=.*pos=/);
    const framed = p.url();
    // Pan, then zoom: the link is written once, after the camera has rested at the end of the zoom.
    await p.locator('#graph').focus();
    await p.keyboard.press('ArrowLeft');
    await p.keyboard.press('+');
    await p.evaluate(() => window.__actorgraph?.settled());
    await expect.poll(() => p.url(), WAIT).not.toBe(framed);
    const link = p.url();
    expect(link.length, link).toBeLessThan(2000);
    expect(link).toContain('qt=replace');
    expect(link).toContain('expand=Person%3Akeir-starmer');
    const shown = graph.nodes.map((node) => node.key).slice(0, 5);
    const where = (on: Page) =>
      on.evaluate((keys) => keys.map((k) => window.__actorgraph?.positionOf(k)), shown);
    const sent = await where(p);
    const second = await openPage(browser, link);
    await second.page.evaluate(() => window.__actorgraph?.settled());
    expect(await second.page.evaluate(() => window.__actorgraph?.nodeCount())).toBe(graph.nodes.length);
    // Each node is where the sender saw it: the same positions seen through the same camera.
    const received = await where(second.page);
    received.forEach((at, i) => {
      expect(Math.abs((at?.x ?? 0) - (sent[i]?.x ?? 0)), shown[i]).toBeLessThan(3);
      expect(Math.abs((at?.y ?? 0) - (sent[i]?.y ?? 0)), shown[i]).toBeLessThan(3);
    });
    expect([...first.problems, ...second.problems]).toEqual([]);
    await second.page.context().close();
    await p.context().close();
  });

  it('shows who met whom, with the meetings of a pair', async () => {
    await page.click('[data-mode=meetings]');
    await expect.poll(() => page.evaluate(() => window.__actorgraph?.mode()), WAIT).toBe('meetings');
    // Only people remain once the meetings network has replaced the full one.
    await expect
      .poll(
        () =>
          page.evaluate(
            () => window.__actorgraph?.nodeCount() === window.__actorgraph?.nodesWhere('Person').length,
          ),
        WAIT,
      )
      .toBe(true);
    expect(await page.evaluate(() => window.__actorgraph?.nodeCount())).toBeGreaterThan(2);
    // Meetings without two people are said beside the pairs, not dropped: the US–Russia talks of two countries.
    const unpaired = page.locator('#unpaired-meetings');
    await expect
      .poll(() => unpaired.locator('summary').textContent(), WAIT)
      .toMatch(
        /^Not shown: 1 meeting of countries or organisations, \d+ meetings? with fewer than two people/,
      );
    expect(
      await unpaired.locator('[data-meeting="Meeting:meeting-us-russia-saudi-arabia-2025-02"]').textContent(),
    ).toMatch(/Russia, United States|United States, Russia/);
    await settled();
    await shot('who-met-whom');
    const ends = await page.evaluate(() => {
      const hook = window.__actorgraph;
      const a = hook?.positionOf('Person:donald-trump');
      const b = hook?.positionOf('Person:keir-starmer');
      return a && b ? { a, b } : null;
    });
    expect(ends).toBeTruthy();
    // Sigma finds the edge under the pointer as it moves, in a picking buffer at half resolution: the pointer
    // rests on points along the middle of the line, with a pixel either side, as a hand does, and the click
    // follows where sigma has found the edge (it turns the cursor into a pointer). One move is not always
    // enough: sigma keeps the last hovered node after the pointer left the canvas, and the first move back only
    // lets go of that node.
    const { a, b } = ends ?? { a: { x: 0, y: 0 }, b: { x: 0, y: 0 } };
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const normal = { x: (a.y - b.y) / length, y: (b.x - a.x) / length };
    const along = [0.5, 0.45, 0.55, 0.4, 0.6].flatMap((t) =>
      [0, 1, -1].map((side) => ({
        x: a.x + (b.x - a.x) * t + normal.x * side,
        y: a.y + (b.y - a.y) * t + normal.y * side,
      })),
    );
    let tried = 0;
    let at = along[0] ?? { x: 0, y: 0 };
    await expect
      .poll(async () => {
        at = along[tried % along.length] ?? at;
        tried += 1;
        await page.mouse.move(at.x, at.y);
        return page.evaluate(() => document.getElementById('graph')?.style.cursor);
      }, WAIT)
      .toBe('pointer');
    await page.mouse.click(at.x, at.y);
    const panel = page.locator('#details .pair-meetings .meeting').first();
    await panel.waitFor(WAIT);
    expect(await page.locator('#details .pair-meetings').textContent()).toContain('Starmer');
    await shot('who-met-whom-pair');
    await page.click('[data-mode=network]');
  });

  it('finds up to k shortest paths by name, with types and directions, Find on the first screen', async () => {
    // The Find button is on the first screen at 1366×768, without scrolling the sidebar.
    await page.locator('#sidebar').evaluate((sidebar) => sidebar.scrollTo(0, 0));
    const find = await page.locator('#path-find').boundingBox();
    expect(find && find.y + find.height).toBeLessThanOrEqual(768);
    const pick = async (input: string, text: string) => {
      await page.fill(input, text);
      await page.locator(`${input} ~ .suggestions [role=option]`).first().waitFor();
      await page.locator(input).press('Enter');
    };
    await pick('#path-from', 'Putin');
    await pick('#path-to', 'Starmer');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/api/paths'), WAIT),
      page.click('#path-find'),
    ]);
    // By default three paths, six hops at most, none through a statement or a claim.
    const sent = new URL(request.url()).searchParams;
    expect([sent.get('k'), sent.get('maxLength'), sent.get('avoid')]).toEqual([
      '3',
      '6',
      'Statement,ResourceClaim',
    ]);
    const items = page.locator('#path-list li');
    await expect.poll(() => items.count(), WAIT).toBe(3);
    const texts = await page
      .locator('#path-list li')
      .evaluateAll((lis) =>
        lis.map((li) =>
          `${li.querySelector('.path-text')?.textContent}${li.querySelector('.muted')?.textContent}`.trim(),
        ),
      );
    for (const text of texts) {
      expect(text).toMatch(/^Vladimir Putin( (—[A-Z_]+→|←[A-Z_]+—) [^—←]+?)+ \(\d+ hops?\)$/);
      expect(text).toContain('Keir Starmer');
      expect(text).not.toMatch(/Person:|Meeting:/);
    }
    expect(texts.join()).toMatch(/←ATTENDED— Keir Starmer/);
    await settled();
    await shot('paths');
    expect(page.url()).toContain('path=');
    // One path of three hops at most, statements allowed: the options drawer changes what is asked.
    await page.click('.path-options summary');
    await page.fill('#path-k', '1');
    await page.fill('#path-hops', '3');
    await page.uncheck('#path-avoid');
    await page.click('#path-find');
    await expect.poll(() => items.count(), WAIT).toBe(1);
    // The shortest path now runs through a statement, which the first view hides: the status says so.
    await expect
      .poll(() => page.locator('#status').textContent(), WAIT)
      .toBe('1 shortest path highlighted. 1 of their nodes is hidden by the filters.');
    expect(await page.locator('#path-options-summary').textContent()).toBe('1 path, ≤ 3 hops');
    expect(await items.first().getAttribute('data-hops')).toBe('3');
    await page.locator('#sidebar').evaluate((sidebar) => sidebar.scrollTo(0, 0));
    await shot('paths-options');
    await page.check('#path-avoid');
    await page.fill('#path-k', '3');
    await page.fill('#path-hops', '6');
    await page.click('.path-options summary');
  });

  it('double-click expands a node, and undo takes the expansion back', async () => {
    await page.keyboard.press('Escape');
    const before = await page.evaluate(() => window.__actorgraph?.nodeCount() ?? 0);
    // Ukraine is named by every article, and articles are not in the first view: expanding brings them in.
    const key = 'Country:UA';
    await page.locator('#graph').focus();
    await settled();
    const at = await page.evaluate((k) => window.__actorgraph?.positionOf(k), key);
    expect(at).toBeTruthy();
    await page.mouse.dblclick(at?.x ?? 0, at?.y ?? 0);
    // Either the neighbours arrive at once, or a dialog asks which relationship types to add.
    const dialog = page.locator('dialog.expand-dialog[open]');
    const added = page.locator('#status', { hasText: /^Added \d+ nodes/ });
    await dialog.or(added).first().waitFor(WAIT);
    if (await dialog.isVisible()) {
      await shot('expand-counts');
      await dialog.locator('#expand-MENTIONS').check();
      await dialog.locator('button.primary').click();
    }
    await added.waitFor(WAIT);
    await settled();
    await shot('expanded');
    const after = await page.evaluate(() => window.__actorgraph?.nodeCount() ?? 0);
    expect(after).toBeGreaterThan(before);
    expect(await page.evaluate(() => window.__actorgraph?.nodesWhere('Article').length)).toBeGreaterThan(0);
    await page.click('#undo-expand');
    await expect.poll(() => page.evaluate(() => window.__actorgraph?.nodeCount()), WAIT).toBe(before);
  });

  it('with minSources=2 hides single-source facts, asks who-met-whom for it, and exports the view as a CSV zip', async () => {
    // Every label shown, so what is hidden is the sources filter's doing alone.
    const link = `${app.url}/?hideLabels=&minSources=2`;
    const { page: p, problems: pageProblems } = await openPage(browser, link);
    const overview = await api<{ nodes: { key: string; attributes: { sourceCount?: number } }[] }>(
      '/api/graph/overview',
    );
    const counted = overview.nodes.filter((n) => typeof n.attributes.sourceCount === 'number');
    const single = counted.filter((n) => (n.attributes.sourceCount ?? 0) < 2).map((n) => n.key);
    const corroborated = counted.filter((n) => (n.attributes.sourceCount ?? 0) >= 2).map((n) => n.key);
    expect(single.length, 'the seed graph has single-source facts').toBeGreaterThan(0);
    expect(corroborated.length, 'the seed graph has corroborated facts').toBeGreaterThan(0);
    expect(await p.locator('#min-sources-2').isChecked()).toBe(true);
    const hiddenOf = (keys: string[]) =>
      p.evaluate((ks) => ks.filter((key) => window.__actorgraph?.isHidden(key)).length, keys);
    await expect.poll(() => hiddenOf(single), WAIT).toBe(single.length);
    expect(await hiddenOf(corroborated)).toBe(0);
    const shownCount = async () =>
      Number(((await p.locator('#view-counts').textContent()) ?? '').match(/\d+/)?.[0]);
    expect(await shownCount()).toBe(overview.nodes.length - single.length);
    await p.evaluate(() => window.__actorgraph?.settled());
    await p.screenshot({ path: join(shots, 'min-sources-2.png') });

    // The CSV export of the view is one zip of both parts, without the facts the filter hides.
    await p.click('#export-menu summary');
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('[data-export=csv]')]);
    expect(download.suggestedFilename()).toMatch(
      /^actorgraph-network-min2sources-\d{4}-\d{2}-\d{2}-\d{4}\.zip$/,
    );
    const path = join(downloads, 'view-csv.zip');
    await download.saveAs(path);
    const files = unzipSync(readFileSync(path));
    expect(Object.keys(files).sort()).toEqual(['README.md', 'nodes.csv', 'relationships.csv']);
    const nodesCsv = strFromU8(files['nodes.csv'] ?? new Uint8Array());
    const relationshipsCsv = strFromU8(files['relationships.csv'] ?? new Uint8Array());
    expect(nodesCsv).toContain(corroborated[0]);
    for (const key of single) expect(nodesCsv, key).not.toContain(`${key},`);
    expect(relationshipsCsv.split('\n').filter((line) => line.trim()).length).toBeGreaterThan(1);

    // Who met whom asks the server for corroborated meetings only, and draws what it answers.
    const [request] = await Promise.all([
      p.waitForRequest((r) => r.url().includes('/api/who-met-whom'), WAIT),
      p.click('[data-mode=meetings]'),
    ]);
    expect(new URL(request.url()).searchParams.get('minSources')).toBe('2');
    const { graph } = await api<{ graph: { edges: unknown[] } }>(
      '/api/who-met-whom?status=held,scheduled,proposed,cancelled&minSources=2',
    );
    await expect
      .poll(() => p.evaluate(() => window.__actorgraph?.edgeCount()), WAIT)
      .toBe(graph.edges.length);
    // Back to every source: the choice leaves the link and who-met-whom asks without it.
    const [again] = await Promise.all([
      p.waitForRequest((r) => r.url().includes('/api/who-met-whom'), WAIT),
      p.click('#min-sources-1'),
    ]);
    expect(new URL(again.url()).searchParams.has('minSources')).toBe(false);
    await expect.poll(() => p.url(), WAIT).not.toContain('minSources');
    expect(pageProblems).toEqual([]);
    await p.context().close();
  });

  it('a shared link reproduces filters, time range, selection and the path ends by name', async () => {
    const link = `${app.url}/?node=Person:donald-trump&hideLabels=Meeting&from=2025-02-01&to=2025-03-31&path=Person:vladimir-putin,Person:keir-starmer`;
    const second = await openPage(browser, link);
    await expect.poll(() => second.page.locator('#details-title').textContent(), WAIT).toBe('Donald Trump');
    expect(await second.page.locator('#legend-Meeting').isChecked()).toBe(false);
    expect(await second.page.locator('#time-readout').textContent()).toContain('2025-02-01');
    // The path's ends are named, not keyed, once the link is opened.
    await expect.poll(() => second.page.locator('#path-from').inputValue(), WAIT).toBe('Vladimir Putin');
    expect(await second.page.locator('#path-to').inputValue()).toBe('Keir Starmer');
    await second.page.screenshot({ path: join(shots, 'shared-link.png') });
    expect(second.problems).toEqual([]);
    await second.page.context().close();
  });

  it('large-graph mode, forced on the seed graph by ?large=on: same nodes, clickable, edges off while the layout runs', async () => {
    // The seed graph is drawn normally; the link forces the mode that graphs past 5,000 nodes get.
    expect(await page.evaluate(() => window.__actorgraph?.largeMode().on)).toBe(false);
    const large = await openPage(browser, `${app.url}/?large=on`);
    const p = large.page;
    const hook = <T>(read: () => T) => p.evaluate(read);
    // The screen reader hears at load the counts the caption shows (counted once for both). The status
    // clears itself after 6 s: what it said is kept from the poll that saw it.
    let said = '';
    await expect
      .poll(async () => {
        said = (await p.locator('#status').textContent()) ?? '';
        return said;
      }, WAIT)
      .toMatch(/^Showing \d+ of \d+ nodes, \d+ of \d+ relationships\.$/);
    expect(said).toBe(`S${(await p.locator('#view-counts').textContent())?.slice(1)}.`);
    expect(await hook(() => window.__actorgraph?.largeMode())).toMatchObject({
      on: true,
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      labelDensity: 0.25,
    });
    const overview = await api<{
      nodes: unknown[];
      edges: { key: string; attributes: { relType: string } }[];
    }>('/api/graph/overview');
    expect(await hook(() => window.__actorgraph?.nodeCount())).toBe(overview.nodes.length);
    await p.evaluate(() => window.__actorgraph?.settled());
    // Once the camera is still, the picture has its edges and labels again (frames of a move are drawn bare).
    await expect.poll(() => hook(() => window.__actorgraph?.largeMode().lastFrameBare), WAIT).toBe(false);
    await p.screenshot({ path: join(shots, 'large-mode.png') });
    // Nodes drawn as points still answer the pointer.
    const key = 'Person:donald-trump';
    const at = await p.evaluate((k) => window.__actorgraph?.positionOf(k), key);
    expect(at).toBeTruthy();
    await p.mouse.click(at?.x ?? 0, at?.y ?? 0);
    await expect.poll(() => p.locator('#details-title').textContent(), WAIT).toBe('Donald Trump');
    const edge =
      (overview.edges.find((e) => e.attributes.relType === 'ATTENDED') ?? overview.edges[0])?.key ?? '';
    const edgeHidden = () => p.evaluate((k) => window.__actorgraph?.edgeDisplay(k)?.hidden, edge);
    // Held back by their programs, not by re-reducing them: the edges keep their display data meanwhile.
    const edgesPaused = () => p.evaluate(() => window.__actorgraph?.largeMode().edgesPaused);
    expect(await edgeHidden()).toBe(false);
    expect(await edgesPaused()).toBe(false);
    await p.click('#layout-toggle');
    await expect.poll(edgesPaused, WAIT).toBe(true);
    // Its updates are paced by what they cost the page, yet the picture moves while it runs.
    const placed = () => p.evaluate((k) => window.__actorgraph?.positionOf(k), key);
    const before = await placed();
    await expect.poll(placed, WAIT).not.toEqual(before);
    await p.screenshot({ path: join(shots, 'large-mode-layout.png') });
    // Panning while the layout runs: the camera and the layout both hold edges and labels back. The layout
    // stopping mid-pan gives them back to the camera alone, which draws them once it is still.
    const bare = () => p.evaluate(() => window.__actorgraph?.largeMode().lastFrameBare);
    const canvas = await p.locator('#graph').boundingBox();
    const from = { x: (canvas?.x ?? 0) + 60, y: (canvas?.y ?? 0) + 60 };
    await p.mouse.move(from.x, from.y);
    await p.mouse.down();
    await p.mouse.move(from.x + 40, from.y + 25, { steps: 5 });
    await expect.poll(bare, WAIT).toBe(true);
    expect(await edgesPaused()).toBe(true);
    await p.screenshot({ path: join(shots, 'large-mode-layout-panning.png') });
    // A click through the DOM: the mouse stays down, so the pan goes on.
    await p.evaluate(() => document.querySelector<HTMLButtonElement>('#layout-toggle')?.click());
    await expect.poll(edgesPaused, WAIT).toBe(false);
    await p.mouse.move(from.x + 80, from.y + 50, { steps: 5 });
    await expect.poll(bare, WAIT).toBe(true);
    await p.screenshot({ path: join(shots, 'large-mode-panning.png') });
    await p.mouse.up();
    await p.evaluate(() => window.__actorgraph?.settled());
    await expect.poll(bare, WAIT).toBe(false);
    expect(await edgesPaused()).toBe(false);
    await p.screenshot({ path: join(shots, 'large-mode-after-pan.png') });
    // Started and stopped from the toolbar as usual.
    await p.click('#layout-toggle');
    await expect.poll(edgesPaused, WAIT).toBe(true);
    await p.click('#layout-toggle');
    await expect.poll(edgesPaused, WAIT).toBe(false);
    expect(await edgeHidden()).toBe(false);
    expect(large.problems).toEqual([]);
    await p.context().close();
  });

  it('a payload over the hold limit (lowered by ?hold=100 for the seed) is shown as communities, opened by a click', async () => {
    const held = await openPage(browser, `${app.url}/?hold=100`);
    const p = held.page;
    const overview = await api<{ nodes: { key: string }[] }>('/api/graph/overview');
    expect(overview.nodes.length).toBeGreaterThan(100);
    const communities = () => p.evaluate(() => window.__actorgraph?.nodesWhere('Community') ?? []);
    // Louvain runs in a web worker: the communities arrive after the page is up, from the worker's script.
    await expect.poll(async () => (await communities()).length, WAIT).toBeGreaterThan(1);
    const shown = await communities();
    const scripts = await p.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(scripts.some((name) => /louvain\.worker-[\w-]+\.js$/.test(name))).toBe(true);
    // Every node of the overview is in exactly one community.
    const members = shown.reduce((sum, c) => sum + Number(c.properties.members), 0);
    expect(members).toBe(overview.nodes.length);
    expect(await p.evaluate(() => window.__actorgraph?.nodeCount())).toBe(shown.length);
    await p.evaluate(() => window.__actorgraph?.settled());
    await p.screenshot({ path: join(shots, 'communities.png') });
    const first = shown.find((c) => c.key === 'Community:0');
    const at = await p.evaluate(() => window.__actorgraph?.positionOf('Community:0'));
    expect(at).toBeTruthy();
    await p.mouse.click(at?.x ?? 0, at?.y ?? 0);
    // Its members take its place; the other communities stay closed.
    await expect
      .poll(() => p.evaluate(() => window.__actorgraph?.nodeCount()), WAIT)
      .toBe(shown.length - 1 + Number(first?.properties.members));
    expect(await p.evaluate(() => window.__actorgraph?.hasNode('Community:0'))).toBe(false);
    expect((await communities()).length).toBe(shown.length - 1);
    await p.evaluate(() => window.__actorgraph?.settled());
    await p.screenshot({ path: join(shots, 'community-opened.png') });
    expect(held.problems).toEqual([]);
    await p.context().close();
  });

  it('logs no errors in the console, and no request failed but the refused write', () => {
    expect(problems).toEqual([]);
    expect(failedRequests.filter((request) => !request.endsWith('/api/cypher'))).toEqual([]);
  });
});
