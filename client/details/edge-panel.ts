// The details of a relationship: its ends, properties and sources; for who met whom, the pair's meetings.
import type { Evidence } from '../api/types.ts';
import { displayName } from '../graph/data-graph.ts';
import { meetingsForPair } from '../meetings/pair-meetings.ts';
import type { Stage } from '../network/stage.ts';
import { article, unknownArticle } from '../sources/article-texts.ts';
import { evidenceSection } from '../sources/evidence-view.ts';
import { sourceCountOf, sourcesText } from '../sources/source-count.ts';
import { h } from '../ui/dom.ts';
import type { NodeLink } from './node-panel.ts';
import { propertiesTable } from './properties-table.ts';

/** The articles behind an edge's `sources`, with the edge's quote, which is read in each one's text. */
async function edgeEvidence(sources: string[], quote: string | null): Promise<Evidence[]> {
  return Promise.all(
    sources.map(async (id) => ({ article: (await article(id)) ?? unknownArticle(id), quote })),
  );
}

/** A who-met-whom pair's tally of sources: the API's sourceCount, else its list of article ids. */
function sourcesLine(properties: Record<string, unknown>): string {
  const listed = Array.isArray(properties.sources) ? properties.sources.length : 0;
  return `${sourcesText(sourceCountOf(properties) ?? listed)} report these meetings.`;
}

export async function edgePanel(stage: Stage, key: string, nodeLink: NodeLink): Promise<HTMLElement[]> {
  const graph = stage.graph(stage.onScreen());
  const { relType, properties } = graph.getEdgeAttributes(key);
  const [source, target] = graph.extremities(key);
  const ends = [source, target].map((node) => {
    const attributes = graph.getNodeAttributes(node);
    return nodeLink(node, displayName(attributes, node), attributes.nodeLabel);
  });
  const met = relType === 'MET';
  const heading = [
    h('p', { class: 'kind' }, 'Relationship'),
    h('h2', { id: 'details-title' }, relType),
    h('p', { class: 'endpoints' }, ends[0], met ? ' — ' : ' → ', ends[1]),
  ];
  // Who met whom: the meetings themselves, with their sources, say more than the pair's tallies.
  if (met)
    return [
      ...heading,
      propertiesTable(properties, ['sources', 'meetings', 'sourceCount']),
      h('p', { class: 'sources-summary' }, sourcesLine(properties)),
      await meetingsForPair(source, target),
    ];
  const sources = Array.isArray(properties.sources) ? properties.sources.map(String) : [];
  const evidence = await edgeEvidence(
    sources,
    typeof properties.quote === 'string' ? properties.quote : null,
  );
  return [
    ...heading,
    propertiesTable(properties, ['sources', 'quote', 'sourceCount']),
    ...evidenceSection(evidence, {
      count: sourceCountOf(properties),
      emptyText: 'The API gave no sources for this relationship.',
    }),
  ];
}
