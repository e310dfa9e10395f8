// RFC 4180 fields, plus a guard against spreadsheet formula injection.
import { replaceControls } from '../text/controls.js';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * user text such as `=HYPERLINK(...)` must never reach it as one. Prefixing a single quote makes
 * Excel, LibreOffice and Google Sheets show the text as typed (OWASP's advice for CSV injection).
 */
export function neutralizeFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** What Excel, LibreOffice and Google Sheets run as a formula at the start of a cell. */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** Quote a field when it holds a comma, a double quote or a line break; double the quotes inside. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record; lines end with CRLF as RFC 4180 says. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** A field of user text: neutralized, then quoted as needed. */
export function userField(text: string | undefined): string {
  return neutralizeFormula(plainField(text));
}

/**
 * A field of user text that no spreadsheet opens (a scheduler's upload publishes it as is, so a
 * `'` before `@mention` would be published too): only the control characters are replaced.
 */
export function plainField(text: string | undefined): string {
  // No raw control character reaches the file (they become U+FFFD; line breaks stay, quoted).
  return replaceControls(text ?? '');
}
