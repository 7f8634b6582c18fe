// What the keyboard lists hold: the nodes the filters let through in the graph on screen, sorted by name,
// and the relationships of one node that are drawn, each named by its type, direction and other end.
import { edgePasses, type FiltersState, nodePasses } from '../filters/filters-state.ts';
import { type DataGraph, displayName } from '../graph/data-graph.ts';

export interface ListItem {
  key: string;
  /** What the list shows and what type-ahead and the filter match. */
  text: string;
  /** A second, quieter part: a node's label, a relationship's status. */
  detail: string;
}

/** Case and accents ignored, so "zelen" finds "Zelenskyy" and "Macron" finds "macron". */
export const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const byText = (a: ListItem, b: ListItem): number => a.text.localeCompare(b.text);

export function nodeItems(graph: DataGraph, filters: FiltersState): ListItem[] {
  const items: ListItem[] = [];
  graph.forEachNode((key, attributes) => {
    if (nodePasses(filters, attributes))
      items.push({ key, text: displayName(attributes, key), detail: attributes.nodeLabel });
  });
  return items.sort(byText);
}

/** The node's drawn relationships: type passes and the other end is shown. */
export function relationItems(graph: DataGraph, filters: FiltersState, node: string): ListItem[] {
  if (!graph.hasNode(node)) return [];
  const items: ListItem[] = [];
  graph.forEachEdge(node, (key, attributes, source, target) => {
    const other = source === node ? target : source;
    const otherAttributes = graph.getNodeAttributes(other);
    if (!edgePasses(filters, attributes.relType) || !nodePasses(filters, otherAttributes)) return;
    const arrow = source === node ? '→' : '←';
    // A fact's status, or a who-met-whom pair's statuses (held, scheduled…), else the other end's label.
    const { status, statuses } = attributes.properties;
    const said = Array.isArray(statuses) ? statuses.join(', ') : status;
    items.push({
      key,
      text: `${attributes.relType === 'MET' ? 'met' : `${arrow} ${attributes.relType}`} ${displayName(otherAttributes, other)}`,
      detail: typeof said === 'string' && said ? said : otherAttributes.nodeLabel,
    });
  });
  return items.sort(byText);
}

/** The items whose text holds every word of the query, in their order. */
export function matching(items: readonly ListItem[], query: string): ListItem[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const text = fold(`${item.text} ${item.detail}`);
    return words.every((word) => text.includes(word));
  });
}

/** Type-ahead: the first item after `from` (wrapping) whose text starts with the typed prefix. */
export function typeAhead(items: readonly ListItem[], prefix: string, from: number): number {
  const wanted = fold(prefix);
  for (let step = 1; step <= items.length; step++) {
    const index = (from + step) % items.length;
    const item = items[index];
    if (item && fold(item.text).startsWith(wanted)) return index;
  }
  return -1;
}
