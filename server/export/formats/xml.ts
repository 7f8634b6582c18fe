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
 * An escaper for one context: `"` only inside "…" attributes, `'` only inside '…' ones, neither in element
 * text. Most values (ids, names, dates, numbers, JSON) then need nothing, so one test comes first: an export
 * escapes every value of every record, and escaping quotes that need none made JSON values (the evidence)
 * half again as long and sent them all down the slow path (issue 14's bench).
 */
function escaper(quote: '"' | "'" | ''): (text: string) => string {
  const special = `&<>${quote}`;
  const needs = new RegExp(`[${special}\\u0000-\\u001F\\uFFFE\\uFFFF]`);
  const markup = new RegExp(`[${special}\\n\\r\\t]`, 'g');
  return (text) => {
    if (!needs.test(text)) return text;
    return text.replace(INVALID_XML, '\uFFFD').replace(markup, (char) => ENTITIES[char] ?? char);
  };
}

/** Text safe in a double-quoted XML attribute (and anywhere else). */
export const escapeXml = escaper('"');
/** Text safe in a single-quoted attribute: JSON values, full of `"`, go there unescaped. */
export const escapeXmlSingleQuoted = escaper("'");
/** Text safe as element content, where quotes need no escaping. */
export const escapeXmlText = escaper('');
