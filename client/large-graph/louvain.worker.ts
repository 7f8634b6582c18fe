// The web worker that finds a large graph's communities, so the page stays responsive meanwhile.
import { groupCommunities, type Topology } from './community-groups.ts';

self.addEventListener('message', (event: MessageEvent<Topology>) => {
  self.postMessage(groupCommunities(event.data));
});
