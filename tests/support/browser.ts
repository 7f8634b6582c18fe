// Headless Chromium for the client tests: Debian's binary driven by playwright-core, skipped loudly when absent.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether browser tests can run. Without Chromium they are skipped with a loud warning, except under
 * CI=true, where a missing browser is a failure (the CI script installs it).
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const message = `Chromium not found at ${chromiumPath}: the browser tests of the Explorer client cannot run.`;
  if (process.env.CI === 'true') throw new Error(`${message} CI must install it (apt-get install chromium).`);
  console.warn(`\n${'!'.repeat(100)}\n!!! SKIPPING BROWSER TESTS. ${message}\n!!! Install it with: apt-get install chromium\n${'!'.repeat(100)}\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
}

/** A laptop-sized page that records console errors and uncaught exceptions, which the tests forbid. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1366, height: 768 },
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.__actorgraph !== undefined, undefined, { timeout: 30_000 });
  await page.evaluate(() => window.__actorgraph?.ready);
  return { page, problems };
}
