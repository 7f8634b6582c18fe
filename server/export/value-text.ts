// A property value as text for its declared type, the same in GEXF, GraphML and CSV: integers exactly as
// Neo4j holds them (beyond 2^53 too), floats as floats, non-finite floats in the words Python, Java and
// JavaScript all parse (NaN, Infinity, -Infinity), dates as ISO text, lists and maps as JSON.
import { isInt } from 'neo4j-driver';
import { toJson } from '../db/to-json.ts';
import type { AttributeType } from './export-graph.ts';

export function numberText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return 'Infinity';
  if (value === Number.NEGATIVE_INFINITY) return '-Infinity';
  return String(value);
}

/** JSON text of a value, with non-finite floats (which JSON has no words for) as strings. */
export function jsonText(value: unknown): string {
  return JSON.stringify(toJson(value));
}

/** The items of a list value as text, for formats with list types. */
export function listItems(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((item) => (typeof item === 'string' ? item : jsonText(item)));
}

export function valueText(value: unknown, type: AttributeType): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (type === 'json' || type === 'list') return jsonText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'bigint') return value.toString();
  // The driver's Integer.toString divides in 32-bit halves; most integers fit a double, whose text is the same.
  if (isInt(value)) return value.inSafeRange() ? String(value.toNumber()) : value.toString();
  if (typeof value === 'string') return value;
  const json = toJson(value);
  return typeof json === 'string' ? json : JSON.stringify(json);
}
