// Loads the `.cypher` files queries live in, and fills their `{{identifier}}` slots with checked identifiers only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quoteIdentifier } from './node-key.ts';

const SLOT = /\{\{(\w+)\}\}/g;

export interface CypherTemplate {
  path: string;
  text: string;
  /** Slot names the file uses; a file without slots runs as it is. */
  slots: string[];
  fill: (fragments?: Record<string, string>) => string;
}

/** Reads a query file next to the module that uses it, once, at import time. */
export function cypherFile(relativeTo: string | URL, name: string): CypherTemplate {
  const path = fileURLToPath(new URL(name, relativeTo));
  const text = readFileSync(path, 'utf8');
  const slots = [...new Set([...text.matchAll(SLOT)].map((match) => match[1] ?? ''))];
  return {
    path,
    text,
    slots,
    fill: (fragments = {}) =>
      text.replace(SLOT, (_whole, slot: string) => {
        const fragment = fragments[slot];
        if (fragment === undefined) throw new Error(`${name}: no value for {{${slot}}}`);
        return fragment;
      }),
  };
}

/** `:\`A\`|\`B\`` for a relationship pattern, or '' for any type; each name must pass IDENTIFIER. */
export function relationshipTypesFragment(types: readonly string[]): string {
  return types.length === 0 ? '' : `:${types.map(quoteIdentifier).join('|')}`;
}

export function labelFragment(label: string): string {
  return quoteIdentifier(label);
}

/** Variable-length bounds such as `*1..6` accept only integers in range. */
export function integerFragment(value: number, min: number, max: number): string {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`Out of range: ${value}`);
  return String(value);
}

/** Every `.cypher` file under a directory (the EXPLAIN test walks server/ with it). */
export function listCypherFiles(root: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) found.push(...listCypherFiles(path));
    else if (entry.name.endsWith('.cypher')) found.push(path);
  }
  return found.sort();
}
