import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UsageError } from '../../../src/errors.js';
import { askMissing, checkGiven, defaultsFor, draftFromAnswers, renderNewPost, unanswered, type NewPostContext } from '../../../src/posts/new.js';
import { parsePost } from '../../../src/posts/parse.js';
import type { Strategy } from '../../../src/strategy/types.js';
import type { Prompter } from '../../../src/wizard/prompts.js';
import { ROOT } from '../../helpers/cli.js';

const strategy = parse(readFileSync(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), 'utf8')) as Strategy;
const context: NewPostContext = { strategy, lang: 'fr', today: '2027-01-10' };

/** A prompter that answers from a script and records what it was asked. */
function scripted(answers: unknown[]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    if (answers.length === 0) throw new Error(`unexpected question: ${message}`);
    return Promise.resolve(answers.shift());
  };
  return {
    asked,
    input: (q) => next(q.message) as Promise<string>,
    confirm: (q) => next(q.message) as Promise<boolean>,
    select: (q) => next(q.message) as Promise<never>,
    checkbox: (q) => next(q.message) as Promise<never[]>,
    note: () => {},
  };
}

describe('plan posts new: answers', () => {
  it('takes the primary platform, its cadence time and owner, and tomorrow by default', () => {
    expect(defaultsFor({}, context)).toMatchObject({ platforms: ['instagram'], date: '2027-01-11', time: '08:30', author: 'Julie Tremblay' });
    // Facebook's cadence has no time: the calendar's (the platform's usual time, within community hours).
    expect(defaultsFor({ platforms: ['facebook'] }, context)).toMatchObject({ platforms: ['facebook'], time: '09:00', author: 'Marc Gagnon' });
  });

  it('refuses what the strategy does not have, naming what it has', () => {
    expect(() => checkGiven({ platforms: ['tiktok'] }, context)).toThrow(UsageError);
    expect(() => checkGiven({ platforms: ['tiktok'] }, context)).toThrow(/^Plateforme inconnue «.tiktok.».+la stratégie a instagram et facebook\.$/);
    expect(() => checkGiven({ pillar: 'promo' }, context)).toThrow(/coulisses, quartier et offres/);
    expect(() => checkGiven({ objective: 'x' }, context)).toThrow(/notoriete/);
    expect(() => checkGiven({ audience: 'x' }, context)).toThrow(/jeunes-pros/);
    expect(() => checkGiven({ date: '12/01/2027' }, context)).toThrow(/AAAA-MM-JJ/);
    expect(() => checkGiven({ time: '8h30' }, context)).toThrow(/HH:MM/);
    expect(() => checkGiven({ time: '24:00' }, context)).toThrow(/HH:MM/);
    expect(() => checkGiven({ platforms: [] }, context)).toThrow(/au moins une plateforme/);
    expect(() => checkGiven({ platforms: ['instagram'], variants: ['facebook=Salut'] }, context)).toThrow(/ne vise pas/);
    expect(() => checkGiven({ text: 'a\n::: x' }, context)).toThrow(/:::/);
    expect(() => checkGiven({ platforms: ['instagram', 'facebook'], date: '2027-01-12', time: '23:59', pillar: 'offres', variants: ['facebook'] }, context)).not.toThrow();
  });

  it('asks only what the flags did not say, with the defaults offered', async () => {
    const prompter = scripted(['2027-02-01', '', 'offres', 'Le croissant du mois']);
    // An empty answer to the time: no time (the calendar's 09:00 was only offered).
    const answers = await askMissing({ platforms: ['facebook'] }, context, prompter);
    expect(prompter.asked).toEqual(['Date de publication (AAAA-MM-JJ)', 'Heure (HH:MM, heure de America/Toronto)', 'Pilier de contenu', 'Texte de la publication (Entrée laisse un TODO à rédiger dans le fichier)']);
    expect(answers).toMatchObject({ platforms: ['facebook'], date: '2027-02-01', pillar: 'offres', text: 'Le croissant du mois' });
    expect(answers.time).toBeUndefined();
    expect(unanswered({ platforms: ['x'], date: 'd', time: 't', pillar: 'p', text: 't' })).toEqual([]);
  });

  it('describes each pillar by its purpose in the strategy’s language', async () => {
    const descriptions: Record<string, (string | undefined)[]> = {};
    for (const lang of ['fr', 'en'] as const) {
      const prompter = scripted([]);
      prompter.select = (q) => {
        descriptions[lang] = (q.choices as readonly { description?: string }[]).map((c) => c.description);
        return Promise.resolve('offres') as Promise<never>;
      };
      await askMissing({ platforms: ['facebook'], date: '2027-02-01', time: '09:00', text: 'Bonjour' }, { ...context, lang }, prompter);
    }
    const purposes = (strategy.editorial_line.pillars ?? []).map((p) => p.purpose);
    expect(descriptions.fr![purposes.indexOf('promote')]).toMatch(/^Promouvoir\u202f: offres, produits/);
    expect(descriptions.fr![purposes.indexOf('entertain')]).toMatch(/^Divertir/);
    expect(descriptions.en![purposes.indexOf('promote')]).toMatch(/^Promote: offers, products/);
  });

  it('writes a file the parser reads back with the same fields, a TODO text and the variants', () => {
    const text = renderNewPost({ platforms: ['instagram', 'facebook'], date: '2027-01-12', pillar: 'quartier', sponsored: true, approvedBy: 'Marc Gagnon', humour: 'light', variants: ['facebook=Salut les voisins', 'instagram'] }, context);
    const { post, findings } = parsePost(text, 'p.md');
    expect(findings).toEqual([]);
    expect(post.meta).toEqual({ platforms: ['instagram', 'facebook'], date: '2027-01-12', time: '08:30', pillar: 'quartier', status: 'draft', sponsored: true, author: 'Julie Tremblay', approved_by: 'Marc Gagnon', humour: 'light' });
    expect(post.body.text).toBe('TODO\u202f: rédiger la publication.');
    expect(post.variants.map((v) => [v.platform, v.body.text])).toEqual([
      ['facebook', 'Salut les voisins'],
      // The strategy names no platform: its id.
      ['instagram', 'TODO\u202f: la version instagram de la publication.'],
    ]);
    expect(draftFromAnswers({ text: '  ' }, { ...context, lang: 'en' }).body).toBe('TODO: write the post.');
  });
});
