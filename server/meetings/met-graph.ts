// Who met whom's graph, built from the pairs query's records one by one as they arrive (server/db/read-each.ts),
// each record becoming its wire edge at once, with the properties the exporters get (server/graph/met.ts).
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { edgeKey, type SerializedGraph } from '../../contract/index.ts';
import { propertiesToJson } from '../db/to-json.ts';
import { GraphBuilder } from '../graph/graph-builder.ts';
import { type PairRecord, pairProperties } from '../graph/met.ts';

/** Nodes in order of first appearance, edges in the query's order. */
export class MetGraph {
  private readonly graph = new GraphBuilder();

  add(record: Neo4jRecord<PairRecord>): void {
    const source = this.graph.addNode(record.get('a'));
    const target = this.graph.addNode(record.get('b'));
    this.graph.addEdge(edgeKey('MET', source, target), source, target, {
      relType: 'MET',
      properties: propertiesToJson(pairProperties(record)),
    });
  }

  result(): SerializedGraph {
    return this.graph.toJSON();
  }
}
