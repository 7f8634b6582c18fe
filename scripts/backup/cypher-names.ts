// Quotes any label or relationship type for a query: a backup of any Neo4j may hold names with spaces or
// backticks, so the project's IDENTIFIER whitelist is too narrow here; doubling backticks is Cypher's escape.
export function quoteName(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

/** `:\`A\`:\`B\`` for a label set (sorted, so equal sets batch together), '' for none. */
export function labelsFragment(labels: readonly string[]): string {
  return labels.map((label) => `:${quoteName(label)}`).join('');
}
