// After publishing: the server's summary (entities linked and created, facts recorded and corroborated), each
// key a link that shows it in the network, whose graph is reloaded with the new nodes highlighted.
import { api } from '../api/api.ts';
import type { PublishSummary } from '../api/types.ts';
import { showNode } from '../network/show-node.ts';
import type { Stage } from '../network/stage.ts';
import { highlight } from '../selection/selection-state.ts';
import { announce, errorText, h } from '../ui/dom.ts';

/** Merges the overview again (new nodes placed near their neighbours) and highlights what the article added. */
export async function showPublished(stage: Stage, summary: PublishSummary): Promise<void> {
  try {
    stage.load('network', await api.overview(), false);
    const keys = [...summary.entitiesCreated, ...summary.factsRecorded, ...summary.factsCorroborated];
    for (const key of keys) {
      if (!stage.graph('network').hasNode(key) && !key.includes('->')) {
        const { graph } = await api.neighbours(key, { limit: 20 });
        stage.mergeNear(graph);
      }
    }
    highlight(keys.filter((key) => stage.graph('network').hasNode(key)));
  } catch (error) {
    announce(`The network could not be reloaded: ${errorText(error)}`, 'error');
  }
}

export function publishSummary(stage: Stage, summary: PublishSummary, close: () => void): HTMLElement {
  const link = (key: string) =>
    h(
      'li',
      {},
      key.includes('->')
        ? key
        : h(
            'button',
            {
              type: 'button',
              class: 'link',
              'data-key': key,
              onclick: () => {
                close();
                void showNode(stage, key);
              },
            },
            key,
          ),
    );
  const group = (title: string, keys: string[]) =>
    h(
      'div',
      {},
      h('h4', {}, `${title} (${keys.length})`),
      keys.length ? h('ul', {}, ...keys.map(link)) : null,
    );
  return h(
    'section',
    { class: 'wb-published', id: 'wb-published', 'aria-label': 'Published' },
    h('h2', {}, 'Published'),
    h('p', {}, `${summary.mentionsLinked} mentions linked. The network now shows the new nodes highlighted.`),
    group('Entities created', summary.entitiesCreated),
    group('Facts recorded', summary.factsRecorded),
    group('Facts corroborated (a new source)', summary.factsCorroborated),
    h('button', { type: 'button', id: 'wb-back-to-graph', onclick: close }, 'Back to the graph'),
  );
}
