// Full-text search: builds the Lucene query from the user's words and shapes the ranked hits.
import type { Node } from 'neo4j-driver';
import type { SearchResult } from '../../contract/index.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { integer, type ReadContext, readQuery } from '../db/read.ts';
import { toJson } from '../db/to-json.ts';
import { nodeIdOf, nodeRef } from '../graph/model.ts';
import { sourceCountOf } from '../graph/source-count.ts';
import { visibilityParams } from '../graph/visibility.ts';
import { buildLuceneQuery } from './lucene-query.ts';

const searchQuery = cypherFile(import.meta.url, './queries/search.cypher');

export async function search(
  context: ReadContext,
  options: { q: string; limit: number; labels: string[] },
): Promise<{ results: SearchResult[] }> {
  const query = buildLuceneQuery(options.q);
  if (query === '') return { results: [] };
  const records = await readQuery<{ node: Node; score: number; sourceCount: unknown }>(
    context,
    searchQuery.fill(),
    {
      ...visibilityParams(),
      query,
      labels: options.labels,
      limit: integer(options.limit),
    },
  );
  return {
    results: records.map((record) => {
      const node = record.get('node');
      const { key, label, name } = nodeRef(node);
      const aliases = toJson(node.properties.aliases);
      return {
        key,
        label,
        id: nodeIdOf(node.properties.id, node.elementId),
        name,
        aliases: Array.isArray(aliases) ? aliases.map(String) : [],
        score: record.get('score'),
        ...sourceCountOf(record.get('sourceCount')),
      };
    }),
  };
}
