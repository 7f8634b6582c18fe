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
  console.warn(
    `\n${'!'.repeat(100)}\n!!! SKIPPING BROWSER TESTS. ${message}\n!!! Install it with: apt-get install chromium\n${'!'.repeat(100)}\n`,
  );
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
): Promise<{ page: Page; problems: string[]; failedRequests: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  const failedRequests: string[] = [];
  // Chromium logs every 4xx/5xx fetch as a console error; those are checked by URL instead, because some
  // (a refused write query) are the expected answer.
  page.on('response', (response) => {
    if (response.status() >= 400)
      failedRequests.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(
    () => window.__actorgraph !== undefined || document.querySelector('#details .error') !== null,
    undefined,
    { timeout: 30_000 },
  );
  const startupError = await page
    .locator('#details .error')
    .textContent({ timeout: 100 })
    .catch(() => null);
  if (startupError) throw new Error(`The Explorer did not start: ${startupError}; ${problems.join('; ')}`);
  await page.evaluate(() => window.__actorgraph?.ready);
  return { page, problems, failedRequests };
}
