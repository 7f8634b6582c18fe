// UI state of the path finder: the two ends and the shortest paths found between them.
import { createStore } from '../ui/store.ts';

export interface PathsState {
  from: { key: string; name: string } | null;
  to: { key: string; name: string } | null;
  paths: { nodes: string[]; edges: string[] }[];
}

export const emptyPaths: PathsState = { from: null, to: null, paths: [] };
export const pathsState = createStore<PathsState>(emptyPaths);

export const pathNodes = (s: PathsState): Set<string> => new Set(s.paths.flatMap((path) => path.nodes));
export const pathEdges = (s: PathsState): Set<string> => new Set(s.paths.flatMap((path) => path.edges));
