// Who met whom's graph, built from the pairs query's records one by one as they arrive (server/db/read-each.ts):
// each record becomes its wire edge at once, with no intermediate pair and no generic property conversion.
import type { Integer, Record as Neo4jRecord, Node } from 'neo4j-driver';
import {
  EdgeKeys,
  edgeKey,
  type GraphEdge,
  type GraphNode,
  type SerializedGraph,
} from '../../contract/index.ts';
import { toJson } from '../db/to-json.ts';
import { nodeData, nodeKey } from '../graph/model.ts';

/** The columns of who-met-whom.cypher. */
export interface PairRecord {
  a: Node;
  b: Node;
  weight: Integer;
  meetingIds: string[];
  statuses: string[];
  firstDate: unknown;
  lastDate: unknown;
  sources: string[];
}

/** Nodes in order of first appearance, edges in the query's order: the shape GraphBuilder gave before. */
export class MetGraph {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges: GraphEdge[] = [];
  private readonly edgeKeys = new EdgeKeys();

  add(record: Neo4jRecord<PairRecord>): void {
    const source = this.node(record.get('a'));
    const target = this.node(record.get('b'));
    const sources = record.get('sources');
    this.edges.push({
      key: this.edgeKeys.next(edgeKey('MET', source, target)),
      source,
      target,
      attributes: {
        relType: 'MET',
        // The properties server/graph/met.ts gives the exporters, in the same order, already as JSON.
        properties: {
          weight: toJson(record.get('weight')),
          meetings: record.get('meetingIds').map((id) => `Meeting:${id}`),
          statuses: [...new Set(record.get('statuses'))],
          firstDate: toJson(record.get('firstDate')),
          lastDate: toJson(record.get('lastDate')),
          sources,
          sourceCount: sources.length,
        },
      },
    });
  }

  result(): SerializedGraph {
    return {
      attributes: {},
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes: [...this.nodes.values()],
      edges: this.edges,
    };
  }

  private node(node: Node): string {
    const key = nodeKey(node);
    if (!this.nodes.has(key)) this.nodes.set(key, { key, attributes: nodeData(node) });
    return key;
  }
}
