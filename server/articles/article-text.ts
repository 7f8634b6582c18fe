// Reads an article's verbatim text from seeds/, refusing any path that leads outside that folder.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedsDir = resolve(repoRoot, 'seeds');
const cache = new Map<string, Promise<string | null>>();

/** `file` is the Article's `file` property, a path from the repository root such as `seeds/000_x.txt`. */
export function articleText(file: string | null): Promise<string | null> {
  if (!file) return Promise.resolve(null);
  const path = resolve(repoRoot, file);
  // The property comes from the database: never let it name a file outside the seed texts.
  if (!path.startsWith(seedsDir + sep)) return Promise.resolve(null);
  let text = cache.get(path);
  if (!text) {
    text = readFile(path, 'utf8').catch(() => null);
    cache.set(path, text);
  }
  return text;
}
