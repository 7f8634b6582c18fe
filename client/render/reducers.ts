// The render layer: pure sigma reducers that turn data attributes plus UI state into what is drawn.
// The data never uses sigma's names (label, type, size, color, hidden…): only these functions produce them.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../api/types.ts';
import { edgePasses, type FiltersState, nodePasses } from '../filters/filters-state.ts';
import { type DataGraph, displayName } from '../graph/data-graph.ts';
import { colourFor, DIMMED_EDGE, DIMMED_NODE, EDGE_COLOUR, HIGHLIGHT_EDGE } from '../graph/palette.ts';
import { metLabel, metStyle } from '../meetings/met-style.ts';
import type { SelectionState } from '../selection/selection-state.ts';
import { sourceCountOf } from '../sources/source-count.ts';
import { styledNode } from '../styling/styled.ts';

/** Statements and claims are named by whole sentences: labels stay short, the panel shows the rest. */
const shortLabel = (text: string, max = 30): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

export interface RenderContext {
  graph: DataGraph;
  sizes: Map<string, number>;
  curvature: Map<string, number>;
  selection: SelectionState;
  filters: FiltersState;
  /** The hovered or selected node and its neighbours: everything else fades while it is set. */
  focus: { node: string; neighbours: ReadonlySet<string> } | null;
}

export function focusOf(
  graph: DataGraph,
  selection: SelectionState,
  filters: FiltersState,
): RenderContext['focus'] {
  const selectedNode = selection.selected?.kind === 'node' ? selection.selected.key : null;
  const node = selection.hovered ?? selectedNode;
  // A selected node that the filters hide must not fade out everything that is still shown.
  if (!node || !graph.hasNode(node) || !nodePasses(filters, graph.getNodeAttributes(node))) return null;
  return { node, neighbours: new Set(graph.neighbors(node)) };
}

export function reduceNode(
  context: RenderContext,
  node: string,
  data: NodeAttributes,
): Partial<NodeDisplayData> {
  const { selection, focus } = context;
  // Styling by data (client/styling) overrides the label's colour and the metric's size when chosen.
  const styled = styledNode(context.graph, node);
  const display: Partial<NodeDisplayData> = {
    x: data.x ?? 0,
    y: data.y ?? 0,
    label: shortLabel(displayName(data, node)),
    color: styled.color ?? colourFor(data.nodeLabel),
    size: styled.size ?? context.sizes.get(node) ?? 5,
  };
  if (!nodePasses(context.filters, data)) return { ...display, hidden: true };
  const isSelected = selection.selected?.kind === 'node' && selection.selected.key === node;
  const highlightOn = selection.highlightNodes.size > 0;
  if (isSelected || selection.highlightNodes.has(node)) {
    return { ...display, highlighted: true, forceLabel: true, zIndex: 2 };
  }
  if (focus) {
    if (focus.node === node) return { ...display, highlighted: true, forceLabel: true, zIndex: 2 };
    // Forcing every neighbour's label on a hub would bury the picture in overlapping text.
    if (focus.neighbours.has(node)) return { ...display, forceLabel: focus.neighbours.size <= 15, zIndex: 1 };
    return { ...display, color: DIMMED_NODE, label: '', zIndex: 0 };
  }
  if (highlightOn) return { ...display, color: DIMMED_NODE, label: '', zIndex: 0 };
  return display;
}

export function reduceEdge(
  context: RenderContext,
  edge: string,
  data: EdgeAttributes,
): Partial<EdgeDisplayData> {
  const { graph, selection, focus } = context;
  const curvature = context.curvature.get(edge);
  const { properties } = data;
  const weight = typeof properties.weight === 'number' ? properties.weight : 1;
  // Meetings between two people have no direction: a plain line whose colour says whether they met (held) or
  // were due to (scheduled, proposed), labelled with how many meetings and sources, and at least 4 px wide so
  // that sigma's down-sized (half-resolution) picking buffer still finds a diagonal line under the pointer.
  const met = data.relType === 'MET';
  const listed = Array.isArray(properties.sources) ? properties.sources.length : null;
  const display: Partial<EdgeDisplayData> & { curvature?: number } = met
    ? {
        color: metStyle(properties.statuses).color,
        size: 4 + (weight - 1) * 2,
        label: metLabel(weight, properties.statuses, sourceCountOf(properties) ?? listed),
        type: 'line',
      }
    : {
        color: EDGE_COLOUR,
        size: 1,
        label: data.relType,
        type: curvature ? 'curvedArrow' : 'arrow',
        ...(curvature ? { curvature } : {}),
      };
  if (!edgePasses(context.filters, data.relType)) return { ...display, hidden: true };
  const isSelected = selection.selected?.kind === 'edge' && selection.selected.key === edge;
  if (isSelected || selection.highlightEdges.has(edge)) {
    return { ...display, color: HIGHLIGHT_EDGE, size: (display.size ?? 1) + 2, forceLabel: true, zIndex: 2 };
  }
  if (focus) {
    const touches = graph.source(edge) === focus.node || graph.target(edge) === focus.node;
    return touches
      ? { ...display, color: met ? display.color : '#59606b', forceLabel: true, zIndex: 1 }
      : { ...display, color: DIMMED_EDGE, label: '' };
  }
  const highlightOn = selection.highlightNodes.size > 0 || selection.highlightEdges.size > 0;
  if (highlightOn) return { ...display, color: DIMMED_EDGE, label: '' };
  return met ? display : { ...display, label: '' };
}
