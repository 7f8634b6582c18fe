// The one converter from driver values (Integers, temporals, points, nodes, relationships, paths) to plain JSON.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Date as Neo4jDate,
  type Node,
  type Relationship,
} from 'neo4j-driver';
import { edgeKey, type Json } from '../../contract/index.ts';
import { keyOf } from './node-key.ts';

export type { Json };

/** Finds the wire key of a node seen only by element id (a relationship's endpoint). */
export type EndpointKeys = (elementId: string) => string | undefined;

const noEndpoints: EndpointKeys = () => undefined;

// Type aliases, not interfaces, so they are plain JSON objects to the compiler too.
export type JsonNode = {
  key: string;
  labels: string[];
  properties: Record<string, Json>;
};

export type JsonRelationship = {
  key: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, Json>;
};

export function nodeKey(node: Node): string {
  return keyOf(node.labels, node.properties.id, node.elementId);
}

/** A property as text, or null when absent. */
export function textOf(value: unknown): string | null {
  const json = toJson(value);
  return json === null ? null : String(json);
}

export function propertiesToJson(properties: Record<string, unknown>): Record<string, Json> {
  const out: Record<string, Json> = {};
  // Keys, not entries: one array per call instead of one more per property (every node and edge comes here).
  for (const name of Object.keys(properties)) out[name] = toJson(properties[name]);
  return out;
}

export function nodeToJson(node: Node): JsonNode {
  return { key: nodeKey(node), labels: [...node.labels], properties: propertiesToJson(node.properties) };
}

export function relationshipToJson(
  rel: Relationship,
  endpoints: EndpointKeys = noEndpoints,
): JsonRelationship {
  const source = endpoints(rel.startNodeElementId) ?? rel.startNodeElementId;
  const target = endpoints(rel.endNodeElementId) ?? rel.endNodeElementId;
  return {
    key: edgeKey(rel.type, source, target),
    type: rel.type,
    source,
    target,
    properties: propertiesToJson(rel.properties),
  };
}

/**
 * `JSON.stringify(toJson(value))`, the text a big answer is written in as its records arrive: strings, lists of
 * strings, Integers and dates straight to text, without the plain copy `toJson` makes of them first.
 */
export function jsonText(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value) && value.every(isString)) return JSON.stringify(value);
  if (isInt(value)) {
    const number = value.toNumber();
    return Number.isSafeInteger(number) ? String(number) : JSON.stringify(value.toString());
  }
  if (isDate(value)) return JSON.stringify(dateText(value));
  return JSON.stringify(toJson(value));
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** A plain number from a driver Integer or number field (a temporal's year, month, day). */
function numberOf(value: unknown): number {
  return isInt(value) ? value.toNumber() : Number(value);
}

/**
 * A date's ISO text, as the driver's `toString` writes it but without its arithmetic on Integer objects, which
 * cost a thousand dates several milliseconds (who-met-whom converts two per pair). Years outside 0–9999 are
 * left to the driver, which writes them with a sign and six digits.
 */
function dateText(value: Neo4jDate): string {
  const year = numberOf(value.year);
  if (year < 0 || year > 9999) return value.toString();
  return `${String(year).padStart(4, '0')}-${twoDigits(value.month)}-${twoDigits(value.day)}`;
}

/**
 * A month or day as two digits. At module level, not a closure in `dateText`: under tsx every named closure is
 * renamed with `Object.defineProperty` each time it is made, which cost more than the date itself.
 */
function twoDigits(n: unknown): string {
  return String(numberOf(n)).padStart(2, '0');
}

/**
 * Integers become numbers when they fit a double exactly and decimal strings when they do not, so no
 * value is silently rounded; dates keep Neo4j's ISO text ('2025-02-27'), which is what the client shows.
 */
export function toJson(value: unknown, endpoints: EndpointKeys = noEndpoints): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  // Arrays first: they are common (labels, lists of ids) and no driver type is one, so they skip those checks.
  if (Array.isArray(value)) return value.map((item) => toJson(item, endpoints));
  if (isInt(value)) {
    // The double is exact exactly when the Integer is within ±(2^53 − 1): the same test as `inSafeRange()`,
    // without the Integer arithmetic (and garbage) its comparisons make.
    const number = value.toNumber();
    return Number.isSafeInteger(number) ? number : value.toString();
  }
  if (isDate(value)) return dateText(value);
  if (
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const point: Record<string, Json> = { srid: toJson(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (isNode(value)) return nodeToJson(value);
  if (isRelationship(value)) return relationshipToJson(value, endpoints);
  if (isPath(value)) {
    const nodes = [value.start, ...value.segments.map((segment) => segment.end)];
    return {
      nodes: nodes.map((node) => nodeToJson(node)),
      relationships: value.segments.map((segment) => relationshipToJson(segment.relationship, endpoints)),
    };
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [name, inner] of Object.entries(value)) out[name] = toJson(inner, endpoints);
    return out;
  }
  return String(value);
}
