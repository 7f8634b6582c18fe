// Small graph data in the wire's shape (nodeLabel/relType/properties) for the client's unit tests.
import type { EdgeAttributes, GraphPayload, NodeAttributes } from '../../client/api/types.ts';

type Properties = NodeAttributes['properties'];

export function nodeData(nodeLabel: string, id: string, properties: Properties = {}): NodeAttributes {
  const name = typeof properties.name === 'string' ? properties.name : id;
  return { nodeLabel, labels: [nodeLabel], id, name, properties: { id, ...properties } };
}

export const edgeData = (relType: string, properties: Properties = {}): EdgeAttributes => ({
  relType,
  properties,
});

export function payload(
  nodes: { key: string; attributes: NodeAttributes }[],
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[],
): GraphPayload {
  return {
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}
