import { frenchOrEnglish } from '../../posts/language.js';
import type { PostHit } from '../../posts/types.js';
import { definePostRule } from './define.js';
import { publishedTexts } from './text.js';
import { publishedText } from '../../posts/comments.js';

// warn, as language/quebec-french: the Charter applies to official, publicised accounts that target
// Québec, which a post cannot prove; an English-only post there is a decision to take knowingly.
export const postFrenchText = definePostRule({
  id: 'posts/french-text',
  severity: 'warn',
  sources: ['oqlf-2016'],
  messages: {
    en: {
      rationale: 'A Québec organization’s post (or a French strategy’s) has French text: English may follow, no more prominent than the French (Charte de la langue française).',
      fix: 'Write the text in French, or add the French version first (the English may follow it).',
      quebec: 'This text{where} reads as English, and the organization is in Québec (`region: CA-QC`): under the Charte de la langue française, its posts are in French. Write it in French, or put the French version first.',
      french: 'This text{where} reads as English, but the strategy’s language is French (`organization.language: fr`). Write it in French, or put the French version first.',
      variant: ' (the `{platform}` variant)',
    },
    fr: {
      rationale: 'Une publication d’une organisation québécoise (ou d’une stratégie en français) contient du texte en français : l’anglais peut suivre, sans être plus visible que le français (Charte de la langue française).',
      fix: 'Écrivez le texte en français, ou ajoutez d’abord la version française (l’anglais peut la suivre).',
      quebec: 'Ce texte{where} se lit comme de l’anglais, et l’organisation est au Québec (`region: CA-QC`) : selon la Charte de la langue française, ses publications sont en français. Écrivez-le en français, ou placez la version française en premier.',
      french: 'Ce texte{where} se lit comme de l’anglais, mais la langue de la stratégie est le français (`organization.language: fr`). Écrivez-le en français, ou placez la version française en premier.',
      variant: ' (la variante `{platform}`)',
    },
  },
  examples: {
    pass: '---\nplatforms: [instagram]\nstatus: draft\n---\nNos croissants sortent du four à 7 h tous les matins. On vous attend!\n',
    fail: '---\nplatforms: [instagram]\nstatus: draft\n---\nOur croissants come out of the oven at 7 every morning. See you there!\n',
    fr: {
      pass: '---\nplatforms: [instagram]\nstatus: draft\n---\nNos croissants sortent du four à 7 h.\n\nOur croissants come out of the oven at 7.\n',
      fail: '---\nplatforms: [instagram]\nstatus: draft\n---\nOur croissants come out of the oven at 7 every morning. See you there!\n',
    },
  },
  async check(post, { t, strategy }) {
    const org = strategy?.organization;
    const quebec = org?.region === 'CA-QC';
    if (!quebec && org?.language !== 'fr') return [];
    const hits: PostHit[] = [];
    for (const { span, variant } of publishedTexts(post)) {
      const text = publishedText(span);
      // A bilingual post passes when one of its paragraphs is French; it fails on its first English one.
      let english: { start: number; end: number } | undefined;
      let french = false;
      for (const m of text.text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
        const lang = await frenchOrEnglish(m[0]);
        if (lang === 'fr') {
          french = true;
          break;
        }
        if (lang === 'en') english ??= { start: m.index, end: m.index + m[0].trimEnd().length };
      }
      if (french || !english) continue;
      const offset = text.offsetOf(english.start);
      const where = variant ? t('variant', { platform: variant }) : '';
      hits.push({ offset, length: text.offsetOf(english.end) - offset, message: t(quebec ? 'quebec' : 'french', { where }) });
    }
    return hits;
  },
});
