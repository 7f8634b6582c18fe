// A small read-only window hook for the browser tests and the benchmark: counts, positions, visibility.
import type { Renderer } from '../render/renderer.ts';
import { view } from './view-state.ts';

export interface ActorgraphHook {
  ready: Promise<void>;
  firstRenderMs?: number;
  nodeCount(): number;
  edgeCount(): number;
  mode(): string;
  hasNode(key: string): boolean;
  /** Page coordinates (CSS pixels) of a node's centre, for tests that click it. */
  positionOf(key: string): { x: number; y: number } | null;
  isHidden(key: string): boolean;
  nodesWhere(label: string): { key: string; name: string; attributes: Record<string, unknown> }[];
}

declare global {
  interface Window {
    __actorgraph?: ActorgraphHook;
  }
}

let markReady: () => void = () => {};
const ready = new Promise<void>((resolve) => {
  markReady = resolve;
});

export function installTestHook(renderer: Renderer): () => void {
  const { sigma } = renderer;
  window.__actorgraph = {
    ready,
    nodeCount: () => renderer.graph().order,
    edgeCount: () => renderer.graph().size,
    mode: () => view.get().mode,
    hasNode: (key) => renderer.graph().hasNode(key),
    positionOf(key) {
      const data = sigma.getNodeDisplayData(key);
      if (!data || data.hidden) return null;
      const point = sigma.framedGraphToViewport(data);
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    isHidden: (key) => sigma.getNodeDisplayData(key)?.hidden === true,
    nodesWhere: (label) =>
      renderer
        .graph()
        .filterNodes((_node, attributes) => attributes.label === label)
        .map((key) => {
          const attributes = renderer.graph().getNodeAttributes(key);
          return { key, name: String(attributes.name ?? key), attributes: { ...attributes } };
        }),
  };
  return () => {
    if (window.__actorgraph) window.__actorgraph.firstRenderMs = performance.now();
    markReady();
  };
}
