// `--format junit`: JUnit XML for CI test-report views (GitLab `artifacts:reports:junit`, Jenkins,
// Azure). Spectral's shape: one <testsuite> per file, one failing <testcase> per finding at or
// above the fail severity, one passing <testcase> for a clean file. GitLab shows `classname` as
// the suite and keeps only the first of two tests with the same name, so names are unique.
import { atLeast, formatPath } from '../diagnostics.js';
import type { Formatter } from './types.js';
import { ordered, relativePath } from './shared.js';

// Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text for an XML attribute value (quotes, and line breaks that parsers would normalise away). */
export function escapeAttribute(value: string): string {
  return value
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** A CDATA section; `]]>` inside the text is split across two sections. */
export function cdata(value: string): string {
  return `<![CDATA[${value.replace(INVALID_XML, '\uFFFD').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

export const formatJunit: Formatter = (reports, context) => {
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const report of reports) {
    const file = relativePath(report.file, context.cwd);
    const failing = ordered(report).filter((f) => atLeast(f.severity, context.failSeverity));
    const cases: string[] = [];
    const seen = new Map<string, number>();
    for (const f of failing) {
      const { line, col } = f.range.start;
      const where = formatPath(f.path);
      let name = `${f.ruleId} @ ${line}:${col}${where ? ` ${where}` : ''}`;
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      if (count > 1) name += ` #${count}`;
      cases.push(
        `    <testcase classname="${escapeAttribute(file)}" name="${escapeAttribute(name)}" file="${escapeAttribute(file)}" line="${line}">\n` +
          `      <failure message="${escapeAttribute(f.message)}" type="${f.severity}">${cdata(`line ${line}, col ${col}, ${f.message} (${f.ruleId})`)}</failure>\n` +
          `    </testcase>`,
      );
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${escapeAttribute(file)}" name="plan validate" file="${escapeAttribute(file)}"/>`);
    const tests = cases.length;
    totalTests += tests;
    totalFailures += failing.length;
    suites.push(
      `  <testsuite name="${escapeAttribute(file)}" tests="${tests}" failures="${failing.length}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="plan validate" tests="${totalTests}" failures="${totalFailures}" errors="0">\n` +
    (suites.length ? suites.join('\n') + '\n' : '') +
    `</testsuites>\n`
  );
};
