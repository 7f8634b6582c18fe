// Builds graphology's serialized format from driver nodes and relationships: the one graph shape on the wire.
import type { Node, Relationship } from 'neo4j-driver';
import { primaryLabel } from '../db/node-key.ts';
import { type Json, nodeKey, propertiesToJson } from '../db/to-json.ts';

export interface GraphNode {
  key: string;
  attributes: Record<string, Json>;
}

export interface GraphEdge {
  key: string;
  source: string;
  target: string;
  attributes: Record<string, Json>;
}

export interface SerializedGraph {
  attributes: Record<string, Json>;
  options: { type: 'directed'; multi: true; allowSelfLoops: true };
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** What a label/id node is called on screen: its name, else its title, else the start of its text. */
export function displayName(properties: Record<string, unknown>, fallback: string): string {
  for (const candidate of [properties.name, properties.title, properties.text]) {
    if (typeof candidate === 'string' && candidate !== '') {
      return candidate.length > 120 ? `${candidate.slice(0, 117)}…` : candidate;
    }
  }
  return fallback;
}

export function nodeAttributes(node: Node): Record<string, Json> {
  const id = typeof node.properties.id === 'string' ? node.properties.id : node.elementId;
  return {
    label: primaryLabel(node.labels),
    id,
    name: displayName(node.properties, id),
    ...propertiesToJson(node.properties),
  };
}

export function edgeKey(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

/** Collects nodes and relationships once each, in arrival order, and emits the serialized graph. */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly keysByElementId = new Map<string, string>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly edgeKeysByElementId = new Map<string, string>();
  private readonly pending = new Map<string, Relationship>();

  get nodeCount(): number {
    return this.nodes.size;
  }

  hasNode(key: string): boolean {
    return this.nodes.has(key);
  }

  keyOfElement(elementId: string): string | undefined {
    return this.keysByElementId.get(elementId);
  }

  edgeKeyOf(elementId: string): string | undefined {
    return this.edgeKeysByElementId.get(elementId);
  }

  addNode(node: Node): string {
    const key = nodeKey(node);
    this.keysByElementId.set(node.elementId, key);
    if (!this.nodes.has(key)) this.nodes.set(key, { key, attributes: nodeAttributes(node) });
    return key;
  }

  addEntry(node: GraphNode): void {
    if (!this.nodes.has(node.key)) this.nodes.set(node.key, node);
  }

  /** Relationships whose endpoints have not been seen yet wait until `addNode` brings them. */
  addRelationship(rel: Relationship): void {
    if (this.edgeKeysByElementId.has(rel.elementId)) return;
    const source = this.keysByElementId.get(rel.startNodeElementId);
    const target = this.keysByElementId.get(rel.endNodeElementId);
    if (!source || !target) {
      this.pending.set(rel.elementId, rel);
      return;
    }
    this.pending.delete(rel.elementId);
    const key = this.uniqueEdgeKey(edgeKey(rel.type, source, target));
    this.edgeKeysByElementId.set(rel.elementId, key);
    this.edges.set(key, {
      key,
      source,
      target,
      attributes: { type: rel.type, ...propertiesToJson(rel.properties) },
    });
  }

  addEdgeEntry(edge: GraphEdge): void {
    const key = this.uniqueEdgeKey(edge.key);
    this.edges.set(key, { ...edge, key });
  }

  /** Element ids of endpoints still missing, for one follow-up lookup. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.pending.values()) {
      if (!this.keysByElementId.has(rel.startNodeElementId)) missing.add(rel.startNodeElementId);
      if (!this.keysByElementId.has(rel.endNodeElementId)) missing.add(rel.endNodeElementId);
    }
    return [...missing];
  }

  /** Retries the relationships that waited for endpoints once those were added. */
  settle(): void {
    for (const rel of [...this.pending.values()]) this.addRelationship(rel);
  }

  toJSON(): SerializedGraph {
    return {
      attributes: {},
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
    };
  }

  /** Two relationships of one type between the same nodes keep distinct, stable keys: `…#2`, `…#3`. */
  private uniqueEdgeKey(base: string): string {
    if (!this.edges.has(base)) return base;
    let n = 2;
    while (this.edges.has(`${base}#${n}`)) n++;
    return `${base}#${n}`;
  }
}
