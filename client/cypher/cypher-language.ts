// Cypher for CodeMirror 6: the legacy-modes stream highlighter plus completion from GET /api/schema.
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import type { Extension } from '@codemirror/state';
import type { Schema } from '../api/types.ts';

const KEYWORDS = [
  'MATCH',
  'OPTIONAL MATCH',
  'WHERE',
  'RETURN',
  'WITH',
  'ORDER BY',
  'LIMIT',
  'SKIP',
  'DISTINCT',
  'UNWIND',
  'AS',
  'AND',
  'OR',
  'NOT',
  'IN',
  'IS NULL',
  'IS NOT NULL',
  'CONTAINS',
  'STARTS WITH',
  'ENDS WITH',
  'count',
  'collect',
  'shortestPath',
  'allShortestPaths',
  'labels',
  'type',
  'properties',
  'size',
  'coalesce',
  'date',
  'DESC',
  'ASC',
];

/** What to offer at the cursor: labels and types after ':', property keys after '.', else keywords. */
export function completionsFor(
  schema: Schema,
  before: string,
): { from: number; options: { label: string; type: string }[] } | null {
  const match = /([:.])?(\w*)$/.exec(before);
  if (!match) return null;
  const [whole, sigil, word = ''] = match;
  const from = before.length - word.length;
  if (sigil === ':') {
    const inRelationship = /\[[^\]]*$/.test(before);
    const names = inRelationship ? schema.relationshipTypes : [...schema.labels, ...schema.relationshipTypes];
    return { from, options: names.map((label) => ({ label, type: inRelationship ? 'type' : 'class' })) };
  }
  if (sigil === '.')
    return { from, options: schema.propertyKeys.map((label) => ({ label, type: 'property' })) };
  if (!word || whole.length === 0) return null;
  return {
    from,
    options: [
      ...KEYWORDS.map((label) => ({ label, type: 'keyword' })),
      ...schema.labels.map((label) => ({ label, type: 'class' })),
    ],
  };
}

export function cypherExtensions(getSchema: () => Schema): Extension[] {
  const source = (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const found = completionsFor(getSchema(), before);
    if (!found || (!context.explicit && found.from === context.pos && !/[:.]$/.test(before))) return null;
    return { from: line.from + found.from, options: found.options, validFor: /^\w*$/ };
  };
  return [StreamLanguage.define(cypher), autocompletion({ override: [source], activateOnTyping: true })];
}
