/**
 * One CSV cell for a spreadsheet: always quoted, and a value that a spreadsheet would run as a formula
 * (=, +, -, @, or a leading tab or carriage return that some spreadsheets skip first) starts with '.
 */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}
