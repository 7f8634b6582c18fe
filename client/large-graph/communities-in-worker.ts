// Finds a payload's communities in a web worker (large-graph/louvain.worker.ts): only the graph's shape goes
// there, the groups come back, and the page indexes them against the payload it already holds.
import type { GraphPayload } from '../api/types.ts';
import { type Communities, indexCommunities } from './communities.ts';
import { topologyOf } from './community-groups.ts';

export interface CommunityJob {
  result: Promise<Communities>;
  /** Ends the worker; the result then never settles (a newer payload replaced this one). */
  cancel(): void;
}

export function communitiesInWorker(payload: GraphPayload): CommunityJob {
  const worker = new Worker(new URL('./louvain.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<Communities>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<string[][]>) => {
      worker.terminate();
      resolve(indexCommunities(payload, event.data));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`community detection failed: ${event.message}`));
    });
  });
  const topology = topologyOf(payload);
  worker.postMessage(topology, [topology.sources.buffer, topology.targets.buffer]);
  return { result, cancel: () => worker.terminate() };
}
