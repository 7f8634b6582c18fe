// The data layer: graphology graphs filled from the API's serialized payloads; no UI state lives here.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphPayload, NodeAttributes } from '../api/types.ts';

export type DataGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface Added {
  nodes: string[];
  edges: string[];
}

export const createDataGraph = (): DataGraph => new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();

/** Adds what the payload holds that the graph lacks; existing nodes keep their position. */
export function mergePayload(graph: DataGraph, payload: GraphPayload): Added {
  const added: Added = { nodes: [], edges: [] };
  for (const node of payload.nodes) {
    const { attributes } = node;
    if (graph.hasNode(node.key)) {
      // The wire carries no position; a node already on screen keeps its own.
      graph.mergeNodeAttributes(node.key, attributes);
    } else {
      graph.addNode(node.key, { ...attributes });
      added.nodes.push(node.key);
    }
  }
  for (const edge of payload.edges) {
    if (graph.hasEdge(edge.key)) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes });
    added.edges.push(edge.key);
  }
  return added;
}

export function replacePayload(graph: DataGraph, payload: GraphPayload): Added {
  graph.clear();
  return mergePayload(graph, payload);
}

/** Undoes a merge: drops the edges and nodes it added (a node's remaining edges go with it). */
export function removeAdded(graph: DataGraph, added: Added): void {
  for (const edge of added.edges) if (graph.hasEdge(edge)) graph.dropEdge(edge);
  for (const node of added.nodes) if (graph.hasNode(node)) graph.dropNode(node);
}

/** The server names every node (name, else title, else the start of its text); the key is the last resort. */
export const displayName = (attributes: NodeAttributes | undefined, key: string): string =>
  attributes?.name || attributes?.id || key;
