// A small read-only window hook for the browser tests and the benchmark: counts, positions, visibility, calm.
import { largeGraph } from '../large-graph/large-mode.ts';
import { drawingPaused } from '../large-graph/mode-settings.ts';
import { layoutRunning } from '../layout/layout-runner.ts';
import { view } from '../view/view-state.ts';
import type { Stage } from './stage.ts';

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
  /** Nodes on screen with this Neo4j label, with their Neo4j properties. */
  nodesWhere(nodeLabel: string): { key: string; name: string; properties: Record<string, unknown> }[];
  /** What sigma draws for an edge (colour, size, label, hidden), as the reducers made it. */
  edgeDisplay(key: string): { color: string; size: number; label: string | null; hidden: boolean } | null;
  /** Edges on screen of this relationship type, with their properties. */
  edgesWhere(
    relType: string,
  ): { key: string; source: string; target: string; properties: Record<string, unknown> }[];
  /** The camera: x, y and ratio in sigma's framed coordinates. */
  camera(): { x: number; y: number; ratio: number };
  /** Large-graph mode (large-graph/large-mode.ts) and the sigma settings it switches. */
  largeMode(): {
    on: boolean;
    hideEdgesOnMove: boolean;
    hideLabelsOnMove: boolean;
    labelDensity: number;
    /** The last frame was drawn without edges and labels (the camera was moving). */
    lastFrameBare: boolean;
    /** Edges and labels are held back while the layout moves a large graph. */
    edgesPaused: boolean;
  };
  /** Whether nothing moves right now: no layout running and the camera still. */
  isSettled(): boolean;
  /** Resolves once the picture has been still for two frames in a row; rejects after `timeoutMs`. */
  settled(timeoutMs?: number): Promise<void>;
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

/** Two calm frames, because an action may schedule its camera move for the next frame. */
function waitForCalm(isSettled: () => boolean, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + timeoutMs;
    let calmFrames = 0;
    const check = (): void => {
      calmFrames = isSettled() ? calmFrames + 1 : 0;
      if (calmFrames >= 2) resolve();
      else if (performance.now() > deadline) reject(new Error(`Still moving after ${timeoutMs} ms`));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

export function installTestHook(stage: Stage): () => void {
  const { sigma } = stage.renderer;
  const graph = () => stage.graph(stage.onScreen());
  const isSettled = (): boolean => !layoutRunning.get() && !sigma.getCamera().isAnimated();
  window.__actorgraph = {
    ready,
    nodeCount: () => graph().order,
    edgeCount: () => graph().size,
    mode: () => view.get().mode,
    hasNode: (key) => graph().hasNode(key),
    positionOf(key) {
      const data = sigma.getNodeDisplayData(key);
      if (!data || data.hidden) return null;
      const point = sigma.framedGraphToViewport(data);
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    isHidden: (key) => sigma.getNodeDisplayData(key)?.hidden === true,
    nodesWhere: (nodeLabel) =>
      graph()
        .filterNodes((_node, attributes) => attributes.nodeLabel === nodeLabel)
        .map((key) => {
          const { name, properties } = graph().getNodeAttributes(key);
          return { key, name, properties: { ...properties } };
        }),
    edgeDisplay(key) {
      const data = sigma.getEdgeDisplayData(key);
      if (!data) return null;
      return { color: data.color, size: data.size, label: data.label, hidden: data.hidden === true };
    },
    edgesWhere: (relType) =>
      graph()
        .filterEdges((_edge, attributes) => attributes.relType === relType)
        .map((key) => ({
          key,
          source: graph().source(key),
          target: graph().target(key),
          properties: { ...graph().getEdgeAttributes(key).properties },
        })),
    camera: () => {
      const { x, y, ratio } = sigma.getCamera().getState();
      return { x, y, ratio };
    },
    largeMode: () => ({
      on: largeGraph.get(),
      hideEdgesOnMove: sigma.getSetting('hideEdgesOnMove'),
      hideLabelsOnMove: sigma.getSetting('hideLabelsOnMove'),
      labelDensity: sigma.getSetting('labelDensity'),
      lastFrameBare: stage.renderer.lastFrameBare(),
      edgesPaused: drawingPaused(),
    }),
    isSettled,
    settled: (timeoutMs = 15_000) => waitForCalm(isSettled, timeoutMs),
  };
  return () => {
    if (window.__actorgraph) window.__actorgraph.firstRenderMs = performance.now();
    markReady();
  };
}
