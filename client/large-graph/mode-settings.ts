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

// One object per mode, so sigma sees the same program classes again and does not rebuild its programs.
const NORMAL_EDGES = {
  arrow: EdgeArrowProgram,
  curvedArrow: EdgeCurvedArrowProgram,
  line: EdgeRectangleProgram,
};
// GL lines, no arrow heads, no curves: an arrow costs a clamped quad plus a head per edge, a curve a finely
// tessellated quad. The who-met-whom pairs keep their width, which carries the meeting count.
const LARGE_EDGES = { arrow: EdgeLineProgram, curvedArrow: EdgeLineProgram, line: EdgeRectangleProgram };
// One vertex per node instead of a triangle.
const NORMAL_NODES = { circle: NodeCircleProgram };
const LARGE_NODES = { circle: NodePointProgram };

export function modeSettings(large: boolean): Partial<Settings> {
  return {
    ...modeOptions(large),
    edgeProgramClasses: large ? LARGE_EDGES : NORMAL_EDGES,
    nodeProgramClasses: large ? LARGE_NODES : NORMAL_NODES,
  };
}
