import type { PostHit } from '../../posts/types.js';
import { closest } from '../../text/suggest.js';
import { definePostRule } from './define.js';

// error: a post for a platform the strategy did not choose has no cadence, no audience and no one watching it.
export const postPlatformNotChosen = definePostRule({
  id: 'posts/platform-not-chosen',
  severity: 'error',
  messages: {
    en: {
      rationale: 'A post goes only where the strategy chose to be: a platform it did not choose has no audience, cadence or owner.',
      fix: 'Use a platform id from the strategy’s `platforms` list, or add the platform to the strategy first.',
      unknown: '`{platform}` is not a platform of the strategy ({known}).{suggestion} Use one of them, or add `{platform}` to the strategy’s `platforms` first.',
      didYouMean: ' Did you mean `{suggestion}`?',
      variant: 'This `{platform}` variant is for a platform the post does not go to (`platforms:` says {platforms}). Add `{platform}` to `platforms:`, or remove the variant.',
    },
    fr: {
      rationale: 'Une publication ne va que là où la stratégie a choisi d’être : une plateforme qu’elle n’a pas choisie n’a ni public, ni rythme, ni responsable.',
      fix: 'Utilisez un identifiant de la liste `platforms` de la stratégie, ou ajoutez d’abord la plateforme à la stratégie.',
      unknown: '`{platform}` n’est pas une plateforme de la stratégie ({known}).{suggestion} Utilisez l’une d’elles, ou ajoutez d’abord `{platform}` aux `platforms` de la stratégie.',
      didYouMean: ' Vouliez-vous dire `{suggestion}` ?',
      variant: 'Cette variante `{platform}` est pour une plateforme où la publication ne va pas (`platforms:` dit {platforms}). Ajoutez `{platform}` à `platforms:`, ou retirez la variante.',
    },
  },
  examples: {
    pass: '---\nplatforms: [instagram]\nstatus: draft\n---\nOur croissant of the week.\n',
    fail: '---\nplatforms: [instagram, tiktok]\nstatus: draft\n---\nOur croissant of the week.\n',
    fr: {
      pass: '---\nplatforms: [instagram]\nstatus: draft\n---\nNotre croissant de la semaine.\n',
      fail: '---\nplatforms: [instagram, tiktok]\nstatus: draft\n---\nNotre croissant de la semaine.\n',
    },
  },
  check(post, { t, strategy }) {
    const platforms = Array.isArray(post.meta.platforms) ? post.meta.platforms : [];
    const hits: PostHit[] = [];
    if (strategy) {
      const known = strategy.platforms.map((p) => p.id);
      platforms.forEach((platform, index) => {
        if (typeof platform !== 'string' || known.includes(platform)) return;
        const suggestion = closest(platform, known);
        hits.push({
          path: ['platforms', index],
          message: t('unknown', { platform, known: known.map((id) => `\`${id}\``).join(', '), suggestion: suggestion ? t('didYouMean', { suggestion }) : '' }),
        });
      });
    }
    for (const variant of post.variants) {
      if (platforms.includes(variant.platform)) continue;
      hits.push({
        offset: variant.marker.offset,
        length: variant.marker.text.length,
        message: t('variant', { platform: variant.platform, platforms: platforms.map((p) => `\`${String(p)}\``).join(', ') || '[]' }),
      });
    }
    return hits;
  },
});
