// The styles of the graph on screen, computed once per graph change or style change and read by the reducers
// (kept out of the graph's attributes, like sizes and curvature).
import type { DataGraph } from '../graph/data-graph.ts';
import { colourFor } from '../graph/palette.ts';
import { type NodeStyles, nodeStyles } from './node-style.ts';
import { type StyleState, styleState } from './style-state.ts';

const versions = new WeakMap<DataGraph, { version: number }>();
const cache = new WeakMap<DataGraph, { version: number; state: StyleState; styles: NodeStyles }>();

/** A counter per graph that moves when nodes or edges come or go (positions moving do not restyle). */
function versionOf(graph: DataGraph): number {
  let entry = versions.get(graph);
  if (!entry) {
    const counter = { version: 0 };
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) {
      graph.on(event, () => {
        counter.version += 1;
      });
    }
    versions.set(graph, counter);
    entry = counter;
  }
  return entry.version;
}

export function stylesOf(graph: DataGraph, state: StyleState = styleState.get()): NodeStyles {
  const version = versionOf(graph);
  const hit = cache.get(graph);
  if (hit && hit.version === version && hit.state === state) return hit.styles;
  const styles = nodeStyles(graph, state);
  cache.set(graph, { version, state, styles });
  return styles;
}

/** The colour and size styling gives a node, or nothing where the defaults (label, size metric) apply. */
export function styledNode(graph: DataGraph, node: string): { color?: string; size?: number } {
  const { colours, sizes } = stylesOf(graph);
  if (!colours && !sizes) return {};
  const color = colours?.get(node);
  const size = sizes?.get(node);
  return { ...(color ? { color } : {}), ...(size === undefined ? {} : { size }) };
}

/** The node's colour as drawn before any fading: its style, else its label's colour. */
export const baseColour = (graph: DataGraph, node: string): string =>
  styledNode(graph, node).color ?? colourFor(graph.getNodeAttributes(node).nodeLabel);
