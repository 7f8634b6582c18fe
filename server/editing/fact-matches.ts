// Before a new meeting, event or agreement: the same fact already in the visible graph (shared participants,
// overlapping dates, the same place), so the editor adds a report to it (sameAs) rather than a second node.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypherFile, labelFragment, relationshipTypesFragment } from '../db/cypher-files.ts';
import { toJson } from '../db/to-json.ts';

const factMatches = cypherFile(import.meta.url, './queries/fact-matches.cypher');

export interface MatchRequest {
  label: string;
  /** The relationship from a participant to the fact: ATTENDED, PARTICIPATED_IN, PARTY_TO. */
  type: string;
  /** Element ids of the participants already in the graph. */
  participants: string[];
  /** How many participants the new fact has in all (staged ones cannot match, but count here). */
  participantCount: number;
  dateFrom: string | null;
  dateTo: string | null;
  place: string | null;
}

/** Matches share at least two participants, or all of them when the new fact has fewer than two. */
export async function matchingFacts(tx: ManagedTransaction, request: MatchRequest): Promise<unknown[]> {
  if (request.participants.length === 0) return [];
  const result = await tx.run(
    factMatches.fill({
      label: labelFragment(request.label),
      type: relationshipTypesFragment([request.type]),
    }),
    {
      participants: request.participants,
      needed: Math.min(2, request.participantCount),
      dateFrom: request.dateFrom,
      dateTo: request.dateTo,
      place: request.place,
    },
  );
  return result.records.map((record) => {
    const { shared: _shared, ...match } = record.toObject();
    return toJson(match);
  });
}
