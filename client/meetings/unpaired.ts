// The meetings who-met-whom cannot draw (fewer than two people attended), said beside the pairs instead of
// dropped without notice: meetings of countries or organisations, and those with one person or none.
import type { UnpairedMeeting } from '../api/types.ts';
import { h } from '../ui/dom.ts';
import { createStore } from '../ui/store.ts';

/** The last who-met-whom answer's meetings without a pair. */
export const unpairedMeetings = createStore<UnpairedMeeting[]>([]);

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Attended only by countries or organisations (no person at all), as the US–Russia talks in Saudi Arabia. */
export const ofCountriesOrOrganisations = (meeting: UnpairedMeeting): boolean =>
  meeting.attendees.length > 0 && meeting.attendees.every((attendee) => attendee.label !== 'Person');

/** "Not shown: 1 meeting of countries or organisations, 4 with fewer than two people recorded as attending." */
export function unpairedSummary(meetings: readonly UnpairedMeeting[]): string | null {
  if (meetings.length === 0) return null;
  const countries = meetings.filter(ofCountriesOrOrganisations).length;
  const rest = meetings.length - countries;
  const parts = [
    countries ? `${plural(countries, 'meeting', 'meetings')} of countries or organisations` : '',
    rest ? `${plural(rest, 'meeting', 'meetings')} with fewer than two people recorded as attending` : '',
  ].filter(Boolean);
  return `Not shown: ${parts.join(', ')}.`;
}

/** One line per meeting: its name, status and who attended. */
const meetingLine = (meeting: UnpairedMeeting): HTMLElement =>
  h(
    'li',
    { 'data-meeting': meeting.key },
    `${meeting.name}${meeting.status ? ` (${meeting.status})` : ''}: `,
    meeting.attendees.length ? meeting.attendees.map((a) => a.name).join(', ') : 'no attendee recorded',
  );

/** The note under the pairs table, with the meetings behind it one click away. */
export function unpairedNote(meetings: readonly UnpairedMeeting[]): HTMLElement | null {
  const summary = unpairedSummary(meetings);
  if (!summary) return null;
  return h(
    'details',
    { class: 'unpaired', id: 'unpaired-meetings' },
    h('summary', {}, summary),
    h('ul', {}, meetings.map(meetingLine)),
  );
}
