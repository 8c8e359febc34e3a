// CSV for compliance exports (RFC 4180), safe to open in a spreadsheet.

/**
 * Quotes a cell when it holds a delimiter, quote or line break, and defuses spreadsheet
 * formulas: a cell starting with = + - @ or a control character gets a leading apostrophe
 * (OWASP "CSV injection"), so a note like "=HYPERLINK(...)" stays text.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A whole document: a header row, then one row per record. */
export function toCsv<T>(
  columns: readonly { header: string; value: (row: T) => string | number | boolean | null | undefined }[],
  rows: readonly T[],
): string {
  return csvLine(columns.map((c) => c.header)) + rows.map((row) => csvLine(columns.map((c) => c.value(row)))).join("");
}
