// The legend: one colour per label in the view with its count there (each entry is also the label's show/hide
// switch), and in who met whom what each line means.
import { filters, toggleLabel } from '../filters/filters-state.ts';
import { sharedVisibleCounts } from '../filters/visible-counts-memo.ts';
import { colourFor } from '../graph/palette.ts';
import { MET_STYLES } from '../meetings/met-style.ts';
import type { Stage } from '../network/stage.ts';
import { keyForShown } from '../styling/node-style.ts';
import { styleState } from '../styling/style-state.ts';
import { stylesOf } from '../styling/styled.ts';
import { h } from '../ui/dom.ts';
import { colourKeyView } from './colour-key.ts';
import { styleControl } from './style-control.ts';

/** Each label with its count; its swatch only while nodes are coloured by label (else it would mislead). */
function labelItem(label: string, count: number, swatch: boolean): HTMLElement {
  const box = h('input', { type: 'checkbox', id: `legend-${label}`, 'data-label': label });
  box.checked = !filters.get().hiddenLabels.has(label);
  box.addEventListener('change', () => filters.update((s) => toggleLabel(s, label)));
  const unsubscribe = filters.subscribe((s) => {
    if (!box.isConnected) return unsubscribe();
    box.checked = !s.hiddenLabels.has(label);
  });
  return h(
    'li',
    {},
    box,
    h(
      'label',
      { for: `legend-${label}` },
      swatch ? h('span', { class: 'swatch', style: `background:${colourFor(label)}` }) : null,
      label,
      h('span', { class: 'count' }, String(count)),
    ),
  );
}

/** What each line of who met whom looks like and means; the statuses filter hides them. */
function lineKey(): HTMLElement {
  return h(
    'ul',
    { class: 'line-key', id: 'met-legend', 'aria-label': 'Lines by meeting status' },
    Object.values(MET_STYLES).map((style) =>
      h(
        'li',
        { 'data-status': style.status },
        h('span', { class: 'line-swatch', style: `background:${style.color}` }),
        h('span', {}, h('strong', {}, style.status), ` — ${style.looks}: ${style.means}`),
      ),
    ),
  );
}

export function legendView(stage: Stage): HTMLElement {
  const list = h('ul', { class: 'legend' });
  const key = lineKey();
  // Only the labels of the graph on screen, with their counts there: a legend of absent types misleads. The
  // list is rebuilt only when the graph changes, so a switch keeps the keyboard focus when it is toggled.
  const colourKey = h('div', {});
  let shown = '';
  let keyShown = 'null';
  const render = (): void => {
    const graph = stage.graph(stage.onScreen());
    const { byLabel, shown: shownNodes } = sharedVisibleCounts(graph, filters.get());
    const labels = [...byLabel].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    const byLabelColour = styleState.get().colourBy === 'label';
    const signature = JSON.stringify([labels, byLabelColour]);
    if (signature !== shown) {
      shown = signature;
      list.replaceChildren(...labels.map(([label, count]) => labelItem(label, count, byLabelColour)));
    }
    // The colour key follows the style and the graph on screen (styles are cached, so this is cheap).
    const styles = stylesOf(graph);
    const styleKey =
      styles.colourKey && styles.colours ? keyForShown(styles.colourKey, styles.colours, shownNodes) : null;
    const keySignature = JSON.stringify(styleKey);
    if (keySignature !== keyShown) {
      keyShown = keySignature;
      colourKey.replaceChildren(...(styleKey ? [colourKeyView(styleKey)] : []));
    }
    key.hidden = stage.onScreen() !== 'meetings';
  };
  stage.changes.subscribe(render);
  // The colour key counts what the filters leave shown.
  filters.subscribe(render);
  styleState.subscribe(() => {
    // The reducers read the style; an unchanged update of every node tells each listener of the graph (sigma,
    // which re-indexes the new sizes, and any memo of reduced displays) that what is drawn must be reduced again.
    for (const scope of ['network', 'meetings'] as const)
      stage.graph(scope).updateEachNodeAttributes((_node, attributes) => attributes);
    render();
  });
  render();
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'legend-title' },
    h('h2', { id: 'legend-title' }, 'Legend'),
    list,
    colourKey,
    key,
    styleControl(stage),
  );
}
