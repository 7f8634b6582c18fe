// Pure scales for styling by data: a categorical palette with counts, a numeric colour ramp, a size scale.

/** Ten distinct hues (Tableau 10), none of them the faded grey of dimmed nodes. */
export const CATEGORY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#17becf',
] as const;
/** Values past the tenth share one colour: more hues than that cannot be told apart. */
export const OTHER_COLOUR = '#7f7f7f';
/** A node without the value: grey, darker than a dimmed node so it does not read as faded. */
export const MISSING_COLOUR = '#b0b5bc';
/** Low to high, light to dark (viridis stops), readable on white. */
export const RAMP_STOPS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;

export const MIN_SIZE = 4;
export const MAX_SIZE = 18;
export const MISSING_SIZE = 3;

export interface Category {
  value: string;
  colour: string;
  count: number;
}

/** Values by how often they occur (then by name), the first ten with their own colour, the rest "other". */
export function categories(values: Iterable<string>): { shown: Category[]; other: number } {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const shown = sorted.slice(0, CATEGORY_COLOURS.length).map(([value, count], index) => ({
    value,
    count,
    colour: CATEGORY_COLOURS[index] ?? OTHER_COLOUR,
  }));
  const other = sorted.slice(CATEGORY_COLOURS.length).reduce((sum, [, count]) => sum + count, 0);
  return { shown, other };
}

const hex = (channel: number): string => Math.round(channel).toString(16).padStart(2, '0');
const rgb = (colour: string): [number, number, number] => {
  const value = Number.parseInt(colour.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};

/** The ramp's colour at `share` (0…1, clamped), interpolated between neighbouring stops. */
export function rampColour(share: number): string {
  const t = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0)) * (RAMP_STOPS.length - 1);
  const index = Math.min(RAMP_STOPS.length - 2, Math.floor(t));
  const [a, b] = [rgb(RAMP_STOPS[index] ?? '#000000'), rgb(RAMP_STOPS[index + 1] ?? '#000000')];
  const f = t - index;
  return `#${hex(a[0] + (b[0] - a[0]) * f)}${hex(a[1] + (b[1] - a[1]) * f)}${hex(a[2] + (b[2] - a[2]) * f)}`;
}

/** Where a value sits between min and max (0 when they are equal: one value is no range). */
export const shareOf = (value: number, min: number, max: number): number =>
  max > min ? (value - min) / (max - min) : 0;

/** Square-root sizes between MIN_SIZE and MAX_SIZE, so large values stand out without hiding the rest. */
export const sizeOf = (value: number, min: number, max: number): number =>
  MIN_SIZE + Math.sqrt(Math.min(1, Math.max(0, shareOf(value, min, max)))) * (MAX_SIZE - MIN_SIZE);

/** min and max of the finite numbers, or null for none. */
export function extent(values: Iterable<number>): { min: number; max: number } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return min <= max ? { min, max } : null;
}
