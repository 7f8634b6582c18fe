// Collects driver nodes and relationships once each, in arrival order, into graphology's serialized format.
import type { Node, Relationship } from 'neo4j-driver';
import { EdgeKeys, type GraphEdge, type GraphNode, type SerializedGraph } from '../../contract/index.ts';
import { propertiesToJson } from '../db/to-json.ts';
import { nodeData, nodeKey, relationshipKey } from './model.ts';

/** graphology's options for every graph on the wire: who-met-whom writes them as text (server/meetings/met-graph.ts). */
export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: true } as const;

export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly keysByElementId = new Map<string, string>();
  private readonly edges: GraphEdge[] = [];
  private readonly edgeKeysByElementId = new Map<string, string>();
  private readonly edgeKeys = new EdgeKeys();

  keyOfElement(elementId: string): string | undefined {
    return this.keysByElementId.get(elementId);
  }

  /** `extra` carries what the query computed beside the node: a fact's sourceCount. */
  addNode(node: Node, extra: { sourceCount?: number } = {}): string {
    // A node met again (a person in many pairs, an end of many relationships) keeps its first key and data.
    const known = this.keysByElementId.get(node.elementId);
    if (known !== undefined) return known;
    const key = nodeKey(node);
    this.keysByElementId.set(node.elementId, key);
    // Object.assign, not a spread into a new object: the same keys in the same order, one object fewer.
    if (!this.nodes.has(key)) this.nodes.set(key, { key, attributes: Object.assign(nodeData(node), extra) });
    return key;
  }

  /** Add both endpoints first: a relationship whose ends are unknown cannot be drawn and is an error. */
  addRelationship(rel: Relationship): string {
    const known = this.edgeKeysByElementId.get(rel.elementId);
    if (known) return known;
    const source = this.keysByElementId.get(rel.startNodeElementId);
    const target = this.keysByElementId.get(rel.endNodeElementId);
    if (!source || !target) throw new Error(`Relationship ${rel.elementId} added before its endpoints`);
    const key = this.edgeKeys.next(relationshipKey(rel, source, target));
    this.edgeKeysByElementId.set(rel.elementId, key);
    this.edges.push({
      key,
      source,
      target,
      attributes: { relType: rel.type, properties: propertiesToJson(rel.properties) },
    });
    return key;
  }

  /** An edge that is no Neo4j relationship (who met whom's MET projection), keyed `key` or its next variant. */
  addEdge(key: string, source: string, target: string, attributes: GraphEdge['attributes']): void {
    this.edges.push({ key: this.edgeKeys.next(key), source, target, attributes });
  }

  toJSON(): SerializedGraph {
    return {
      attributes: {},
      options: { ...GRAPH_OPTIONS },
      nodes: [...this.nodes.values()],
      edges: this.edges,
    };
  }
}
