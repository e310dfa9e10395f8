// Decisions as data: a rule that only says "this field must be decided" declares the field, and the
// shared helper reports it at the field, or at its nearest written parent, where the line belongs.
import { describe, expect, it } from 'vitest';
import { defineRule, isWritten, undecided } from '../../../src/rules/types.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { translator } from '../../../src/i18n/index.js';

const rule = defineRule({
  id: 'test/voice',
  category: 'editorial',
  severity: 'warn',
  sources: [],
  messages: {
    en: { rationale: 'r', fix: 'f', empty: 'No voice for {name}.', extra: 'extra' },
    fr: { rationale: 'r', fix: 'f', empty: 'Pas de voix pour {name}.', extra: 'extra' },
  },
  decisions: [{
    field: ['editorial_line', 'tone', 'voice'],
    message: 'empty',
    when: (strategy) => Boolean(strategy.editorial_line),
    decided: (value) => Array.isArray(value) && value.length > 0,
    params: (strategy) => ({ name: strategy.organization?.name ?? '?' }),
  }],
  check: (strategy, { t }) => (strategy.editorial_line?.positioning === 'x' ? [{ path: ['editorial_line', 'positioning'], message: t('extra') }] : []),
});

const run = (data: unknown) => rule.check(data as Strategy, { t: translator(rule.messages, 'en'), lang: 'en', now: new Date(0) });

describe('decisions', () => {
  it.each([
    ['no section: not due', {}, []],
    ['the section only', { editorial_line: {} }, [['editorial_line']]],
    ['the parent of the field', { editorial_line: { tone: {} } }, [['editorial_line', 'tone']]],
    ['the field itself when written but not decided', { editorial_line: { tone: { voice: [] } } }, [['editorial_line', 'tone', 'voice']]],
    ['decided', { editorial_line: { tone: { voice: ['warm'] } } }, []],
  ])('%s', (_, data, paths) => {
    const hits = run({ organization: { name: 'Café' }, ...data });
    expect(hits.map((hit) => hit.path)).toStrictEqual(paths);
    for (const hit of hits) expect(hit).toMatchObject({ anchor: 'key', message: 'No voice for Café.' });
  });

  it('runs the rule\'s own check after its decisions', () => {
    expect(run({ editorial_line: { positioning: 'x' } }).map((hit) => hit.message)).toStrictEqual(['No voice for ?.', 'extra']);
  });

  it('treats missing, null and blank text as not written; an empty list or 0 as written', () => {
    expect([undefined, null, '', '  '].map(isWritten)).toStrictEqual([false, false, false, false]);
    expect([[], 0, false, 'a', {}].map(isWritten)).toStrictEqual([true, true, true, true, true]);
    expect(undecided({ policy: { disclosure: ' ' } } as unknown as Strategy, ['policy', 'disclosure'], 'm').path).toStrictEqual(['policy']);
  });

  it('gives every rule defined so a docs URL', () => {
    expect(rule.meta.docs.url).toMatch(/docs\/rules\.md#testvoice$/);
  });
});
