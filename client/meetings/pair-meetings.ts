// The meetings two participants attended together, each with its date, status and sources.
import { api } from '../api/api.ts';
import type { Meeting } from '../api/types.ts';
import { filters } from '../filters/filters-state.ts';
import { evidenceSection } from '../sources/evidence-view.ts';
import { sourceCountOf } from '../sources/source-count.ts';
import { h } from '../ui/dom.ts';

function meetingItem(meeting: Meeting): HTMLElement {
  const when = [meeting.date, meeting.dateText ? `“${meeting.dateText}”` : null].filter(Boolean).join(' ');
  return h(
    'li',
    { class: 'meeting', 'data-key': meeting.key },
    h('h4', {}, meeting.name),
    h(
      'p',
      { class: 'meta' },
      [when, meeting.status, meeting.kind, meeting.place?.name].filter(Boolean).join(' · '),
    ),
    h('p', { class: 'participants' }, meeting.participants.map((p) => p.name).join(', ')),
    ...evidenceSection(meeting.sources, { count: sourceCountOf(meeting) }),
  );
}

export async function meetingsForPair(a: string, b: string): Promise<HTMLElement> {
  const { from, to } = filters.get();
  const { meetings } = await api.meetings({ participant: a, from: from ?? undefined, to: to ?? undefined });
  const together = meetings.filter((meeting) => meeting.participants.some((p) => p.key === b));
  return h(
    'section',
    { class: 'pair-meetings' },
    h('h3', {}, `Meetings together (${together.length})`),
    together.length
      ? h('ol', { class: 'meetings' }, together.map(meetingItem))
      : h('p', { class: 'muted' }, 'None in this range.'),
  );
}
