import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cdata, escapeAttribute, formatJunit } from '../../../src/formatters/junit.js';
import { context, finding, many, REPORTS } from './fixtures.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name), cdataPropName: '#cdata', htmlEntities: true });

interface Case {
  classname: string;
  name: string;
  file: string;
  line?: string;
  failure?: { message: string; type: string; '#cdata': string | string[] };
}
interface Suite {
  name: string;
  tests: string;
  failures: string;
  testcase: Case[];
}

function parse(xml: string): { testsuites: { tests: string; failures: string; testsuite?: Suite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('junit format: escaping', () => {
  it.each([
    ['plain', 'plain'],
    ['a & b < c > d', 'a &amp; b &lt; c &gt; d'],
    [`"quoted" 'single'`, '&quot;quoted&quot; &apos;single&apos;'],
    ['line\nbreak\ttab', 'line&#10;break&#9;tab'],
    ['nul\u0000bell\u0007', 'nul\uFFFDbell\uFFFD'],
    ['lone \uD800 surrogate, pair 😀 kept', 'lone \uFFFD surrogate, pair 😀 kept'],
  ])('attribute %j → %j', (input, expected) => {
    expect(escapeAttribute(input)).toBe(expected);
  });

  it.each([
    ['plain', '<![CDATA[plain]]>'],
    ['a ]]> b', '<![CDATA[a ]]]]><![CDATA[> b]]>'],
    ['<tag> & ]]', '<![CDATA[<tag> & ]]]]>'],
  ])('cdata %j → %j', (input, expected) => {
    expect(cdata(input)).toBe(expected);
  });
});

describe('junit format: a run', () => {
  it('writes one suite per file, one failing case per finding at or above the fail severity, one passing case for a clean file', () => {
    const doc = parse(formatJunit(REPORTS, context()));
    expect(doc.testsuites).toMatchObject({ tests: '4', failures: '2' });
    const suites = doc.testsuites.testsuite!;
    expect(suites.map((s) => [s.name, s.tests, s.failures])).toEqual([
      ['strategies/a.strategy.yaml', '2', '2'],
      ['b.yaml', '1', '0'],
      ['clean.strategy.yaml', '1', '0'],
    ]);
    const [first, second] = suites[0]!.testcase;
    expect(first).toEqual({
      classname: 'strategies/a.strategy.yaml',
      name: 'refs/unknown-audience @ 12:7 platforms[0].audiences[0]',
      file: 'strategies/a.strategy.yaml',
      line: '12',
      failure: {
        message: 'No audience has the id `parent`. Did you mean `parents`?',
        type: 'error',
        '#cdata': 'line 12, col 7, No audience has the id `parent`. Did you mean `parents`? (refs/unknown-audience)',
      },
    });
    expect(second!.name).toBe('schema/required @ 15:5 platforms[1]');
    // b.yaml has only an info finding, below the default fail severity: it passes.
    expect(suites[1]!.testcase).toEqual([{ classname: 'b.yaml', name: 'plan validate', file: 'b.yaml' }]);
  });

  it('follows --fail-severity, and carries awkward text intact through XML', () => {
    const doc = parse(formatJunit(REPORTS, context({ failSeverity: 'info' })));
    expect(doc.testsuites).toMatchObject({ tests: '5', failures: '4' });
    const b = doc.testsuites.testsuite![1]!.testcase[0]!;
    expect(b.failure!.message).toBe('Tabs <cannot> indent "YAML" & more | ]]> end');
    // `]]>` splits the body into two CDATA sections; together they give the text back.
    expect([b.failure!['#cdata']].flat().join('')).toBe('line 2, col 1, Tabs <cannot> indent "YAML" & more | ]]> end (yaml/tab)');
    const pillar = doc.testsuites.testsuite![0]!.testcase[2]!;
    expect(pillar.failure!.message).toBe('Shares add up to 90%, not 100%.\nFix: adjust one pillar, e.g. a: 40, b: 60.');
  });

  it('keeps test names unique within a file, as GitLab keeps only the first of two equal names', () => {
    const twice = [{ file: 'a.yaml', findings: ['x', 'y', 'z'].map((m) => finding('a.yaml', 'schema/required', 'error', m, [1, 1])) }];
    const names = parse(formatJunit(twice, context())).testsuites.testsuite![0]!.testcase.map((c) => c.name);
    expect(names).toEqual(['schema/required @ 1:1', 'schema/required @ 1:1 #2', 'schema/required @ 1:1 #3']);
  });

  it('counts large runs right', () => {
    const doc = parse(formatJunit([many(40, 'error'), many(5, 'warn', 'w.yaml')], context({ failSeverity: 'warn' })));
    expect(doc.testsuites).toMatchObject({ tests: '45', failures: '45' });
    expect(new Set(doc.testsuites.testsuite![0]!.testcase.map((c) => c.name)).size).toBe(40);
  });

  it('is a valid, empty report when no file was checked', () => {
    expect(formatJunit([], context())).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="plan validate" tests="0" failures="0" errors="0">\n</testsuites>\n');
  });
});
