// The sigma settings of each mode with their programs: one-pixel lines and point nodes in large mode.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import {
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
} from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { modeOptions } from './large-mode.ts';
import { NoEdgesProgram } from './no-edges-program.ts';

// One object per mode, so sigma sees the same program classes again and does not rebuild its programs.
const NORMAL_EDGES = {
  arrow: EdgeArrowProgram,
  curvedArrow: EdgeCurvedArrowProgram,
  line: EdgeRectangleProgram,
};
// GL lines, no arrow heads, no curves: an arrow costs a clamped quad plus a head per edge, a curve a finely
// tessellated quad. The who-met-whom pairs keep their width, which carries the meeting count.
const LARGE_EDGES = { arrow: EdgeLineProgram, curvedArrow: EdgeLineProgram, line: EdgeRectangleProgram };
// While a large graph's layout runs, edges are not drawn at all (the reducer hides them too, for the test hook).
const NO_EDGES = { arrow: NoEdgesProgram, curvedArrow: NoEdgesProgram, line: NoEdgesProgram };
// One vertex per node instead of a triangle.
const NORMAL_NODES = { circle: NodeCircleProgram };
const LARGE_NODES = { circle: NodePointProgram };

export function modeSettings(large: boolean, layoutRunning = false): Partial<Settings> {
  const moving = large && layoutRunning;
  return {
    ...modeOptions(large),
    edgeProgramClasses: moving ? NO_EDGES : large ? LARGE_EDGES : NORMAL_EDGES,
    nodeProgramClasses: large ? LARGE_NODES : NORMAL_NODES,
    // Labels off too while the layout moves a large graph: text is the costliest part of a frame.
    renderLabels: !moving,
  };
}
