// Re-centres the camera on the nodes a filter leaves visible, so hiding most of the graph does not leave the
// rest small in a corner.
import type Sigma from 'sigma';

/** The camera (framed coordinates: the whole graph is [0, 1] at ratio 1) that shows these nodes with a margin. */
export function frameFor(points: readonly { x: number; y: number }[]): {
  x: number;
  y: number;
  ratio: number;
} {
  if (points.length === 0) return { x: 0.5, y: 0.5, ratio: 1 };
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  // One node alone is shown at a comfortable zoom rather than filling the screen.
  const extent = Math.max(maxX - minX, maxY - minY, 0.15);
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.min(1, extent * 1.15) };
}

export function fitToNodes(sigma: Sigma, nodes: readonly string[], duration = 300): void {
  const points = nodes.flatMap((node) => {
    const data = sigma.getNodeDisplayData(node);
    return data ? [{ x: data.x, y: data.y }] : [];
  });
  void sigma.getCamera().animate(frameFor(points), { duration });
}
