// The view as a PNG at 1×, 2× or 4×: sigma's layers drawn again at that pixel density, with a caption band
// above and the legend beside, on white.
import { drawOnCanvas } from '@sigma/export-image';
import type { Renderer } from '../render/renderer.ts';
import { FRAME, type ImageLegend, legendHeight } from './image-legend.ts';

/**
 * Sigma sizes its canvases by window.devicePixelRatio when a renderer is made. The picture is drawn by a
 * temporary renderer, so raising the ratio for its making gives the same picture with `scale` times the
 * pixels (labels and lines as sharp, not smaller); the page's own value comes back at once.
 */
async function graphCanvas(renderer: Renderer, density: number): Promise<HTMLCanvasElement> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => density });
  try {
    return await drawOnCanvas(renderer.sigma, { backgroundColor: '#ffffff' });
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else Reflect.deleteProperty(window, 'devicePixelRatio');
  }
}

function drawLegend(ctx: CanvasRenderingContext2D, legend: ImageLegend, left: number, top: number): void {
  const { row, margin, font } = FRAME;
  let y = top + margin + row / 2;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1d232b';
  ctx.font = `600 12px ${font}`;
  ctx.fillText(legend.title, left + margin, y);
  ctx.font = `12px ${font}`;
  for (const entry of legend.entries) {
    y += row;
    ctx.fillStyle = entry.colour;
    if (entry.line) ctx.fillRect(left + margin, y - 2, 14, 4);
    else {
      ctx.beginPath();
      ctx.arc(left + margin + 6, y, 6, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = '#1d232b';
    ctx.fillText(entry.text, left + margin + 22, y, FRAME.legend - margin * 2 - 22);
  }
  if (legend.ramp) {
    y += row;
    const gradient = ctx.createLinearGradient(left + margin, 0, left + FRAME.legend - margin, 0);
    const { stops } = legend.ramp;
    for (const [i, stop] of stops.entries()) gradient.addColorStop(i / Math.max(1, stops.length - 1), stop);
    ctx.fillStyle = gradient;
    ctx.fillRect(left + margin, y - 5, FRAME.legend - margin * 2, 10);
    y += row;
    ctx.fillStyle = '#1d232b';
    ctx.fillText(legend.ramp.min, left + margin, y);
    ctx.textAlign = 'right';
    ctx.fillText(legend.ramp.max, left + FRAME.legend - margin, y);
    ctx.textAlign = 'left';
  }
  y += row;
  ctx.fillStyle = '#59606b';
  ctx.fillText(legend.note, left + margin, y);
}

export async function pictureBlob(
  renderer: Renderer,
  scale: number,
  caption: string,
  legend: ImageLegend,
): Promise<Blob> {
  const density = (window.devicePixelRatio || 1) * scale;
  const graph = await graphCanvas(renderer, density);
  const { width, height } = renderer.sigma.getDimensions();
  const total = {
    width: width + FRAME.legend,
    height: FRAME.caption + Math.max(height, legendHeight(legend)),
  };
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(total.width * density);
  canvas.height = Math.round(total.height * density);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the picture (no 2D canvas).');
  ctx.scale(density, density);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, total.width, total.height);
  ctx.fillStyle = '#1d232b';
  ctx.font = `13px ${FRAME.font}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(caption, FRAME.margin, FRAME.caption / 2, total.width - FRAME.margin * 2);
  ctx.drawImage(graph, 0, FRAME.caption, width, height);
  ctx.strokeStyle = '#d9dce1';
  ctx.strokeRect(width + 0.5, FRAME.caption + 0.5, FRAME.legend - 1, legendHeight(legend) - 1);
  drawLegend(ctx, legend, width, FRAME.caption);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))),
      'image/png',
    ),
  );
}
