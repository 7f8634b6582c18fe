// The Style control: colour nodes by label, a metric, their sources or a property, and size them by a metric,
// their sources or a numeric property (as Bloom's rule-based styling and Gephi Lite's appearance panel do).
import type { Stage } from '../network/stage.ts';
import { type PropertyChoice, propertyChoices } from '../styling/node-values.ts';
import { setColourBy, setDataSizeBy, styleState } from '../styling/style-state.ts';
import { h } from '../ui/dom.ts';
import { type SizeMetric, setSizeBy, view } from '../view/view-state.ts';

const METRICS: { value: SizeMetric; text: string }[] = [
  { value: 'degree', text: 'Degree' },
  { value: 'betweenness', text: 'Betweenness' },
  { value: 'pagerank', text: 'PageRank' },
];
const isMetric = (value: string): value is SizeMetric => METRICS.some((metric) => metric.value === value);

const option = (value: string, text: string, selected: boolean): HTMLOptionElement =>
  h('option', { value, selected }, text);

function colourOptions(choices: PropertyChoice[], current: string): HTMLOptionElement[] {
  return [
    option('label', 'Label', current === 'label'),
    ...METRICS.map((m) => option(m.value, m.text, current === m.value)),
    option('sourceCount', 'Sources (facts)', current === 'sourceCount'),
    ...choices.map((c) =>
      option(c.source, `${c.name} (${c.numeric ? 'number' : 'text'})`, current === c.source),
    ),
  ];
}

function sizeOptions(choices: PropertyChoice[], current: string): HTMLOptionElement[] {
  return [
    ...METRICS.map((m) => option(m.value, m.text, current === m.value)),
    option('sourceCount', 'Sources (facts)', current === 'sourceCount'),
    ...choices
      .filter((c) => c.numeric)
      .map((c) => option(c.source, `${c.name} (number)`, current === c.source)),
  ];
}

/** A source chosen from a link may not be offered by this graph: it stays listed so the select can show it. */
function withCurrent(options: HTMLOptionElement[], current: string): HTMLOptionElement[] {
  return options.some((o) => o.value === current)
    ? options
    : [...options, option(current, current.replace(/^p\./, ''), true)];
}

export function styleControl(stage: Stage): HTMLElement {
  const colour = h('select', { id: 'colour-by' });
  const size = h('select', { id: 'size-by' });
  const render = (): void => {
    const choices = propertyChoices(stage.graph(stage.onScreen()));
    const { colourBy, sizeBy } = styleState.get();
    const sizeCurrent = sizeBy ?? view.get().sizeBy;
    colour.replaceChildren(...withCurrent(colourOptions(choices, colourBy), colourBy));
    size.replaceChildren(...withCurrent(sizeOptions(choices, sizeCurrent), sizeCurrent));
    colour.value = colourBy;
    size.value = sizeCurrent;
  };
  colour.addEventListener('change', () => setColourBy(colour.value));
  size.addEventListener('change', () => {
    if (isMetric(size.value)) {
      setDataSizeBy(null);
      setSizeBy(size.value);
    } else setDataSizeBy(size.value);
  });
  let shown = -1;
  stage.changes.subscribe((change) => {
    if (change !== shown) {
      shown = change;
      render();
    }
  });
  styleState.subscribe(render);
  view.subscribe((s, previous) => {
    if (s.sizeBy !== previous.sizeBy) render();
  });
  render();
  return h(
    'div',
    { class: 'style-control', role: 'group', 'aria-label': 'Style' },
    h('p', { class: 'field' }, h('label', { for: 'colour-by' }, 'Colour by '), colour),
    h('p', { class: 'field' }, h('label', { for: 'size-by' }, 'Size by '), size),
  );
}
