// The picture a link carries: the camera (in graph coordinates, so it means the same after positions are
// restored on another screen) and the positions of the nodes shown in the network view.
import type Sigma from 'sigma';
import { filters } from '../filters/filters-state.ts';
import { sharedVisibleCounts } from '../filters/visible-counts-memo.ts';
import { savePositions } from '../layout/positions.ts';
import type { Stage } from '../network/stage.ts';
import { decodePositions, encodePositions, type GraphCamera } from './view-code.ts';

/** Past this many shown nodes a link carries no positions: it would outgrow what browsers and chats keep. */
const MAX_PLACED = 400;

export function cameraOf(sigma: Sigma): GraphCamera {
  const { width, height } = sigma.getDimensions();
  const centre = sigma.viewportToGraph({ x: width / 2, y: height / 2 });
  const left = sigma.viewportToGraph({ x: 0, y: height / 2 });
  const right = sigma.viewportToGraph({ x: width, y: height / 2 });
  return { x: centre.x, y: centre.y, width: Math.abs(right.x - left.x) };
}

/** Moves the camera to show `target`; an animation still running (a re-frame after a filter) is replaced. */
export async function restoreCamera(sigma: Sigma, target: GraphCamera): Promise<void> {
  const camera = sigma.getCamera();
  const now = cameraOf(sigma);
  const centre = sigma.viewportToFramedGraph(sigma.graphToViewport({ x: target.x, y: target.y }));
  const ratio = (camera.ratio * target.width) / (now.width || 1);
  await camera.animate({ x: centre.x, y: centre.y, ratio }, { duration: 1 });
}

export function positionsCode(stage: Stage): string | null {
  if (stage.onScreen() !== 'network') return null;
  const graph = stage.graph('network');
  const shown = [...sharedVisibleCounts(graph, filters.get()).shown];
  if (shown.length > MAX_PLACED) return null;
  return encodePositions(
    shown.map((key) => {
      const { x, y } = graph.getNodeAttributes(key);
      return { key, x: x ?? 0, y: y ?? 0 };
    }),
  );
}

/** Puts the shown nodes where the link says; false when the link was made for another set of nodes. */
export function restorePositions(stage: Stage, code: string): boolean {
  const graph = stage.graph('network');
  const positions = decodePositions(code, [...sharedVisibleCounts(graph, filters.get()).shown]);
  if (!positions) return false;
  for (const [key, position] of positions) graph.mergeNodeAttributes(key, position);
  savePositions('network', graph);
  stage.renderer.sigma.refresh();
  return true;
}
