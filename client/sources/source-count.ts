// The API's sourceCount (distinct published articles reporting a fact), read where present: older answers
// lack it, and the client then counts the sources it was given.

/** A whole number found under `sourceCount` in an API answer, else null. */
export function sourceCountOf(value: object | null | undefined): number | null {
  if (!value) return null;
  const count: unknown = Reflect.get(value, 'sourceCount');
  return typeof count === 'number' && Number.isFinite(count) ? count : null;
}

/** "1 source" / "3 sources". */
export const sourcesText = (count: number): string => `${count} source${count === 1 ? '' : 's'}`;
