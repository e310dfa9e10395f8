// Reading a strategy: bytes to text (with honest errors for binary and non-UTF-8 files),
// text to a YAML document that keeps source positions, then to plain data.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Finding, Range, Severity } from '../diagnostics.js';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import type { CoreKey } from '../i18n/core.js';
import { yamlCatalog, type YamlKey } from '../i18n/yaml.js';
import { causesFirst, excerptOf, explainYamlProblem, placeOf, YAML_RULE_IDS } from './yaml-errors.js';
import { documentStart } from './positions.js';
import { fileFinding } from './decode.js';
import { entryPastLimit, MAX_ITEMS } from './items.js';

// Re-exported: they used to live here; decode.ts keeps them free of the `yaml` library.
export { decodeStrategyBytes, fileFinding, type DecodeResult } from './decode.js';

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

/** Deeper than any real strategy (about 6 levels) by far, and far below the parser's stack limit. */
export const MAX_DEPTH = 100;

/** Text to document and data, never throwing: every problem becomes a finding. */
export function parseStrategyText(text: string, file: string, t: Translate<CoreKey>, lang: Lang = 'en'): ParsedStrategy {
  const lineCounter = new LineCounter();
  const findings: Finding[] = [];
  // Counted before the document model is built: its memory grows with the entries (items.ts).
  const crowded = entryPastLimit(text);
  if (crowded !== undefined) {
    const empty = parseDocument('', { lineCounter: new LineCounter() });
    const at = new LineIndex(text).range(crowded, crowded + 1);
    findings.push(fileFinding(file, 'yaml/too-many-items', t('yaml.tooManyItems', { limit: new Intl.NumberFormat('en-US').format(MAX_ITEMS) }), at));
    return { file, text, doc: empty, lineCounter, data: undefined, findings };
  }
  let doc: Document;
  try {
    // Duplicate keys are found below in linear time: the library's check is quadratic (200,000 keys took minutes).
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: false, merge: false, version: '1.2', schema: 'core' });
  } catch {
    // The parser recurses; absurd nesting exhausts the stack.
    const empty = parseDocument('', { lineCounter: new LineCounter() });
    findings.push(fileFinding(file, 'yaml/too-deep', t('yaml.tooDeep'), { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } }));
    return { file, text, doc: empty, lineCounter, data: undefined, findings };
  }

  let index: LineIndex | undefined;
  const lines = () => (index ??= new LineIndex(text));
  let yamlT: Translate<YamlKey> | undefined;
  const ty = () => (yamlT ??= translator(yamlCatalog, lang));
  let tooDeep = false;
  let overflowAt: Range | undefined;
  let syntaxShown = false;
  const problems = causesFirst(doc, [...doc.errors, ...doc.warnings]);
  for (const problem of problems) {
    // One stack overflow is reported once per enclosing collection: keep the first.
    // Where the parser's stack ran out depends on how deep the caller's stack already was (it
    // differed by command): the finding goes at the first node past MAX_DEPTH instead, found below.
    if (problem.code === 'RESOURCE_EXHAUSTION') {
      if (!tooDeep) overflowAt = lines().range(problem.pos[0], problem.pos[1]);
      tooDeep = true;
      continue;
    }
    const ruleId = YAML_RULE_IDS[problem.code] ?? 'yaml/syntax';
    // After the first syntax error the parser's recovery cascades into noise: one clear message.
    if (ruleId === 'yaml/syntax') {
      if (syntaxShown) continue;
      syntaxShown = true;
    }
    // From the offsets and our own line index: the parser's line counter can miss the last
    // lines after an error, which gave columns past the end of a line.
    let range = lines().range(...placeOf(doc, problem));
    let message: string;
    if (problem.code === 'TAG_RESOLVE_FAILED') {
      message = t('yaml.unknownTag', { tag: /Unresolved tag: (\S+)/.exec(problem.message)?.[1] ?? '' });
    } else if (problem.code === 'DUPLICATE_KEY') {
      message = t('yaml.duplicateKey', { key: keyAt(text, problem.pos[0]) });
    } else {
      const explained = explainYamlProblem(problem, range, lines(), ty());
      message = explained.message;
      range = explained.range ?? range;
    }
    findings.push(withExcerpt(fileFinding(file, ruleId, message, range), lines()));
  }

  // A loop, not push(...spread): 200,000 duplicate keys would overflow the call stack.
  if (!tooDeep) for (const finding of structureFindings(doc, lines, file, t)) findings.push(finding);
  else {
    const deep = structureFindings(doc, lines, file, t).find((f) => f.ruleId === 'yaml/too-deep');
    findings.push(deep ?? fileFinding(file, 'yaml/too-deep', t('yaml.tooDeep'), overflowAt!));
    findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.col - b.range.start.col);
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
    const unresolved = /^Unresolved alias[^:]*: (.+)$/.exec((error as Error).message)?.[1];
    if (unresolved !== undefined) {
      const what = ty()('code.unknownAlias', { name: unresolved });
      const finding = fileFinding(file, 'yaml/syntax', ty()('frame', { what, hint: ty()('hint.defineAnchor', { name: unresolved }) }), aliasRange(doc, lineCounter, unresolved) ?? documentStart(lineCounter, text));
      findings.push(withExcerpt(finding, lines()));
      return { file, text, doc, lineCounter, data: undefined, findings };
    }
    const ruleId = error instanceof ReferenceError ? 'yaml/alias-limit' : 'yaml/too-deep';
    findings.push(fileFinding(file, ruleId, t(ruleId === 'yaml/alias-limit' ? 'yaml.aliasLimit' : 'yaml.tooDeep'), documentStart(lineCounter, text)));
    return { file, text, doc, lineCounter, data: undefined, findings };
  }
  return { file, text, doc, lineCounter, data, findings };
}

/**
 * Duplicate keys and excessive nesting, in one iterative walk (no recursion, so no stack
 * overflow whatever the depth). Aliases are not followed: the anchored node is walked once.
 */
function structureFindings(doc: Document, lines: () => LineIndex, file: string, t: Translate<CoreKey>): Finding[] {
  const findings: Finding[] = [];
  const at = (node: Node): Range => {
    const offset = node.range?.[0] ?? 0;
    const range = lines().range(offset, node.range?.[1] ?? offset);
    return range.end.line === range.start.line ? range : { start: range.start, end: range.start };
  };
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH) {
      findings.push(fileFinding(file, 'yaml/too-deep', t('yaml.tooDeep'), at(node)));
      break;
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key;
      if (isScalar(key)) {
        // Compared as the loaded data will see them: `1` and "1" are the same key of an object.
        const name = String(key.value);
        if (seen.has(name)) findings.push(fileFinding(file, 'yaml/duplicate-key', t('yaml.duplicateKey', { key: name }), at(key)));
        seen.add(name);
      } else if (key) {
        stack.push({ node: key, depth: depth + 1 });
      }
      stack.push({ node: pair.value, depth: depth + 1 });
    }
  }
  return findings;
}

/**
 * Lines of the text, to turn offsets into positions that always lie inside the file
 * (line 1..count, column 1..length+1 in UTF-16 units), as editors and SARIF viewers require.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; col: number } {
    const at = Math.min(Math.max(0, offset), this.text.length);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: at - this.starts[lo]! + 1 };
  }

  get count(): number {
    return this.starts.length;
  }

  /** The text of a line (1-based), without its line break. */
  line(number: number): string | undefined {
    if (number < 1 || number > this.starts.length) return undefined;
    const start = this.starts[number - 1]!;
    const end = number < this.starts.length ? this.starts[number]! - 1 : this.text.length;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  range(from: number, to: number): Range {
    const start = this.position(from);
    const end = this.position(Math.max(from, to));
    return { start, end };
  }
}

/** The finding with the line it points at, for the formats that show it. */
function withExcerpt(finding: Finding, lines: LineIndex): Finding {
  const line = lines.line(finding.range.start.line);
  return line === undefined ? finding : { ...finding, excerpt: excerptOf(line, finding.range.start.col) };
}

function aliasRange(doc: Document, lc: LineCounter, name: string): Range | undefined {
  let found: Range | undefined;
  // Depth is bounded by MAX_DEPTH here, so the library's recursive visit is safe.
  visit(doc, {
    Alias(_, node) {
      if (node.source !== name || !node.range) return undefined;
      const a = lc.linePos(node.range[0]);
      const b = lc.linePos(node.range[1]);
      found = { start: { line: a.line, col: a.col }, end: { line: b.line, col: b.col } };
      return visit.BREAK;
    },
  });
  return found;
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200);
  return /^[^:\n]+/.exec(rest)?.[0]?.trim() ?? '';
}
