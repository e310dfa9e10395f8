// Rules cite public sources a user can open (title, publisher, link), never a file of this
// repository's research notes; `plan rules` shows them, and French examples are in French.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/rules/index.js';
import { SOURCES } from '../../../src/rules/sources.js';
import { describeRule } from '../../../src/commands/rules/run.js';

/** English words of the English examples that a French user must not meet in French ones, and the reverse. */
const ENGLISH = /\b(Tips|Offers|Grow|our|audience|students|Retirees|Answer|customers|fast|insults|No spam|unhappy|Thanks|Irreverent|neighbourhood|warm|playful|More|requests|Teens|buyers|employees|never speak)\b/;
const FRENCH = /\b(Conseils|Promos|notre|communauté|Retraités|Répondre|insultes|pourriel|mécontent|Merci|quartier|chaleureux|demandes|acheteurs|employés|On ne parle|Boréal)\b/;

describe('rule sources', () => {
  it('cite no file a user does not have', () => {
    for (const rule of RULES) {
      const text = JSON.stringify(describeRule(rule, 'en').sources) + JSON.stringify(describeRule(rule, 'fr').sources) + (rule.source ?? '');
      expect(text, rule.id).not.toMatch(/shared\/|domain\.md|research\/|src\/|§/);
    }
  });

  it('are public citations: a title, a publisher and a web link', () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      expect(source.title.length, id).toBeGreaterThan(3);
      expect(source.publisher.length, id).toBeGreaterThan(2);
      expect(source.url, id).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    }
  });

  it('back every rule that gives advice (the reference checks are about the file itself)', () => {
    for (const rule of RULES.filter((r) => r.category !== 'refs' && r.id !== 'platforms/unknown-platform')) {
      expect((rule.sources?.length ?? 0) > 0 || Boolean(rule.source), rule.id).toBe(true);
    }
  });
});

describe('rule examples', () => {
  const skip = new Set(['editorial/address', 'language/quebec-french']); // about French itself
  // Rules whose examples hold words (not only keys and values of the schema) have French ones.
  const withFrench = RULES.filter((r) => r.examples?.fr && !skip.has(r.id));
  it('most rules have French examples', () => expect(withFrench.length).toBeGreaterThanOrEqual(20));
  it.each(withFrench.map((r) => [r.id, r] as const))('%s: French in French, English in English', (_id, rule) => {
    const fr = describeRule(rule, 'fr').examples!;
    const en = describeRule(rule, 'en').examples!;
    expect(fr.pass + fr.fail).not.toMatch(ENGLISH);
    expect(en.pass + en.fail).not.toMatch(FRENCH);
  });
});
