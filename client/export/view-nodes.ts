// The shown nodes as the explorer draws them (position, colour before any fading, size), sent with GEXF and
// GraphML exports so Gephi or yEd open the same picture.
import type { ExportView } from '../../contract/index.ts';
import { filters } from '../filters/filters-state.ts';
import { sharedVisibleCounts } from '../filters/visible-counts-memo.ts';
import type { Renderer } from '../render/renderer.ts';
import { baseColour, styledNode } from '../styling/styled.ts';

/** The contract's cap on view.nodes; a bigger view is exported without its picture rather than refused. */
const MAX_VIEW_NODES = 5_000;

const round = (value: number): number => Math.round(value * 1000) / 1000;
/** The contract takes `#rrggbb` only: any other colour is left out rather than failing the whole export. */
const HEX = /^#[0-9a-fA-F]{6}$/;

export function viewNodes(renderer: Renderer): NonNullable<ExportView> | undefined {
  const graph = renderer.graph();
  const shown = [...sharedVisibleCounts(graph, filters.get()).shown];
  if (shown.length === 0 || shown.length > MAX_VIEW_NODES) return undefined;
  const nodes: NonNullable<ExportView>['nodes'] = {};
  for (const key of shown) {
    const { x, y } = graph.getNodeAttributes(key);
    const color = baseColour(graph, key);
    nodes[key] = {
      x: round(x ?? 0),
      y: round(y ?? 0),
      ...(HEX.test(color) ? { color } : {}),
      size: round(styledNode(graph, key).size ?? renderer.sizeOf(key)),
    };
  }
  return { nodes };
}
