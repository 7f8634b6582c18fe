// The details panel: a selected node's properties, sources and relations, or a selected edge's sources.
import { api } from '../api/api.ts';
import type { ArticleRef, Evidence, NodeDetails } from '../api/types.ts';
import { byId, errorText, h } from '../app/dom.ts';
import { currentRenderer, showNode } from '../app/graph-actions.ts';
import { clearSelection, type Selected, selection } from '../app/selection-state.ts';
import { displayName } from '../graph/data-graph.ts';
import { colourFor } from '../graph/palette.ts';
import { meetingsForPair } from '../meetings/pair-meetings.ts';
import { article } from './article-texts.ts';
import { evidenceList } from './evidence-view.ts';

const HIDDEN_PROPERTIES = new Set(['x', 'y', 'label', 'name']);

export function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value ?? '');
}

function propertiesTable(properties: Record<string, unknown>): HTMLElement {
  const rows = Object.entries(properties).filter(
    ([name, value]) => value !== undefined && !HIDDEN_PROPERTIES.has(name),
  );
  return h(
    'table',
    { class: 'properties' },
    h('caption', { class: 'sr-only' }, 'Properties'),
    h(
      'tbody',
      {},
      rows.map(([name, value]) =>
        h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, formatValue(value))),
      ),
    ),
  );
}

const nodeLink = (key: string, name: string, label: string): HTMLElement =>
  h(
    'button',
    { type: 'button', class: 'link', onclick: () => void showNode(key) },
    h('span', { class: 'swatch', style: `background:${colourFor(label)}` }),
    name,
  );

function nodePanel(details: NodeDetails): HTMLElement[] {
  const { attributes } = details.node;
  const relations = details.relations.map((relation) =>
    h(
      'li',
      {},
      h(
        'span',
        { class: 'rel-type' },
        relation.direction === 'out' ? `${relation.type} →` : `← ${relation.type}`,
      ),
      ' ',
      nodeLink(relation.other.key, relation.other.name, relation.other.label),
      relation.attributes.role
        ? h('span', { class: 'meta' }, ` (${formatValue(relation.attributes.role)})`)
        : null,
      relation.attributes.title
        ? h('span', { class: 'meta' }, ` (${formatValue(relation.attributes.title)})`)
        : null,
    ),
  );
  return [
    h(
      'p',
      { class: 'kind' },
      h('span', { class: 'swatch', style: `background:${colourFor(attributes.label)}` }),
      attributes.label,
    ),
    h('h2', { id: 'details-title' }, displayName(attributes, details.node.key)),
    propertiesTable(attributes),
    h('h3', {}, `Sources (${details.evidence.length})`),
    evidenceList(details.evidence),
    h('h3', {}, `Relations (${details.relations.length})`),
    relations.length ? h('ul', { class: 'relations' }, relations) : h('p', { class: 'muted' }, 'None.'),
  ];
}

/** The articles behind an edge's `sources`, with their texts so the edge's quote can be read in context. */
async function edgeEvidence(sources: string[], quote: string | undefined): Promise<Evidence[]> {
  return Promise.all(
    sources.map(async (id) => {
      const found = await article(id);
      const ref: ArticleRef = found ?? { id, title: id, outlet: '', published: '' };
      return { article: ref, quote: quote ?? '' };
    }),
  );
}

async function edgePanel(key: string): Promise<HTMLElement[]> {
  const graph = currentRenderer().graph();
  const attributes = graph.getEdgeAttributes(key);
  const [source, target] = graph.extremities(key);
  const sourceAttributes = graph.getNodeAttributes(source);
  const targetAttributes = graph.getNodeAttributes(target);
  const heading = [
    h('p', { class: 'kind' }, 'Relationship'),
    h('h2', { id: 'details-title' }, attributes.type),
    h(
      'p',
      { class: 'endpoints' },
      nodeLink(source, displayName(sourceAttributes, source), sourceAttributes.label),
      attributes.type === 'MET' ? ' — ' : ' → ',
      nodeLink(target, displayName(targetAttributes, target), targetAttributes.label),
    ),
  ];
  if (attributes.type === 'MET')
    return [
      ...heading,
      propertiesTable({ ...attributes, sources: undefined, meetings: undefined }),
      await meetingsForPair(source, target),
    ];
  const sources = Array.isArray(attributes.sources) ? attributes.sources.map(String) : [];
  const evidence = await edgeEvidence(
    sources,
    typeof attributes.quote === 'string' ? attributes.quote : undefined,
  );
  return [
    ...heading,
    propertiesTable({ ...attributes, sources: undefined, quote: undefined }),
    h('h3', {}, `Sources (${evidence.length})`),
    evidenceList(evidence, 'The API gave no sources for this relationship.'),
  ];
}

let shown = 0;

async function render(selected: Selected): Promise<void> {
  const panel = byId('details');
  const ticket = ++shown;
  if (!selected) {
    panel.replaceChildren(
      h(
        'p',
        { class: 'muted hint' },
        'Select a node or a relationship to read its sources. Double-click a node to expand it.',
      ),
    );
    return;
  }
  panel.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  try {
    const content =
      selected.kind === 'node' ? nodePanel(await api.node(selected.key)) : await edgePanel(selected.key);
    if (ticket !== shown) return;
    const close = h(
      'button',
      { type: 'button', class: 'close', 'aria-label': 'Close details', onclick: clearSelection },
      '×',
    );
    panel.replaceChildren(close, ...content);
    panel.setAttribute('aria-labelledby', 'details-title');
  } catch (error) {
    if (ticket === shown) panel.replaceChildren(h('p', { class: 'error', role: 'alert' }, errorText(error)));
  }
}

export function mountDetails(): void {
  void render(selection.get().selected);
  selection.subscribe((state, previous) => {
    if (state.selected?.key !== previous.selected?.key || state.selected?.kind !== previous.selected?.kind) {
      void render(state.selected);
    }
  });
}
