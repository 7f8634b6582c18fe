// Who met whom's graph as JSON bytes, written from the pairs query's records one by one as they arrive
// (server/db/read-each.ts): each record becomes its wire edge's text at once, with the properties the exporters
// get (server/graph/met.ts). The same bytes as GraphBuilder's graph through JSON.stringify and Buffer.from.
// Why bytes as it goes: what an answer holds in the JS heap until it is sent is traced by every collection
// while the driver decodes the next records. At 1M, 28-day windows (1.4 MB), 4 clients, the API's CPU per
// request was 172 ms as objects then JSON.stringify, 176 ms as strings joined at the end, 117 ms written to a
// buffer as here; the bare driver's process spends 97 ms decoding the same records.
import type { Record as Neo4jRecord, Node } from 'neo4j-driver';
import { EdgeKeys, edgeKey } from '../../contract/index.ts';
import { GRAPH_OPTIONS } from '../graph/graph-builder.ts';
import { type PairRecord, pairPropertiesText } from '../graph/met.ts';
import { nodeData, nodeKey } from '../graph/model.ts';
import { ByteBuilder } from './byte-builder.ts';

const GRAPH_HEAD = Buffer.from(`{"attributes":{},"options":${JSON.stringify(GRAPH_OPTIONS)},"nodes":[`);
const BETWEEN = Buffer.from('],"edges":[');
const GRAPH_TAIL = Buffer.from(']}');

/** Nodes in order of first appearance, edges in the query's order, as GraphBuilder keeps them. */
export class MetGraph {
  private readonly nodes = new ByteBuilder(16 * 1024);
  private nodeCount = 0;
  private readonly nodeKeys = new Set<string>();
  private readonly keysByElementId = new Map<string, string>();
  private readonly edges = new ByteBuilder();
  private edgeCount = 0;
  private readonly edgeKeys = new EdgeKeys();

  add(record: Neo4jRecord<PairRecord>): void {
    const source = this.addNode(record.get('a'));
    const target = this.addNode(record.get('b'));
    const key = this.edgeKeys.next(edgeKey('MET', source, target));
    this.edges.write(
      `${this.edgeCount++ === 0 ? '' : ','}{"key":${JSON.stringify(key)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}` +
        `,"attributes":{"relType":"MET","properties":${pairPropertiesText(record)}}}`,
    );
  }

  /**
   * The graph's JSON in pieces, joined by whoever adds to it (one copy for the whole answer): graphology's
   * serialized format, as `Buffer.from(JSON.stringify(graphBuilder.toJSON()))` once concatenated.
   */
  result(): Buffer[] {
    return [GRAPH_HEAD, this.nodes.bytes(), BETWEEN, this.edges.bytes(), GRAPH_TAIL];
  }

  /** A person met again keeps its first key and data (GraphBuilder.addNode). */
  private addNode(node: Node): string {
    const known = this.keysByElementId.get(node.elementId);
    if (known !== undefined) return known;
    const key = nodeKey(node);
    this.keysByElementId.set(node.elementId, key);
    if (!this.nodeKeys.has(key)) {
      this.nodeKeys.add(key);
      this.nodes.write(
        `${this.nodeCount++ === 0 ? '' : ','}${JSON.stringify({ key, attributes: nodeData(node) })}`,
      );
    }
    return key;
  }
}
