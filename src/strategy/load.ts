// Reading a strategy: bytes to text (with honest errors for binary and non-UTF-8 files),
// text to a YAML document that keeps source positions, then to plain data.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Finding, Range, Severity } from '../diagnostics.js';
import type { Translate } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';
import { documentStart, rangeFromLinePos } from './positions.js';

export interface ParsedStrategy {
  file: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  /** Plain data, or undefined when the file could not be read as YAML at all. */
  data: unknown;
  /** Problems of the file itself: encoding, YAML syntax, duplicate keys... */
  findings: Finding[];
}

export type DecodeResult = { text: string } | { problem: CoreKey; offset?: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text. A UTF-8 BOM is dropped; UTF-16, NUL bytes and invalid UTF-8 are reported. */
export function decodeStrategyBytes(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: 'yaml.utf16' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: 'yaml.binary', offset: nul };
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { problem: 'yaml.invalidUtf8', offset: firstInvalidUtf8(bytes) };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the longest valid prefix: cheap and exact enough to name a byte.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

const YAML_CODE_TO_RULE: Record<string, { ruleId: string; key?: CoreKey }> = {
  DUPLICATE_KEY: { ruleId: 'yaml/duplicate-key', key: 'yaml.duplicateKey' },
  TAB_AS_INDENT: { ruleId: 'yaml/tab', key: 'yaml.tab' },
  MULTIPLE_DOCS: { ruleId: 'yaml/multiple-documents', key: 'yaml.multipleDocuments' },
  TAG_RESOLVE_FAILED: { ruleId: 'yaml/unknown-tag', key: 'yaml.unknownTag' },
  RESOURCE_EXHAUSTION: { ruleId: 'yaml/alias-limit', key: 'yaml.aliasLimit' },
};

/** A finding about the file itself, anchored on a range of its text. */
export function fileFinding(file: string, ruleId: string, message: string, range: Range, severity: Severity = 'error'): Finding {
  return { ruleId, severity, message, file, path: [], range };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** Text to document and data, never throwing: every problem becomes a finding. */
export function parseStrategyText(text: string, file: string, t: Translate<CoreKey>): ParsedStrategy {
  const lineCounter = new LineCounter();
  const findings: Finding[] = [];
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, merge: false, version: '1.2', schema: 'core' });
  } catch (error) {
    // The parser recurses; absurd nesting exhausts the stack.
    const empty = parseDocument('', { lineCounter: new LineCounter() });
    findings.push(fileFinding(file, 'yaml/too-deep', t('yaml.tooDeep'), { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } }));
    void error;
    return { file, text, doc: empty, lineCounter, data: undefined, findings };
  }

  for (const problem of [...doc.errors, ...doc.warnings]) {
    const known = YAML_CODE_TO_RULE[problem.code];
    const range = rangeFromLinePos(problem.linePos);
    const tag = /Unresolved tag: (\S+)/.exec(problem.message)?.[1] ?? '';
    const key = /^Map keys must be unique/.test(problem.message) ? keyAt(text, lineCounter, problem.pos[0]) : '';
    const message = known?.key ? t(known.key, { tag, key }) : t('yaml.syntax', { detail: firstLine(problem.message) });
    findings.push(fileFinding(file, known?.ruleId ?? 'yaml/syntax', message, range));
  }

  if (doc.contents === null && findings.length === 0) {
    const onlyComments = /\S/.test(text);
    findings.push(fileFinding(file, 'yaml/empty', t(onlyComments ? 'yaml.commentsOnly' : 'yaml.empty'), documentStart(lineCounter, text)));
    return { file, text, doc, lineCounter, data: undefined, findings };
  }

  // Syntax errors make the data unreliable: report them alone, as a compiler would.
  const blocking = findings.some((f) => f.ruleId !== 'yaml/unknown-tag');
  if (blocking) return { file, text, doc, lineCounter, data: undefined, findings };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const ruleId = error instanceof ReferenceError ? 'yaml/alias-limit' : 'yaml/too-deep';
    findings.push(fileFinding(file, ruleId, t(ruleId === 'yaml/alias-limit' ? 'yaml.aliasLimit' : 'yaml.tooDeep'), documentStart(lineCounter, text)));
    return { file, text, doc, lineCounter, data: undefined, findings };
  }
  return { file, text, doc, lineCounter, data, findings };
}

function keyAt(text: string, lc: LineCounter, offset: number): string {
  void lc;
  const rest = text.slice(offset, offset + 200);
  return /^[^:\n]+/.exec(rest)?.[0]?.trim() ?? '';
}
