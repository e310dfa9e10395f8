// French output is spaced the French way: a narrow no-break space before ; : ! ? and inside « ».
import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../../src/i18n/typography.js';

const N = '\u202f';

describe('frenchTypography', () => {
  it.each([
    ['Erreur : {detail}.', `Erreur${N}: {detail}.`],
    ['Erreur\u00a0: voir plus tard; la suite', `Erreur${N}: voir plus tard${N}; la suite`],
    ['âges ; les', `âges${N}; les`],
    ['Quelle stratégie? Passez un fichier!', `Quelle stratégie${N}? Passez un fichier${N}!`],
    ['« {value} » n’est pas une durée', `«${N}{value}${N}» n’est pas une durée`],
    ['Lancez `plan validate a.yaml; b`', 'Lancez `plan validate a.yaml; b`'],
    ['à 09:30, voir https://example.com/a?b=1', 'à 09:30, voir https://example.com/a?b=1'],
    ['{file}:{line} : ceci', `{file}:{line}${N}: ceci`],
    ['Vouliez-vous dire `{suggestion}`?', `Vouliez-vous dire \`{suggestion}\`${N}?`],
  ])('%j', (input, expected) => {
    expect(frenchTypography(input)).toBe(expected);
  });

  it('leaves the `a; b` separators of list defaults for the caller to split', () => {
    expect(frenchTypography('Répondre à chaque commentaire; Pas de pourriel', true)).toBe('Répondre à chaque commentaire; Pas de pourriel');
  });
});

describe('the French brief', () => {
  it('spaces the strategy’s own texts the French way, and leaves an English brief alone', async () => {
    const { renderBrief } = await import('../../../src/brief/index.js');
    const strategy = { version: 1, organization: { name: 'Café', language: 'fr' }, platforms: [{ id: 'facebook', role: 'primary', rationale: 'À tous les âges ; on y est. Plus tard; la suite!' }] };
    for (const format of ['md', 'html'] as const) {
      const fr = renderBrief({ strategy: strategy as never, findings: [], lang: 'fr', format, now: new Date('2026-11-26') });
      expect(fr).toContain(`âges${N}; on y est. Plus tard${N}; la suite${N}!`);
      expect(fr).not.toMatch(/ [;:!?]/);
      const en = renderBrief({ strategy: strategy as never, findings: [], lang: 'en', format, now: new Date('2026-11-26') });
      expect(en).toContain('Plus tard; la suite!');
    }
  });
});
