// Browser steps the workbench tests share: signing in through the top bar, selecting words in the reading pane,
// checking the bench with axe-core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Fills the top bar's sign-in form (opening it first) and submits it. */
export async function signInAs(page: Page, name: string, password: string): Promise<void> {
  if ((await page.locator('#sign-in-form').count()) === 0) await page.click('#sign-in');
  await page.fill('#sign-in-name', name);
  await page.fill('#sign-in-password', password);
  await page.click('#sign-in-submit');
}

/** Selects the first occurrence of `words` in the reading pane as a reader's mouse would, then lets go. */
export async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((wanted) => {
    const pane = document.getElementById('wb-text');
    if (!pane) throw new Error('no reading pane');
    const start = (pane.textContent ?? '').indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in the text`);
    const end = start + wanted.length;
    const range = document.createRange();
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (start >= at && start <= at + length) range.setStart(node, start - at);
      if (end >= at && end <= at + length) {
        range.setEnd(node, end - at);
        break;
      }
      at += length;
    }
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    pane.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, words);
  await page.locator('#wb-selection').waitFor({ timeout: 5_000 });
}

const axeScript = readFileSync(
  join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);

/** Serious and critical axe-core findings inside `selector` (injected through the driver: the CSP forbids inline). */
export async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(axeScript);
  // A string, so the page's global `axe` needs no type here.
  return page.evaluate(`axe.run(document.querySelector(${JSON.stringify(selector)})).then((result) =>
    result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
}
