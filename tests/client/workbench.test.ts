// The editor's workbench in headless Chromium against the real server and database: a reader sees no editing
// control; an editor signs in, adds an article written for this test, links and creates mentions, records a
// meeting the seed graph already holds (Same fact) and a statement, publishes, and finds the new source in the
// evidence panel and in who met whom; a draft's new entity is nowhere in the public views before publishing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestUser, type TestUser } from '../support/accounts.ts';
import { browserAvailable, launchChromium, openPage } from '../support/browser.ts';
import { buildClientOnce } from '../support/client-build.ts';
import { resetToSeedGraph } from '../support/reset-graph.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { selectWords, seriousViolations, signInAs } from './workbench-helpers.ts';

const shots = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const WAIT = { timeout: 15_000 };
const MEETING = 'Meeting:meeting-trump-zelenskyy-2025-02-28';
const MET =
  'Donald Trump and Volodymyr Zelenskyy met at the White House on Friday, and the talks in the Oval Office ended early, aides said.';
const SAID = '"We will keep working for a just peace," Zelenskyy said in a video address on Saturday.';
const ARTICLE = [
  'WASHINGTON, 2 March 2025',
  '',
  MET,
  '',
  SAID,
  '',
  'Harrow Institute, a Geneva research group, said the minerals deal could still be signed within weeks.',
].join('\n');

describe.skipIf(!browserAvailable())("The editor's workbench in Chromium", () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let editor: TestUser;
  let reader: TestUser;
  let articleId = '';
  const shot = (name: string) => page.screenshot({ path: join(shots, `workbench-${name}.png`) });

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    await buildClientOnce();
    app = await startTestApp();
    editor = await createTestUser(app, { name: 'wb-editor', role: 'editor', password: 'editor-password-1' });
    reader = await createTestUser(app, { name: 'wb-reader', role: 'reader', password: 'reader-password-1' });
    browser = await launchChromium();
    ({ page, problems } = await openPage(browser, app.url));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await resetToSeedGraph();
  });

  it('shows no editing control to a visitor or a reader; a wrong password is said in place', async () => {
    await page.locator('#sign-in').waitFor(WAIT);
    expect(await page.locator('#add-article, #open-drafts').count()).toBe(0);
    await signInAs(page, reader.name, 'not-the-password');
    await expect.poll(() => page.locator('.account-error').textContent(), WAIT).toMatch(/wrong/i);
    await shot('sign-in-refused');
    await page.fill('#sign-in-password', reader.password ?? '');
    await page.click('#sign-in-submit');
    await expect.poll(() => page.locator('#account-name').textContent(), WAIT).toBe(reader.name);
    expect(await page.locator('#add-article, #open-drafts, #workbench').count()).toBe(0);
    await shot('reader');
    await page.click('#sign-out');
    await page.locator('#sign-in').waitFor(WAIT);
  });

  it('an editor adds an article as a draft', async () => {
    await page.click('#sign-in');
    await signInAs(page, editor.name, editor.password ?? '');
    await page.locator('#add-article').waitFor(WAIT);
    await page.click('#add-article');
    await page.fill('#wb-intake-text', ARTICLE);
    await page.fill('#wb-intake-title', 'Talks end early, aides say');
    await page.fill('#wb-intake-outlet', 'Workbench Test Wire');
    await page.fill('#wb-intake-published', '2025-03-02');
    await shot('add-article');
    await page.click('#wb-intake-submit');
    await page.locator('#wb-text .mention').first().waitFor(WAIT);
    articleId = (await page.locator('.wb-draft').getAttribute('data-article')) ?? '';
    expect(articleId).toMatch(/^art_[0-9a-f]{16}$/);
    expect(await page.locator('#wb-text').textContent()).toBe(ARTICLE);
    await shot('reading-pane');
  });

  it('a second copy of the same text answers with a link to the existing article', async () => {
    await page.click('#wb-nav-add');
    await page.fill('#wb-intake-text', ARTICLE);
    await page.click('#wb-intake-submit');
    const link = page.locator('#wb-duplicate-link');
    await link.waitFor(WAIT);
    expect(await link.getAttribute('href')).toContain(encodeURIComponent(`Article:${articleId}`));
    await shot('duplicate-article');
    await page.click('#wb-nav-drafts');
    await page.locator(`#wb-drafts li[data-article="${articleId}"] button`).click();
    await page.locator('#wb-text .mention').first().waitFor(WAIT);
  });

  it('links known names and creates a new one, which stays out of the public views until published', async () => {
    for (const [words, name] of [
      ['Donald Trump', 'Donald Trump'],
      ['Volodymyr Zelenskyy', 'Volodymyr Zelenskyy'],
      ['White House', 'White House'],
    ]) {
      await page.locator('#wb-text .mention.m-entity', { hasText: words }).first().click();
      await page.locator('#wb-panel .wb-link').first().click();
      await expect
        .poll(() => page.locator('#wb-text .mention.reviewed-link', { hasText: words }).count(), WAIT)
        .toBeGreaterThan(0);
      expect(
        await page
          .locator('#wb-text .mention.reviewed-link', { hasText: words })
          .first()
          .getAttribute('title'),
      ).toContain(name);
    }
    await page.locator('#wb-text .mention.m-entity', { hasText: 'Harrow' }).first().click();
    await shot('mention-create');
    await page.selectOption('#wb-create-label', 'Organization');
    await page.fill('#wb-create-name', 'Harrow Institute');
    await page.click('#wb-create-submit');
    await expect.poll(() => page.locator('#wb-text .mention.reviewed-create').count(), WAIT).toBe(1);
    const date = page.locator('#wb-text .mention.m-date', { hasText: 'Friday' });
    expect(await date.getAttribute('title')).toBe('Friday → Fri 28 Feb 2025');
    expect(await page.locator('#wb-progress').textContent()).toMatch(/^\d+ of \d+ mentions reviewed$/);
    await shot('mentions-reviewed');
    const search = await (await fetch(`${app.url}/api/search?q=Harrow%20Institute`)).json();
    expect(search.results.filter((r: { name: string }) => r.name.includes('Harrow'))).toEqual([]);
    const node = await fetch(`${app.url}/api/nodes/${encodeURIComponent('Organization:harrow-institute')}`);
    expect(node.status).toBe(404);
    const overview = await (await fetch(`${app.url}/api/graph/overview`)).json();
    expect(JSON.stringify(overview)).not.toContain('harrow');
  });

  it('records a meeting the graph already holds as a new report of it (Same fact)', async () => {
    await selectWords(page, MET);
    await page.click('[data-fact=meeting]');
    const form = page.locator('#wb-fact-form');
    expect(
      await form
        .locator('input[name=attendees]:checked')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(['Person:donald-trump', 'Person:volodymyr-zelenskyy']);
    expect(await form.locator('input[name=dateFrom]').inputValue()).toBe('2025-02-28');
    expect(await page.locator('#wb-quote-preview').textContent()).toBe(MET);
    await shot('meeting-form');
    expect(await seriousViolations(page, '#workbench')).toEqual([]);
    await page.click('#wb-record');
    const same = page.locator(`#wb-duplicates .wb-same-fact[data-key="${MEETING}"]`);
    await same.waitFor(WAIT);
    await shot('meeting-duplicate');
    await same.click();
    await page.locator('#wb-recorded').waitFor(WAIT);
    expect(await page.locator('#wb-facts-list li').first().getAttribute('data-key')).toBe(MEETING);
  });

  it('records a statement with the speaker prefilled from the selection', async () => {
    await selectWords(page, SAID);
    await page.click('[data-fact=statement]');
    const form = page.locator('#wb-fact-form');
    expect(await form.locator('select[name=speaker]').inputValue()).toBe('Person:volodymyr-zelenskyy');
    expect(await form.locator('input[name=text]').inputValue()).toBe('We will keep working for a just peace');
    await page.click('#wb-record');
    await expect.poll(() => page.locator('#wb-facts-list li').count(), WAIT).toBe(2);
    await shot('facts-recorded');
  });

  it('publishes, then the evidence panel and who met whom show the new source', async () => {
    await page.click('#wb-publish');
    await page.locator('#wb-published').waitFor(WAIT);
    expect(await page.locator('#wb-published').textContent()).toContain('Organization:harrow-institute');
    await shot('published');
    await page.click(`#wb-published [data-key="${MEETING}"]`);
    const cited = page.locator(`#details .evidence li[data-article="${articleId}"]`);
    await cited.first().waitFor(WAIT);
    expect(await cited.first().textContent()).toContain('met at the White House on Friday');
    await cited.first().scrollIntoViewIfNeeded();
    await shot('evidence');

    await page.click('[data-mode=meetings]');
    await expect.poll(() => page.evaluate(() => window.__actorgraph?.mode()), WAIT).toBe('meetings');
    const row = page.locator('#pairs-table tbody tr', { hasText: /Trump.*Zelenskyy|Zelenskyy.*Trump/ });
    await row.locator('button').first().click(WAIT);
    const source = page.locator(
      `#details .pair-meetings .meeting[data-key="${MEETING}"] [data-article="${articleId}"]`,
    );
    await source.first().waitFor(WAIT);
    await source.first().scrollIntoViewIfNeeded();
    await shot('who-met-whom-source');
    await page.click('[data-mode=network]');
    await expect.poll(() => page.evaluate(() => window.__actorgraph?.mode()), WAIT).toBe('network');
    expect(await page.evaluate(() => window.__actorgraph?.hasNode('Organization:harrow-institute'))).toBe(
      true,
    );
  });

  it('reviews every name of an article with the keyboard alone', async () => {
    const text = [
      'LONDON, 4 March 2025',
      '',
      'Keir Starmer spoke with Emmanuel Macron on Monday about Ukraine, and Pemberton Analytics said the call went well.',
    ].join('\n');
    const added = await fetch(`${app.url}/api/articles`, {
      method: 'POST',
      headers: { ...bearer(editor), 'content-type': 'application/json' },
      body: JSON.stringify({ text, title: 'Keyboard review', published: '2025-03-04' }),
    });
    expect(added.status).toBe(201);
    const { article } = (await added.json()) as { article: { id: string } };
    await page.locator('#open-drafts').focus();
    await page.keyboard.press('Enter');
    const open = page.locator(`#wb-drafts li[data-article="${article.id}"] button`);
    await open.waitFor(WAIT);
    await open.focus();
    await page.keyboard.press('Enter');
    await page.locator('#wb-text .mention').first().waitFor(WAIT);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wb-text');
    const progress = async () => {
      const [done, total] = ((await page.locator('#wb-progress').textContent()) ?? '').match(/\d+/g) ?? [];
      return { done: Number(done), total: Number(total) };
    };
    const { total } = await progress();
    expect(total).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('j');
    for (let presses = 0; (await progress()).done < total && presses < total + 3; presses += 1) {
      const before = (await progress()).done;
      await page.keyboard.press('Enter');
      // A new name may first meet a possible duplicate (then the next Enter links to it).
      await expect
        .poll(
          async () =>
            (await progress()).done > before || (await page.locator('#wb-panel .wb-warning').count()) > 0,
          WAIT,
        )
        .toBe(true);
    }
    expect(await progress()).toEqual({ done: total, total });
    await page.keyboard.press('k');
    await page.keyboard.press('x');
    await expect.poll(() => page.locator('#wb-text .mention.reviewed-reject').count(), WAIT).toBe(1);
    expect(await progress()).toEqual({ done: total, total });
    // s selects the sentence around the name in focus and offers the fact types, focused on the first.
    await page.keyboard.press('s');
    await expect
      .poll(() => page.locator('#wb-selection .wb-quote-preview').textContent(), WAIT)
      .toBe(text.split('\n')[2]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-fact'))).toBe('meeting');
    await shot('keyboard-review');
    const mentions = await fetch(`${app.url}/api/articles/${article.id}/mentions`, {
      headers: bearer(editor),
    });
    const names = (
      (await mentions.json()) as { mentions: { kind: string; review?: unknown }[] }
    ).mentions.filter((m) => m.kind === 'entity');
    expect(names.length).toBe(total);
    expect(names.every((m) => m.review !== undefined)).toBe(true);
  });

  it('an editor reads a node’s history and retracts it with a reason; it leaves the view', async () => {
    await page.click('#wb-close');
    const key = 'Organization:harrow-institute';
    await page.fill('#search-input', 'Harrow Institute');
    await page
      .locator('#search .suggestions [role=option]', { hasText: 'Harrow Institute' })
      .first()
      .waitFor(WAIT);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-title').textContent(), WAIT).toBe('Harrow Institute');
    await page.click('#wb-history-open');
    await page.locator('#wb-history li[data-action=created]').first().waitFor(WAIT);
    expect(await page.locator('#wb-history').textContent()).toContain(editor.name);
    await shot('history');
    await page.click('#wb-retract-open');
    await page.click('#wb-retract-submit');
    expect(await page.locator('#wb-retract .wb-error').textContent()).toMatch(/reason is required/);
    await page.fill('#wb-retract-reason', 'Made up for the workbench test.');
    await page.click('#wb-retract-submit');
    await expect.poll(() => page.evaluate((k) => window.__actorgraph?.hasNode(k), key), WAIT).toBe(false);
    await shot('retracted');
    const search = await (await fetch(`${app.url}/api/search?q=Harrow%20Institute`)).json();
    expect(search.results.map((r: { key: string }) => r.key)).not.toContain(key);
  });

  it('logs no errors in the console', () => {
    expect(problems).toEqual([]);
  });
});
