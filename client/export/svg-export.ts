// The view as SVG: the nodes, lines and labels sigma shows (positions from its own viewport conversion), with
// the caption above and the legend beside; 2× and 4× set the picture's size, the drawing stays vector.
import type { Renderer } from '../render/renderer.ts';
import { FRAME, type ImageLegend, legendHeight } from './image-legend.ts';

const xml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (value: number): string => String(Math.round(value * 10) / 10);

interface Dot {
  x: number;
  y: number;
  r: number;
  colour: string;
  label: string;
}

function dotOf(renderer: Renderer, node: string): Dot | null {
  const { sigma } = renderer;
  const data = sigma.getNodeDisplayData(node);
  if (!data || data.hidden) return null;
  const { x, y } = sigma.framedGraphToViewport(data);
  return { x, y, r: sigma.scaleSize(data.size), colour: data.color, label: data.label ?? '' };
}

function graphBody(renderer: Renderer): string {
  const { sigma } = renderer;
  const graph = sigma.getGraph();
  const dots = new Map<string, Dot>();
  graph.forEachNode((node) => {
    const dot = dotOf(renderer, node);
    if (dot) dots.set(node, dot);
  });
  const lines: string[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    const [a, b] = [dots.get(source), dots.get(target)];
    if (!data || data.hidden || !a || !b) return;
    lines.push(
      `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="${xml(data.color)}" stroke-width="${n(Math.max(0.5, sigma.scaleSize(data.size)))}"/>`,
    );
  });
  const circles = [...dots.values()].map(
    (d) => `<circle cx="${n(d.x)}" cy="${n(d.y)}" r="${n(d.r)}" fill="${xml(d.colour)}"/>`,
  );
  // Only the labels sigma chose to show (its label grid), so the SVG is as readable as the screen.
  const labels = [...sigma.getNodeDisplayedLabels()].flatMap((node) => {
    const d = dots.get(node);
    return d?.label ? [`<text x="${n(d.x + d.r + 3)}" y="${n(d.y + 4)}">${xml(d.label)}</text>`] : [];
  });
  return `<g class="edges">${lines.join('')}</g><g class="nodes">${circles.join('')}</g><g class="labels" font-size="12" fill="#1d232b">${labels.join('')}</g>`;
}

function legendBody(legend: ImageLegend, left: number, top: number): string {
  const { row, margin } = FRAME;
  let y = top + margin + row / 2;
  const parts = [`<text x="${left + margin}" y="${y + 4}" font-weight="600">${xml(legend.title)}</text>`];
  for (const entry of legend.entries) {
    y += row;
    parts.push(
      entry.line
        ? `<rect x="${left + margin}" y="${y - 2}" width="14" height="4" fill="${xml(entry.colour)}"/>`
        : `<circle cx="${left + margin + 6}" cy="${y}" r="6" fill="${xml(entry.colour)}"/>`,
      `<text x="${left + margin + 22}" y="${y + 4}">${xml(entry.text)}</text>`,
    );
  }
  if (legend.ramp) {
    y += row;
    const stops = legend.ramp.stops
      .map(
        (stop, i, all) =>
          `<stop offset="${n((i / Math.max(1, all.length - 1)) * 100)}%" stop-color="${stop}"/>`,
      )
      .join('');
    parts.push(
      `<defs><linearGradient id="ramp">${stops}</linearGradient></defs>`,
      `<rect x="${left + margin}" y="${y - 5}" width="${FRAME.legend - margin * 2}" height="10" fill="url(#ramp)"/>`,
    );
    y += row;
    parts.push(
      `<text x="${left + margin}" y="${y + 4}">${xml(legend.ramp.min)}</text>`,
      `<text x="${left + FRAME.legend - margin}" y="${y + 4}" text-anchor="end">${xml(legend.ramp.max)}</text>`,
    );
  }
  y += row;
  parts.push(`<text x="${left + margin}" y="${y + 4}" fill="#59606b">${xml(legend.note)}</text>`);
  return `<g class="legend" font-size="12" fill="#1d232b">${parts.join('')}</g>`;
}

export function pictureSvg(renderer: Renderer, scale: number, caption: string, legend: ImageLegend): string {
  const { width, height } = renderer.sigma.getDimensions();
  const total = {
    width: width + FRAME.legend,
    height: FRAME.caption + Math.max(height, legendHeight(legend)),
  };
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total.width * scale}" height="${total.height * scale}" ` +
    `viewBox="0 0 ${total.width} ${total.height}" font-family="${xml(FRAME.font)}">\n` +
    `<title>${xml(caption)}</title>\n` +
    `<rect width="100%" height="100%" fill="#ffffff"/>\n` +
    `<text class="caption" x="${FRAME.margin}" y="${FRAME.caption / 2 + 4}" font-size="13" fill="#1d232b">${xml(caption)}</text>\n` +
    // A nested viewport clips what lies outside the canvas, as the screen does.
    `<svg x="0" y="${FRAME.caption}" width="${width}" height="${height}">${graphBody(renderer)}</svg>\n` +
    `${legendBody(legend, width, FRAME.caption)}\n</svg>\n`
  );
}
