// Every rule links to its documentation (`meta.docs.url`, as ESLint rules do), and the link lands on a
// heading of docs/rules.md: SARIF `helpUri` and `plan rules RULE-ID` show the same link.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/rules/index.js';
import { headingAnchor, ruleDocsUrl } from '../../../src/rules/docs.js';
import { describeRule as sarifRule } from '../../../src/formatters/sarif.js';

const DOC = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
const ANCHORS = new Set([...DOC.matchAll(/^#{1,6} (.+)$/gm)].map((m) => headingAnchor(m[1]!.trim())));
const PAGE = 'https://github.com/social-plan/social-plan/blob/main/docs/rules.md#';

describe('rule documentation links', () => {
  it('follow GitHub heading anchors: slashes and dots dropped, spaces to hyphens', () => {
    expect(ruleDocsUrl('refs/unknown-audience')).toBe(`${PAGE}refsunknown-audience`);
    expect(headingAnchor('Configuration: `.planrc.yaml`')).toBe('configuration-planrcyaml');
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has meta.docs.url on a heading of docs/rules.md', (id, rule) => {
    const url = rule.meta.docs.url;
    expect(url.startsWith(PAGE), url).toBe(true);
    expect(ANCHORS.has(url.slice(PAGE.length)), url).toBe(true);
    expect(sarifRule(id, 'en').helpUri).toBe(url);
  });

  it('a link to a heading that does not exist is caught', () => {
    expect(ANCHORS.has(headingAnchor('refs/no-such-rule'))).toBe(false);
  });
});
