// The sigma settings of each mode with their programs: one-pixel lines and point nodes in large mode, whose
// edges and labels are held back, without a re-index, while the layout moves a large graph.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Sigma from 'sigma';
import {
  drawDiscNodeLabel,
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
} from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { RenderParams } from 'sigma/types';
import { modeOptions } from './large-mode.ts';

// Whether a large graph's layout runs: its edges and labels are then not drawn. The one record of it (the
// renderer sets it, the test hook reads it). A flag read at draw time rather than a setting, because any change
// of sigma's settings re-indexes the whole graph (at 100,000 edges, the costliest frame of a layout run); the
// reducers do not hide edges for it either, so what they gave each edge stays true meanwhile (exports, tests).
let paused = false;

/** Lines that are not drawn while the layout runs: their buffers keep the old places until the re-index after. */
class PausableLines extends EdgeLineProgram {
  override render(params: RenderParams): void {
    if (!paused) super.render(params);
  }
}
class PausableRectangles extends EdgeRectangleProgram {
  override render(params: RenderParams): void {
    if (!paused) super.render(params);
  }
}

// One object per mode, so sigma sees the same program classes again and does not rebuild its programs.
const NORMAL_EDGES = {
  arrow: EdgeArrowProgram,
  curvedArrow: EdgeCurvedArrowProgram,
  line: EdgeRectangleProgram,
};
// GL lines, no arrow heads, no curves: an arrow costs a clamped quad plus a head per edge, a curve a finely
// tessellated quad. The who-met-whom pairs keep their width, which carries the meeting count.
const LARGE_EDGES = { arrow: PausableLines, curvedArrow: PausableLines, line: PausableRectangles };
// One vertex per node instead of a triangle.
const NORMAL_NODES = { circle: NodeCircleProgram };
const LARGE_NODES = { circle: NodePointProgram };

/** Labels too are held back while the layout runs: text is the costliest part of a frame. */
const drawLabel: Settings['defaultDrawNodeLabel'] = (context, data, settings) => {
  if (!paused) drawDiscNodeLabel(context, data, settings);
};

export function modeSettings(large: boolean): Partial<Settings> {
  return {
    ...modeOptions(large),
    edgeProgramClasses: large ? LARGE_EDGES : NORMAL_EDGES,
    nodeProgramClasses: large ? LARGE_NODES : NORMAL_NODES,
    defaultDrawNodeLabel: drawLabel,
  };
}

/** Whether edges and labels are held back now (the test hook reports it). */
export const drawingPaused = (): boolean => paused;

/**
 * Holds a large graph's edges and labels back while its layout runs, or draws them again. Holding back
 * costs nothing now: the picture stays right until the layout's first update moves the nodes, and that
 * update's frame is drawn without them. Drawing again re-indexes once, since the edges must follow the nodes.
 */
export function pauseForLayout(sigma: Sigma, pause: boolean): void {
  if (pause === paused) return;
  paused = pause;
  if (!pause) sigma.refresh({ schedule: true });
}
