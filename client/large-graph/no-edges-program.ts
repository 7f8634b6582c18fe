// An edge program that draws nothing, for large graphs while the layout runs: sigma re-indexes every edge on
// every layout update, and a program that hides them still fills, uploads and draws a buffer for all of them.
import type { Attributes } from 'graphology-types';
import type { EdgeLabelDrawingFunction } from 'sigma/rendering';

export class NoEdgesProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> {
  drawLabel: EdgeLabelDrawingFunction<N, E, G> | undefined = undefined;
  reallocate(_capacity: number): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}
