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
    const attributes = (node.attributes ?? {}) as NodeAttributes;
    if (graph.hasNode(node.key)) {
      const { x: _x, y: _y, ...rest } = attributes;
      graph.mergeNodeAttributes(node.key, rest);
    } else {
      graph.addNode(node.key, { ...attributes });
      added.nodes.push(node.key);
    }
  }
  for (const edge of payload.edges) {
    const attributes = (edge.attributes ?? { type: 'RELATED' }) as EdgeAttributes;
    if (edge.key !== undefined && graph.hasEdge(edge.key)) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const key =
      edge.key !== undefined
        ? graph.addEdgeWithKey(edge.key, edge.source, edge.target, { ...attributes })
        : graph.addEdge(edge.source, edge.target, { ...attributes });
    added.edges.push(key);
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

export const displayName = (attributes: NodeAttributes | undefined, key: string): string =>
  String(attributes?.name ?? attributes?.title ?? attributes?.text ?? attributes?.id ?? key);

/** The network on screen, and the person-to-person meetings network of the who-met-whom view. */
export const networkGraph = createDataGraph();
export const meetingsGraph = createDataGraph();
