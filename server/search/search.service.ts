// Full-text search: builds the Lucene query from the user's words and shapes the ranked hits.
import type { Node } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import { integer, type ReadContext, readQuery } from '../db/read.ts';
import { nodeKey, toJson } from '../db/to-json.ts';
import { nodeAttributes } from '../graph/graph-payload.ts';
import { buildLuceneQuery } from './lucene-query.ts';

const searchQuery = cypherFile(import.meta.url, './queries/search.cypher');

export interface SearchHit {
  key: string;
  label: string;
  id: string;
  name: string;
  aliases: string[];
  score: number;
}

export async function search(
  context: ReadContext,
  options: { q: string; limit: number; labels: string[] },
): Promise<{ results: SearchHit[] }> {
  const query = buildLuceneQuery(options.q);
  if (query === '') return { results: [] };
  const records = await readQuery<{ node: Node; score: number }>(context, searchQuery.fill(), {
    query,
    labels: options.labels,
    limit: integer(options.limit),
  });
  return {
    results: records.map((record) => {
      const node = record.get('node');
      const attributes = nodeAttributes(node);
      const aliases = toJson(node.properties.aliases);
      return {
        key: nodeKey(node),
        label: String(attributes.label),
        id: String(attributes.id),
        name: String(attributes.name),
        aliases: Array.isArray(aliases) ? aliases.map(String) : [],
        score: record.get('score'),
      };
    }),
  };
}
