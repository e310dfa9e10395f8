// Characters that change how text is shown rather than being shown: the C0 and C1 control codes,
// DEL, and the Unicode bidirectional overrides and isolates ("Trojan Source"). User text (a key,
// a file name, a persona) reaches terminals, CI logs and calendar apps; there they could move the
// cursor, clear the screen, retitle the window, start a new log line or reverse a message. Two
// answers, one per kind of reader: people see them spelled out, files get a replacement mark.

// C0 but tab and LF, DEL, C1, ALM, LRM/RLM, the bidi embeddings/overrides/isolates, LS/PS.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const CONTROLS_AND_LF = /[\u0000-\u0008\n\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** True when the text holds a character visibleControls would spell out (LF and tab excepted). */
export function hasControls(text: string): boolean {
  CONTROLS.lastIndex = 0;
  const found = CONTROLS.test(text);
  CONTROLS.lastIndex = 0;
  return found;
}

function spelled(char: string): string {
  if (char === '\r') return '\\r';
  if (char === '\n') return '\\n';
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * For people (a terminal, a CI log, a Markdown report): each control character spelled out as
 * `\x1b`, `\r`, `\u202e`, so ESC and BEL never reach the terminal and a lone CR never starts a
 * line. Line feeds are kept unless `newlines` is false (one-line outputs spell them `\n` too).
 */
export function visibleControls(text: string, options: { newlines?: boolean } = {}): string {
  const pattern = options.newlines === false ? CONTROLS_AND_LF : CONTROLS;
  return text.replace(pattern, spelled);
}

/**
 * For files other programs read (ICS, CSV, calendar Markdown): each control character becomes
 * U+FFFD, the mark Unicode reserves for "a character that cannot be shown here". Tab and line
 * breaks stay (CRLF and a lone CR become LF).
 */
export function replaceControls(text: string): string {
  // A CR that ends a line (CRLF, or alone as on old Macs) is a line break, not a control.
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '\uFFFD');
}
