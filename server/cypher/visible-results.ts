// Keeps the Cypher console's answer to the public graph: a row that holds a node, relationship or path the
// public may not see (an internal node, a draft or retracted article, a retracted fact or entity, a
// relationship with such an end or itself retracted) is dropped whole; the graph is rebuilt from the rows kept.

// Keeps the Cypher console's answer to the public graph: a row that holds a node, relationship or path the
// public may not see (an internal node, a draft or retracted article, a retracted fact or entity, a
// relationship with such an end or itself retracted) is dropped whole; the graph is rebuilt from the rows kept.
import neo4j, { isNode, isPath, isRelationship, type Record as Neo4jRecord, type Node } from 'neo4j-driver';
import { isPubliclyVisible } from '../graph/visibility.ts';

/** Nodes and relationships met in the rows, by element id (the shape of user-query.ts's DriverSubgraph). */
export interface Seen {
  nodes: ReadonlyMap<string, Node>;
  relationships: ReadonlyMap<
    string,
    { startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> }
  >;
}

/** Element ids of everything in `seen` the public may not see (relationships: also by their ends). */
export function hiddenElementIds(seen: Seen): Set<string> {
  const hidden = new Set<string>();
  for (const [id, node] of seen.nodes) {
    if (!isPubliclyVisible({ labels: node.labels, properties: node.properties })) hidden.add(id);
  }
  for (const [id, rel] of seen.relationships) {
    if (
      !isPubliclyVisible({ properties: rel.properties }) ||
      hidden.has(rel.startNodeElementId) ||
      hidden.has(rel.endNodeElementId)
    ) {
      hidden.add(id);
    }
  }
  return hidden;
}

/**
 * A password hash in PHC form (`$argon2id$…`): the one secret a plain value can carry out of a label-free
 * scan (`MATCH (n) UNWIND keys(n) AS k RETURN n[k]`) that would be worth attacking offline. Token and session
 * hashes are SHA-256 of random 256-bit secrets and useless without them (docs/security.md).
 */
const PASSWORD_HASH = /^\$argon2(id|i|d)\$/;

/** Whether a value (a node, relationship, path, or a list or map holding them) holds a hidden element. */
export function holdsHidden(value: unknown, hidden: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return PASSWORD_HASH.test(value);
  if (isNode(value) || isRelationship(value)) return hidden.has(value.elementId);
  if (isPath(value)) {
    return (
      hidden.has(value.start.elementId) ||
      value.segments.some(
        (segment) => hidden.has(segment.end.elementId) || hidden.has(segment.relationship.elementId),
      )
    );
  }
  if (Array.isArray(value)) return value.some((item) => holdsHidden(item, hidden));
  if (value && typeof value === 'object' && !neo4j.isInt(value)) {
    return Object.values(value).some((inner) => holdsHidden(inner, hidden));
  }
  return false;
}

/** The rows that hold nothing hidden. */
export function visibleRecords(records: readonly Neo4jRecord[], hidden: ReadonlySet<string>): Neo4jRecord[] {
  return records.filter((record) => ![...record.values()].some((value) => holdsHidden(value, hidden)));
}
