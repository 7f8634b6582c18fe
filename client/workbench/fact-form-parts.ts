// The controls every fact form is made of: labelled fields, checkboxes and selects of the names inside the
// selection, date inputs; and reading the checked keys back.
import { h } from '../ui/dom.ts';
import type { Prefill } from './fact-prefill.ts';

let fieldCount = 0;
/** A labelled control; ids are unique per form so several forms never share one. */
export function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement,
  name: string,
): HTMLElement {
  control.id = `wb-fact-${name}-${++fieldCount}`;
  control.name = name;
  return h('div', { class: 'wb-field' }, h('label', { for: control.id }, label), control);
}

export function keyChecks(name: string, entities: Prefill['entities'], checked: (label: string) => boolean) {
  if (entities.length === 0) return h('p', { class: 'muted' }, 'No reviewed name inside the selection.');
  return h(
    'fieldset',
    { class: 'wb-keys', 'data-name': name },
    ...entities.map((entity) =>
      h(
        'label',
        {},
        h('input', { type: 'checkbox', name, value: entity.key, checked: checked(entity.label) }),
        ` ${entity.name} `,
        h('span', { class: 'muted' }, entity.label),
      ),
    ),
  );
}

export function keySelect(
  entities: Prefill['entities'],
  labels: string[],
  optional: boolean,
): HTMLSelectElement {
  const fitting = entities.filter((entity) => labels.includes(entity.label));
  return h(
    'select',
    {},
    optional || fitting.length === 0 ? h('option', { value: '' }, '—') : null,
    // The first fitting name is chosen: a place named in the sentence is most likely where it happened.
    ...fitting.map((entity, index) => h('option', { value: entity.key, selected: index === 0 }, entity.name)),
  );
}

export const dateInput = (value: string | null | undefined) =>
  h('input', { type: 'date', value: value ?? '' });
export const checkedKeys = (form: HTMLFormElement, name: string): string[] =>
  [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
