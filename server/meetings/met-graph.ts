// Who met whom's graph, built from the pairs query's records one by one as they arrive (server/db/read-each.ts),
// each record becoming its wire edge at once, with the properties the exporters get (server/graph/met.ts).
import type { Record as Neo4jRecord, Node } from 'neo4j-driver';
import {
  EdgeKeys,
  edgeKey,
  type GraphEdge,
  type GraphNode,
  type SerializedGraph,
} from '../../contract/index.ts';
import { propertiesToJson } from '../db/to-json.ts';
import { type PairRecord, pairProperties } from '../graph/met.ts';
import { nodeData, nodeKey } from '../graph/model.ts';
/** Nodes in order of first appearance, edges in the query's order: the shape GraphBuilder gave before. */
export class MetGraph {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges: GraphEdge[] = [];
  private readonly edgeKeys = new EdgeKeys();
  private readonly keysByElementId = new Map<string, string>();

  add(record: Neo4jRecord<PairRecord>): void {
    const source = this.node(record.get('a'));
    const target = this.node(record.get('b'));
    this.edges.push({
      key: this.edgeKeys.next(edgeKey('MET', source, target)),
      source,
      target,
      attributes: { relType: 'MET', properties: propertiesToJson(pairProperties(record)) },
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

  /** Each person is in many pairs: its key and data are made once, on its first pair. */
  private node(node: Node): string {
    const known = this.keysByElementId.get(node.elementId);
    if (known !== undefined) return known;
    const key = nodeKey(node);
    this.keysByElementId.set(node.elementId, key);
    if (!this.nodes.has(key)) this.nodes.set(key, { key, attributes: nodeData(node) });
    return key;
  }
}
