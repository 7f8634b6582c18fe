// CSV cell rules shared by every CSV actorgraph writes (exports and the console's download): quoting,
// formula defusing and the byte order mark. No imports, so the browser bundle can take them as they are.
export const BOM = '\uFEFF';

/** Cells a spreadsheet reads as a formula (OWASP "CSV injection"): = + - @ and a leading TAB or CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes a field when it holds a comma, a quote or a line break, doubling inner quotes. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A text cell starting like a formula gets a leading apostrophe, which spreadsheets show as text and hide.
 * Numeric columns are left alone: a number (-5, 1e+21) is never a formula.
 */
export function defuse(text: string, numeric: boolean): string {
  return !numeric && FORMULA_START.test(text) ? `'${text}` : text;
}
