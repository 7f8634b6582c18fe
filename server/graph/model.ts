// The graph model: how a Neo4j node or relationship becomes a key and data on the wire. Every API payload
// and every exporter goes through here; nothing else builds attributes. Keys: contract/keys.ts, db/node-key.ts.
import type { Node, Relationship } from 'neo4j-driver';
import { edgeKey, formatNodeKey, type NodeData, type NodeRef } from '../../contract/index.ts';
import { nodeIdOf, primaryLabel } from '../db/node-key.ts';

export { nodeIdOf };

import { nodeKey, propertiesToJson } from '../db/to-json.ts';

export { nodeKey };

/** A relationship's base key once its endpoints' keys are known (parallel edges get `#n` from EdgeKeys). */
export function relationshipKey(rel: Relationship, source: string, target: string): string {
  return edgeKey(rel.type, source, target);
}

/** What a node is called on screen: its name, else its title, else the start of its text. */
export function displayName(properties: Record<string, unknown>, fallback: string): string {
  for (const candidate of [properties.name, properties.title, properties.titleInferred, properties.text]) {
    if (typeof candidate === 'string' && candidate !== '') {
      return candidate.length > 120 ? `${candidate.slice(0, 117)}…` : candidate;
    }
  }
  return fallback;
}

/** A node's data on the wire: label, labels, id and name apart from its properties. */
export function nodeDataOf(
  labels: readonly string[],
  properties: Record<string, unknown>,
  elementId: string,
): NodeData {
  const id = nodeIdOf(properties.id, elementId);
  return {
    nodeLabel: primaryLabel(labels),
    labels: [...labels].sort(),
    id,
    name: displayName(properties, id),
    properties: propertiesToJson(properties),
  };
}

export function nodeData(node: Node): NodeData {
  return nodeDataOf(node.labels, node.properties, node.elementId);
}

/**
 * A node in brief, as lists of participants, claimants, hits and relations name it: built from the label and
 * id alone, without converting every property the way `nodeData` does.
 */
export function nodeRef(node: Node): NodeRef {
  const label = primaryLabel(node.labels);
  const id = nodeIdOf(node.properties.id, node.elementId);
  return { key: formatNodeKey(label, id), label, name: displayName(node.properties, id) };
}
