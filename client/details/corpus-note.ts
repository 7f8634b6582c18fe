// What the corpus is, said on the first screen: how many articles the graph was built from, what it holds,
// and the span of its meeting dates (from /api/stats and the meetings).
import type { Stats } from '../api/types.ts';
import { fromDay, type Span } from '../filters/time-window.ts';
import { h } from '../ui/dom.ts';

const count = (n: number | undefined, one: string, many: string): string | null =>
  n ? `${n} ${n === 1 ? one : many}` : null;

export function corpusNote(stats: Stats, meetingSpan: Span | null): HTMLElement {
  const { labels } = stats;
  const holds = [
    count(labels.Person, 'person', 'people'),
    count(labels.Country, 'country', 'countries'),
    count(labels.Organization, 'organisation', 'organisations'),
    count(labels.Meeting, 'meeting', 'meetings'),
    count(labels.Statement, 'statement', 'statements'),
    count(labels.ResourceClaim, 'claim', 'claims'),
  ].filter((part): part is string => part !== null);
  const articles = labels.Article ?? 0;
  const span = meetingSpan
    ? ` Meetings are dated from ${fromDay(meetingSpan.min)} to ${fromDay(meetingSpan.max)}.`
    : '';
  return h(
    'section',
    { class: 'corpus', id: 'corpus-note', 'aria-labelledby': 'corpus-title' },
    h('h2', { id: 'corpus-title' }, 'What this is'),
    h(
      'p',
      {},
      `A graph of who met whom and who said what, built from ${articles} news article${articles === 1 ? '' : 's'}: ${holds.join(', ')}.${span} Every fact cites the articles that report it.`,
    ),
  );
}
