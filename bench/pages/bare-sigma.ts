// The benchmark's reference: sigma with default settings drawing the same graph, with an FA2 worker.
import { MultiDirectedGraph } from 'graphology';
import FA2Module from 'graphology-layout-forceatlas2/worker.js';
import Sigma from 'sigma';
import { interopDefault } from '../../client/graph/interop.ts';

const FA2LayoutSupervisor = interopDefault(FA2Module);

declare global {
  interface Window {
    __bare?: { ready: Promise<void>; firstRenderMs?: number; startLayout(): void; stopLayout(): void };
  }
}

let markReady: () => void = () => {};
const ready = new Promise<void>((resolve) => {
  markReady = resolve;
});
const payload = await (await fetch('/api/graph/overview')).json();
const graph = new MultiDirectedGraph();
graph.import(payload);
// Same sizes range and labels as the client shows, so both pages draw the same picture.
graph.forEachNode((node, attributes) => {
  graph.mergeNodeAttributes(node, {
    size: 4 + Math.min(14, Math.sqrt(graph.degree(node))),
    label: attributes.name,
  });
});
// Edges are drawn as arrows like the client's (the relationship type is `relType`, apart from sigma's `type`).
graph.updateEachEdgeAttributes((_edge, attributes) => ({ ...attributes, type: 'arrow' }));
const container = document.getElementById('graph') as HTMLElement;
const sigma = new Sigma(graph, container);
const layout = new FA2LayoutSupervisor(graph, {
  settings: { barnesHutOptimize: graph.order > 1000, scalingRatio: 10, gravity: 1 },
});
window.__bare = {
  ready,
  startLayout: () => layout.start(),
  stopLayout: () => layout.stop(),
};
sigma.once('afterRender', () => {
  if (window.__bare) window.__bare.firstRenderMs = performance.now();
  markReady();
});
sigma.refresh();
