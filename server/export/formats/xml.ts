// XML text helpers shared by the GEXF and GraphML writers.
import type { AttributeType } from '../export-graph.ts';

/** GEXF and GraphML name their scalar types alike; maps and mixed lists travel as JSON strings. */
export const XML_ATTRIBUTE_TYPES = {
  string: 'string',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
  list: 'string',
  json: 'string',
} as const satisfies Record<AttributeType, string>;

// Characters XML 1.0 cannot carry at all, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const MARKUP = /[&<>"'\n\r\t]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const NEEDS_ESCAPING = /[&<>"'\u0000-\u001F\uFFFE\uFFFF]/;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/**
 * Text safe in an XML attribute or element. Most values (ids, names, dates, numbers) need nothing, so one
 * test comes first: an export escapes every value of every record, and nine passes over each were the
 * writers' largest cost (issue 14's bench).
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(INVALID_XML, '\uFFFD').replace(MARKUP, (char) => ENTITIES[char] ?? char);
}
