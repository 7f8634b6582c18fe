// How a who-met-whom pair is drawn, from the statuses of its meetings: held solid and dark, scheduled blue and
// lighter, proposed amber and pale. Sigma v3 draws no dashed lines, so colour and lightness carry the status,
// and the legend and the edge label say it in words. The colours are opaque tints (the hue at 70 %, 50 %, 40 %
// over white): sigma blends translucent colours as premultiplied, which would turn a translucent amber yellow.

export type MetStatus = 'held' | 'scheduled' | 'proposed' | 'cancelled';

export interface MetStyle {
  status: MetStatus;
  color: string;
  /** What the legend says this line looks like. */
  looks: string;
  /** What it means, as the legend says it. */
  means: string;
}

export const MET_STYLES: Record<MetStatus, MetStyle> = {
  held: { status: 'held', color: '#3d4652', looks: 'solid dark line', means: 'met' },
  scheduled: {
    status: 'scheduled',
    color: '#629ae2',
    looks: 'blue, lighter line',
    means: 'due to meet (scheduled)',
  },
  proposed: {
    status: 'proposed',
    color: '#eac18a',
    looks: 'amber, pale line',
    means: 'a meeting proposed, not fixed',
  },
  cancelled: {
    status: 'cancelled',
    color: '#d5d5d5',
    looks: 'grey, pale line',
    means: 'a meeting called off',
  },
};

/** The strongest claim among a pair's meetings: one held meeting makes the pair "met". */
const ORDER: MetStatus[] = ['held', 'scheduled', 'proposed', 'cancelled'];

export function pairStatus(statuses: unknown): MetStatus {
  const list = Array.isArray(statuses) ? statuses.map(String) : [];
  return ORDER.find((status) => list.includes(status)) ?? 'held';
}

export const metStyle = (statuses: unknown): MetStyle => MET_STYLES[pairStatus(statuses)];

/** Whether the shown statuses go beyond meetings that happened: then the view says "met or due to meet". */
export const includesPlanned = (shown: readonly string[]): boolean =>
  shown.some((status) => status === 'scheduled' || status === 'proposed');

/** The view's name for the statuses shown. */
export const meetingsViewName = (shown: readonly string[]): string =>
  includesPlanned(shown) ? 'Who met or was due to meet whom' : 'Who met whom';

/** "2 meetings · scheduled · 3 sources": the edge label on the canvas. */
export function metLabel(weight: number, statuses: unknown, sources: number | null): string {
  const list = Array.isArray(statuses) ? [...new Set(statuses.map(String))] : [];
  const parts = [`${weight} meeting${weight === 1 ? '' : 's'}`];
  if (list.length && !(list.length === 1 && list[0] === 'held')) parts.push(list.join(', '));
  if (sources !== null) parts.push(`${sources} source${sources === 1 ? '' : 's'}`);
  return parts.join(' · ');
}
