import { describe, expect, it } from 'vitest';
import { describeRule, fileUri, formatSarif } from '../../../src/formatters/sarif.js';
import { context, finding, many, REPORTS } from './fixtures.js';
import { validateSarif } from './sarif-schema.js';

function sarif(reports = REPORTS, ctx = context()) {
  return JSON.parse(formatSarif(reports, ctx));
}

describe('sarif format', () => {
  it.each([
    ['the fixed findings', REPORTS],
    ['a clean run', [{ file: 'a.yaml', findings: [] }]],
    ['stdin', [{ file: '<stdin>', findings: [finding('<stdin>', 'yaml/syntax', 'error', 'bad', [1, 1])] }]],
    ['odd file names', [{ file: 'dossier été/a b#1.yaml', findings: [finding('dossier été/a b#1.yaml', 'yaml/tab', 'warn', 'm', [2, 3], [2, 1])] }]],
    ['many findings', [many(30, 'info')]],
  ])('validates against the SARIF 2.1.0 schema: %s', (_name, reports) => {
    const log = sarif(reports);
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check catches a broken log (so the test above can fail)', () => {
    const log = sarif();
    log.runs[0].results[0].level = 'warn';
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    expect(validateSarif(log)).toBe(false);
  });

  it('has the SARIF skeleton and the tool driver', () => {
    const log = sarif();
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'plan', version: '9.9.9', informationUri: 'https://github.com/social-plan/social-plan' });
  });

  it('lists only the rules that appear, each once, and points results at them by index', () => {
    const run = sarif().runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['refs/unknown-audience', 'schema/required', 'refs/pillar-shares', 'yaml/tab']);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('maps severities to levels and keeps 1-based regions with relative, forward-slash uris', () => {
    const results = sarif().runs[0].results;
    expect(results.map((r: { level: string }) => r.level)).toEqual(['error', 'error', 'warning', 'note']);
    expect(results[0]).toMatchObject({
      ruleId: 'refs/unknown-audience',
      message: { text: 'No audience has the id `parent`. Did you mean `parents`?' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'strategies/a.strategy.yaml' }, region: { startLine: 12, startColumn: 7, endLine: 12, endColumn: 13 } } }],
      partialFingerprints: { 'planFinding/v1': 'strategies/a.strategy.yaml:refs/unknown-audience:platforms[0].audiences[0]' },
    });
    expect(results[1].locations[0].physicalLocation.region).toEqual({ startLine: 15, startColumn: 5, endLine: 17, endColumn: 1 });
    expect(results[3].locations[0].physicalLocation.artifactLocation.uri).toBe('b.yaml');
  });

  it('gives stable fingerprints that do not depend on the line, and distinct ones at one place', () => {
    const at = (line: number) => [{ file: 'a.yaml', findings: [finding('a.yaml', 'schema/required', 'error', 'x', [line, 1], [line, 2], ['organization'])] }];
    const fp = (log: { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }) => log.runs[0]!.results.map((r) => r.partialFingerprints['planFinding/v1']);
    expect(fp(sarif(at(3)))).toEqual(fp(sarif(at(9))));
    const three = [{ file: 'a.yaml', findings: ['a', 'b', 'c'].map((m) => finding('a.yaml', 'schema/required', 'error', m, [1, 1])) }];
    expect(fp(sarif(three))).toEqual(['a.yaml:schema/required:$', 'a.yaml:schema/required:$:2', 'a.yaml:schema/required:$:3']);
  });

  it('leaves out the location of stdin input', () => {
    const log = sarif([{ file: '<stdin>', findings: [finding('<stdin>', 'yaml/syntax', 'error', 'bad', [1, 1])] }]);
    expect(log.runs[0].results[0].locations).toBeUndefined();
  });

  it.each([
    ['a.yaml', 'a.yaml'],
    ['dir/a b.yaml', 'dir/a%20b.yaml'],
    ['../up/é#1.yaml', '../up/%C3%A9%231.yaml'],
  ])('uri of %s is %s', (input, expected) => {
    expect(fileUri(input)).toBe(expected);
  });

  it.each([
    ['refs/unknown-audience', 'en', 'A platform can only reach audiences that the strategy defines.', true],
    ['refs/unknown-audience', 'fr', 'Une plateforme ne peut joindre que des publics définis dans la stratégie.', true],
    ['schema/additional-property', 'en', 'The strategy file must match the strategy schema (schemas/strategy.schema.json).', false],
    ['yaml/tab', 'fr', 'Le fichier de stratégie doit être un YAML lisible et bien formé contenant une seule stratégie.', false],
  ] as const)('describes %s in %s', (id, lang, text, hasHelp) => {
    const rule = describeRule(id, lang);
    expect(rule.shortDescription.text).toBe(text);
    expect(Boolean(rule.helpUri)).toBe(hasHelp);
  });
});
