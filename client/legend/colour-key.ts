// The legend of a colour by data: categorical swatches with counts, or a numeric ramp from min to max.
import type { ColourKey } from '../styling/node-style.ts';
import { MISSING_COLOUR, OTHER_COLOUR } from '../styling/scales.ts';
import { h } from '../ui/dom.ts';

/** Three significant digits: enough to tell the ends of a ramp apart, short enough for a legend. */
export const shortNumber = (value: number): string =>
  Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));

function item(colour: string, text: string, count: number): HTMLElement {
  return h(
    'li',
    {},
    h('span', { class: 'swatch', style: `background:${colour}` }),
    h('span', { class: 'value' }, text),
    h('span', { class: 'count' }, String(count)),
  );
}

export function colourKeyView(key: ColourKey): HTMLElement {
  const missing = key.missing ? [item(MISSING_COLOUR, 'no value', key.missing)] : [];
  if (key.kind === 'categories') {
    return h(
      'div',
      { class: 'colour-key', id: 'colour-key', 'data-kind': 'categories' },
      h('p', { class: 'key-title' }, `Colour: ${key.title}`),
      h(
        'ul',
        { class: 'legend' },
        key.shown.map((category) => item(category.colour, category.value, category.count)),
        key.other ? [item(OTHER_COLOUR, 'other', key.other)] : [],
        missing,
      ),
    );
  }
  return h(
    'div',
    { class: 'colour-key', id: 'colour-key', 'data-kind': 'ramp' },
    h('p', { class: 'key-title' }, `Colour: ${key.title}`),
    h('div', {
      class: 'ramp',
      role: 'img',
      'aria-label': `from ${shortNumber(key.min)} to ${shortNumber(key.max)}`,
      style: `background:linear-gradient(to right, ${key.stops.join(', ')});height:10px;border-radius:3px`,
    }),
    h(
      'p',
      { class: 'ramp-ends', style: 'display:flex;justify-content:space-between;margin:2px 0' },
      h('span', { class: 'min' }, shortNumber(key.min)),
      h('span', { class: 'max' }, shortNumber(key.max)),
    ),
    h('ul', { class: 'legend' }, missing),
  );
}
