// The details of a node: its label, name, properties, sources (articles and quotes) and relations.
import type { NodeDetails, Relation } from '../api/types.ts';
import { colourFor } from '../graph/palette.ts';
import { openArticle } from '../sources/article-reader.ts';
import { evidenceSection } from '../sources/evidence-view.ts';
import { sourceCountOf } from '../sources/source-count.ts';
import { h } from '../ui/dom.ts';
import { inlineProperty, propertiesTable } from './properties-table.ts';

/** Makes a button that brings a node on screen and selects it. */
export type NodeLink = (key: string, name: string, nodeLabel: string) => HTMLElement;

function relationItem(relation: Relation, nodeLink: NodeLink): HTMLElement {
  const { properties } = relation.attributes;
  return h(
    'li',
    {},
    h(
      'span',
      { class: 'rel-type' },
      relation.direction === 'out' ? `${relation.type} →` : `← ${relation.type}`,
    ),
    ' ',
    nodeLink(relation.other.key, relation.other.name, relation.other.label),
    [properties.role, properties.title].map((value) => {
      const text = inlineProperty(value);
      return text ? h('span', { class: 'meta' }, text) : null;
    }),
  );
}

/** An article is a source itself: it is read, not cited ("Sources (0)" would say it is unsupported). */
function articleSection(id: string): HTMLElement[] {
  return [
    h('h3', {}, 'Text'),
    h(
      'p',
      {},
      'This article is a source: the facts it reports cite it. ',
      h('button', { type: 'button', class: 'link', onclick: () => void openArticle(id, null) }, 'Read it'),
    ),
  ];
}

export function nodePanel(details: NodeDetails, nodeLink: NodeLink): HTMLElement[] {
  const { key, attributes } = details.node;
  const relations = details.relations.map((relation) => relationItem(relation, nodeLink));
  const sources =
    attributes.nodeLabel === 'Article'
      ? articleSection(attributes.id)
      : evidenceSection(details.evidence, { count: sourceCountOf(details) });
  return [
    h(
      'p',
      { class: 'kind' },
      h('span', { class: 'swatch', style: `background:${colourFor(attributes.nodeLabel)}` }),
      attributes.nodeLabel,
    ),
    h('h2', { id: 'details-title' }, attributes.name || key),
    // The name is the heading already.
    propertiesTable(
      attributes.properties,
      ['name'],
      details.evidence.map((item) => item.article.id),
    ),
    ...sources,
    h('h3', {}, `Relations (${details.relations.length})`),
    relations.length ? h('ul', { class: 'relations' }, relations) : h('p', { class: 'muted' }, 'None.'),
  ];
}
