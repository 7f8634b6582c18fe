// A 409 possible_duplicate, side by side: the report being recorded next to each matching fact (dates,
// attendees, sources and their quotes), with *Same fact — add this report* and *A different fact*.
import type { FactBody, MentionCandidate } from '../api/types.ts';
import { h } from '../ui/dom.ts';

interface Match {
  key: string;
  name: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  status: string | null;
  participants: { key: string; name: string | null }[];
  sources: { article: string; published: string | null; quote: string | null; status: string | null }[];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];

/** The matches of an error's details, read defensively (details are not typed by the contract). */
export function matchesOf(details: unknown): Match[] {
  const matches =
    typeof details === 'object' && details !== null && 'matches' in details ? details.matches : [];
  return list(matches).flatMap((match) => {
    const key = text(match.key);
    if (!key) return [];
    return [
      {
        key,
        name: text(match.name),
        dateFrom: text(match.dateFrom),
        dateTo: text(match.dateTo),
        status: text(match.status),
        participants: list(match.participants).map((p) => ({ key: text(p.key) ?? '', name: text(p.name) })),
        sources: list(match.sources).map((s) => ({
          article: text(s.article) ?? '',
          published: text(s.published),
          quote: text(s.quote),
          status: text(s.status),
        })),
      },
    ];
  });
}

/** The candidates of a 409 on creating an entity: the same-named entities the server found. */
export function candidatesOf(details: unknown): MentionCandidate[] {
  const candidates =
    typeof details === 'object' && details !== null && 'candidates' in details ? details.candidates : [];
  return list(candidates).flatMap((c) => {
    const key = text(c.key);
    return key
      ? [{ key, name: text(c.name) ?? key, label: text(c.label) ?? key.split(':')[0] ?? '', score: 1 }]
      : [];
  });
}

const dateRange = (from: string | null | undefined, to: string | null | undefined) =>
  !from ? 'undated' : from === to || !to ? from : `${from} – ${to}`;

function column(title: string, rows: [string, string | Node][], ...after: Node[]): HTMLElement {
  return h(
    'div',
    { class: 'wb-dup-column' },
    h('h4', {}, title),
    h('dl', {}, ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    ...after,
  );
}

export function duplicateView(
  body: FactBody,
  details: unknown,
  names: ReadonlyMap<string, string>,
  choose: (choice: { sameAs: string } | { asNew: true }) => void,
): HTMLElement {
  const matches = matchesOf(details);
  const who =
    body.type === 'meeting'
      ? body.attendees.map((a) => names.get(a.key) ?? a.key).join(', ')
      : body.type === 'event'
        ? body.participants.map((p) => names.get(p.key) ?? p.key).join(', ')
        : body.type === 'agreementParty'
          ? body.parties.map((key) => names.get(key) ?? key).join(', ')
          : '';
  const mine = column(
    'This report',
    [
      ['Date', 'dateFrom' in body ? dateRange(body.dateFrom, body.dateTo) : 'undated'],
      ['Who', who],
      ['Status', 'status' in body ? String(body.status) : ''],
      ['Quote', h('q', {}, body.quote.text ?? '')],
    ],
    h(
      'button',
      { type: 'button', id: 'wb-as-new', onclick: () => choose({ asNew: true }) },
      'A different fact',
    ),
  );
  const theirs = matches.map((match) =>
    column(
      match.name ?? match.key,
      [
        ['Date', dateRange(match.dateFrom, match.dateTo)],
        ['Who', match.participants.map((p) => p.name ?? p.key).join(', ')],
        ['Status', match.status ?? ''],
        [
          `Sources (${match.sources.length})`,
          h(
            'ul',
            { class: 'wb-dup-sources' },
            ...match.sources.map((s) =>
              h(
                'li',
                {},
                h('span', { class: 'muted' }, `${s.article}${s.published ? `, ${s.published}` : ''}: `),
                h('q', {}, s.quote ?? ''),
              ),
            ),
          ),
        ],
      ],
      h(
        'button',
        {
          type: 'button',
          class: 'wb-same-fact',
          'data-key': match.key,
          onclick: () => choose({ sameAs: match.key }),
        },
        'Same fact — add this report',
      ),
    ),
  );
  return h(
    'section',
    { class: 'wb-duplicates', id: 'wb-duplicates', 'aria-label': 'Possible duplicates' },
    h('p', { class: 'wb-warning', role: 'alert' }, 'This may be a fact the graph already holds. Compare:'),
    h('div', { class: 'wb-dup-columns' }, mine, ...theirs),
  );
}
