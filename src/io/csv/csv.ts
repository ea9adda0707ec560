/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled), with spreadsheet formula injection
 * neutralised: a cell starting with =, +, -, @, tab or carriage return gets a leading
 * apostrophe, so Excel, LibreOffice and Google Sheets show it as text instead of running it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(cells: ReadonlyArray<string | number | null | undefined>): string {
  return cells.map(csvCell).join(",");
}

/**
 * A whole file. Starts with a UTF-8 byte-order mark, which is how Excel knows the file is
 * UTF-8 (without it "Zürich" opens as "ZÃ¼rich"); other tools skip it.
 */
export function csvDocument(
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
): string {
  return `\ufeff${rows.map(csvRow).join("\r\n")}\r\n`;
}
