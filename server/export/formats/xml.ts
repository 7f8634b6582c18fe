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

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
