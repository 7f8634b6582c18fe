// Double-click expansion: small neighbourhoods are added at once; big ones first show counts by type.
import { api } from '../api/api.ts';
import type { GraphPayload } from '../api/types.ts';
import { displayName, removeAdded } from '../graph/data-graph.ts';
import type { Stage } from '../network/stage.ts';
import { announce, errorText, h } from '../ui/dom.ts';
import { countsByType, expansions, popExpansion, pushExpansion } from './expand-state.ts';

/** Up to this many neighbours are added without asking. */
const DIRECT_LIMIT = 40;

function add(stage: Stage, node: string, payload: GraphPayload, types: string[] = []): void {
  const added = stage.mergeNear(payload, node);
  expansions.update((stack) => pushExpansion(stack, { node, types, added }));
  announce(`Added ${added.nodes.length} nodes and ${added.edges.length} relationships. Undo with Ctrl+Z.`);
}

/** An expansion a link carries, repeated without asking (its types were chosen when it was made). */
export async function expandAsLinked(stage: Stage, node: string, types: string[]): Promise<void> {
  const payload = types.length
    ? (await api.neighbours(node, { types, limit: 200 })).graph
    : (await api.neighbours(node, { limit: DIRECT_LIMIT })).graph;
  add(stage, node, payload, types);
}

function chooseTypes(name: string, counts: { type: string; count: number }[]): Promise<string[] | null> {
  return new Promise((resolve) => {
    const boxes = counts.map(({ type }) =>
      h('input', { type: 'checkbox', id: `expand-${type}`, value: type }),
    );
    const dialog = h(
      'dialog',
      { class: 'expand-dialog', 'aria-labelledby': 'expand-title' },
      h('h2', { id: 'expand-title' }, `Expand ${name}`),
      h('p', {}, 'This node has many neighbours. Choose which relationships to add:'),
      h(
        'ul',
        { class: 'checks' },
        counts.map(({ type, count }, i) =>
          h('li', {}, boxes[i], h('label', { for: `expand-${type}` }, `${type} (${count})`)),
        ),
      ),
    );
    const done = (value: string[] | null) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    dialog.append(
      h(
        'div',
        { class: 'buttons' },
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            onclick: () => done(boxes.filter((b) => b.checked).map((b) => b.value)),
          },
          'Add',
        ),
        h('button', { type: 'button', onclick: () => done(null) }, 'Cancel'),
      ),
    );
    dialog.addEventListener('cancel', () => done(null));
    document.body.append(dialog);
    dialog.showModal();
  });
}

export async function expandNode(stage: Stage, node: string): Promise<void> {
  const network = stage.graph('network');
  try {
    const first = await api.neighbours(node, { limit: DIRECT_LIMIT });
    if (first.leftOut.total === 0) return add(stage, node, first.graph);
    const received = first.graph.edges
      .filter((edge) => edge.source === node || edge.target === node)
      .map((edge) => edge.attributes.relType);
    const types = await chooseTypes(
      displayName(network.getNodeAttributes(node), node),
      countsByType(received, first.leftOut.byType),
    );
    if (!types?.length) return;
    add(stage, node, (await api.neighbours(node, { types, limit: 200 })).graph, types);
  } catch (error) {
    announce(errorText(error), 'error');
  }
}

export function undoExpansion(stage: Stage): void {
  const [last, rest] = popExpansion(expansions.get());
  if (!last) return;
  removeAdded(stage.graph('network'), last.added);
  expansions.set(rest);
  announce('Expansion undone.');
}
