// Brings a node on screen (fetching its neighbourhood if it is not there), selects, highlights and centres it.
import { api } from '../api/api.ts';
import { highlight, selectNode } from '../selection/selection-state.ts';
import type { Stage } from './stage.ts';

export async function showNode(stage: Stage, key: string): Promise<void> {
  const graph = stage.graph(stage.onScreen());
  if (!graph.hasNode(key) && stage.onScreen() === 'network') {
    const { graph: neighbourhood } = await api.neighbours(key, { limit: 50 });
    stage.mergeNear(neighbourhood);
  }
  if (!graph.hasNode(key)) return;
  selectNode(key);
  highlight([key]);
  // Let sigma index the new node before asking for its display position.
  // Who met whom is small: zoomed in as far as in the network, a person's partners would be off-screen.
  const ratio = stage.onScreen() === 'meetings' ? 0.9 : 0.35;
  requestAnimationFrame(() => stage.renderer.centreOn(key, ratio));
}
