// Thousands of unknown keys under one parent: the first ones are reported one by one (with their
// "did you mean"), the rest as one summary finding, so a pasted dump stays readable and fast.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/validate/check.js';
import { UNKNOWN_KEYS_SHOWN } from '../../../src/validate/schema.js';

const HEAD = 'version: 1\norganization:\n  name: Café\n  language: en\n';

function keys(count: number, indent = ''): string {
  return Array.from({ length: count }, (_, i) => `${indent}k${i}: 1\n`).join('');
}

describe('unknown keys under one parent', () => {
  it('reports the first ones and then one summary with the count', () => {
    const result = checkText(HEAD + keys(120), 's.yaml', { lang: 'en' });
    const unknown = result.findings.filter((f) => f.ruleId === 'schema/additional-property');
    expect(UNKNOWN_KEYS_SHOWN).toBe(50);
    expect(unknown).toHaveLength(UNKNOWN_KEYS_SHOWN + 1);
    expect(unknown[0]!.message).toMatch(/^Unknown key `k0`/);
    const summary = unknown.at(-1)!;
    expect(summary.message).toBe('…and 70 more unknown keys at the top of the file (only the first 50 are listed). Remove them, or move them where they belong.');
    // It points at the first key left out.
    expect(summary.range.start.line).toBe(5 + UNKNOWN_KEYS_SHOWN);
  });

  it('counts per parent, and says where in French', () => {
    const text = HEAD + '  ' + keys(60, '  ').trimStart() + keys(3);
    const result = checkText(text, 's.yaml', { lang: 'fr' });
    const unknown = result.findings.filter((f) => f.ruleId === 'schema/additional-property');
    expect(unknown).toHaveLength(UNKNOWN_KEYS_SHOWN + 1 + 3);
    expect(unknown.map((f) => f.message)).toContain('…et 10 autres clés inconnues dans `organization` (seules les 50 premières sont listées). Supprimez-les, ou déplacez-les là où elles vont.');
  });

  it('says one more key in the singular', () => {
    const result = checkText(HEAD + keys(UNKNOWN_KEYS_SHOWN + 1), 's.yaml', { lang: 'en' });
    expect(result.findings.filter((f) => f.ruleId === 'schema/additional-property').at(-1)!.message).toMatch(/^…and 1 more unknown key at the top of the file/);
  });

  it('reports every key, with its suggestion, up to the cap', () => {
    const result = checkText(HEAD + 'platfroms: []\n' + keys(10), 's.yaml', { lang: 'en' });
    const unknown = result.findings.filter((f) => f.ruleId === 'schema/additional-property');
    expect(unknown).toHaveLength(11);
    expect(unknown[0]!.message).toMatch(/Did you mean `platforms`\?/);
  });
});
