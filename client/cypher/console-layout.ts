// Where the console sits: a bottom panel of the graph area whose height the reader sets (drag the bar, or
// arrow keys on it), remembered between visits. The graph shrinks to the space above it instead of being
// covered, and a selected node or relationship pushed out of sight is brought back into view.
import type Sigma from 'sigma';
import type { Stage } from '../network/stage.ts';
import { selection } from '../selection/selection-state.ts';
import { h } from '../ui/dom.ts';
import { setConsoleOpen, view } from '../view/view-state.ts';

const KEY = 'actorgraph:console-height:v1';
const MIN = 20;
const MAX = 75;
const STEP = 5;
const DEFAULT = 40;

export const clampHeight = (percent: number): number => Math.round(Math.min(MAX, Math.max(MIN, percent)));

function storedHeight(): number {
  const stored = Number(localStorage.getItem(KEY));
  return Number.isFinite(stored) && stored > 0 ? clampHeight(stored) : DEFAULT;
}

/** The framed-graph point the selection is drawn at: a node, or the middle of a relationship. */
function selectionPoint(stage: Stage): { x: number; y: number } | null {
  const { sigma } = stage.renderer;
  const selected = selection.get().selected;
  if (!selected) return null;
  if (selected.kind === 'node') return sigma.getNodeDisplayData(selected.key) ?? null;
  const graph = stage.graph(stage.onScreen());
  if (!graph.hasEdge(selected.key)) return null;
  const [source, target] = graph.extremities(selected.key).map((end) => sigma.getNodeDisplayData(end));
  return source && target ? { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 } : null;
}

/** Moves the camera (zoom kept) when the selection is outside the graph's visible box, margin included. */
function keepSelectionInView(stage: Stage, sigma: Sigma): void {
  const point = selectionPoint(stage);
  if (!point) return;
  const { width, height } = sigma.getDimensions();
  const margin = Math.min(40, width / 4, height / 4);
  const shown = sigma.framedGraphToViewport(point);
  const inside =
    shown.x >= margin && shown.x <= width - margin && shown.y >= margin && shown.y <= height - margin;
  if (!inside) void sigma.getCamera().animate({ x: point.x, y: point.y }, { duration: 300 });
}

/** In the panel's head, both while the console loads and once it is there. */
export const closeButton = (): HTMLButtonElement =>
  h(
    'button',
    { type: 'button', class: 'close', 'aria-label': 'Close console', onclick: () => setConsoleOpen(false) },
    '×',
  );

function resizer(area: HTMLElement, apply: (percent: number) => void, current: () => number): HTMLElement {
  const bar = h('div', {
    class: 'console-resizer',
    id: 'console-resizer',
    role: 'separator',
    tabindex: 0,
    'aria-orientation': 'horizontal',
    'aria-label': 'Console height (arrow keys resize)',
    'aria-valuemin': MIN,
    'aria-valuemax': MAX,
  });
  bar.addEventListener('pointerdown', (down) => {
    bar.setPointerCapture(down.pointerId);
    const move = (event: PointerEvent): void => {
      const box = area.getBoundingClientRect();
      apply(((box.bottom - event.clientY) / box.height) * 100);
    };
    const up = (): void => {
      bar.removeEventListener('pointermove', move);
      bar.removeEventListener('pointerup', up);
    };
    bar.addEventListener('pointermove', move);
    bar.addEventListener('pointerup', up);
  });
  bar.addEventListener('keydown', (event) => {
    const next: Record<string, number> = {
      ArrowUp: current() + STEP,
      ArrowDown: current() - STEP,
      Home: MAX,
      End: MIN,
    };
    const value = next[event.key];
    if (value === undefined) return;
    event.preventDefault();
    apply(value);
  });
  return bar;
}

/** Puts the console in its area (the graph's section), with its resize bar, and keeps the graph beside it. */
export function mountConsoleLayout(stage: Stage, root: HTMLElement): void {
  const area = root.parentElement ?? root;
  let height = storedHeight();
  const bar = resizer(
    area,
    (percent) => {
      height = clampHeight(percent);
      area.style.setProperty('--console-height', `${height}%`);
      bar.setAttribute('aria-valuenow', String(height));
      try {
        localStorage.setItem(KEY, String(height));
      } catch {
        // A remembered height is a convenience only.
      }
    },
    () => height,
  );
  area.style.setProperty('--console-height', `${height}%`);
  bar.setAttribute('aria-valuenow', String(height));
  root.prepend(bar);
  view.subscribe((s) => area.classList.toggle('console-open', s.consoleOpen));
  area.classList.toggle('console-open', view.get().consoleOpen);

  // Sigma follows only the window's size: the graph's own box changes with the console.
  // Only a real change of size counts, and once a frame: a resize must never feed itself.
  const { sigma } = stage.renderer;
  const container = sigma.getContainer();
  let size = `${container.clientWidth}x${container.clientHeight}`;
  let pending = false;
  new ResizeObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const now = `${container.clientWidth}x${container.clientHeight}`;
      if (now === size) return;
      size = now;
      sigma.resize();
      sigma.refresh();
      keepSelectionInView(stage, sigma);
    });
  }).observe(container);
}
