// A table of Neo4j properties as the details panel shows them: lists joined, objects as JSON.
import type { NodeAttributes } from '../api/types.ts';
import { h } from '../ui/dom.ts';
import { withArticleRefs } from './article-refs.ts';

type Properties = NodeAttributes['properties'];
type Json = Properties[string];

function formatValue(value: Json | undefined): string {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value ?? '');
}

/** A description's bracketed article ids become buttons that open those articles. */
const cell = (
  name: string,
  value: Json | undefined,
  articleIds: readonly string[],
): string | (string | HTMLElement)[] =>
  name === 'description' && typeof value === 'string'
    ? withArticleRefs(value, articleIds)
    : formatValue(value);

/** What an analyst reads first: whether it happened, then when; the rest in the API's order. */
const FIRST = ['status', 'statuses', 'date', 'dateFrom', 'dateTo'];
const rank = (name: string): number => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);

/**
 * Every property but those named in `leaveOut` (already shown elsewhere in the panel), status first;
 * `articleIds` are the item's sources, which its description may name by number.
 */
export function propertiesTable(
  properties: Properties,
  leaveOut: readonly string[] = [],
  articleIds: readonly string[] = [],
): HTMLElement {
  const rows = Object.entries(properties)
    .filter(([name]) => !leaveOut.includes(name))
    .sort(([a], [b]) => rank(a) - rank(b));
  return h(
    'table',
    { class: 'properties' },
    h('caption', { class: 'sr-only' }, 'Properties'),
    h(
      'tbody',
      {},
      rows.map(([name, value]) =>
        h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, cell(name, value, articleIds))),
      ),
    ),
  );
}

/** A relationship's property shown beside it in a list, e.g. the role of an attendee. */
export const inlineProperty = (value: Json | undefined): string | null =>
  value === undefined || value === null || value === '' ? null : ` (${formatValue(value)})`;
