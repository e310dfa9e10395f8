import type { PostHit } from '../../posts/types.js';
import { matchesIn, publishedTexts } from './text.js';
import { definePostRule } from './define.js';

const L = '\\p{L}\\p{N}_';
/** Vouvoiement: every form of `vous` and its possessives; not the noun « rendez-vous ». */
const VOUS = new RegExp(`(?<![${L}])(?<!rendez-)(?:vous|votre|vos|vôtres?)(?![${L}])`, 'giu');
/**
 * Vouvoiement by the verb alone: an imperative in -ez opening a sentence or a line (« Venez »,
 * « 🥐 Découvrez », « - Commandez », « Allez-y »), the usual call to action, which carries no `vous` to find.
 * Words that end in -ez and open sentences without being verbs (chez, assez, nez) are left out.
 */
const IMPERATIVE_VOUS = new RegExp(
  `(?<=^[ \\t]*(?:[-*•][ \\t]+)?(?:\\p{Extended_Pictographic}\\uFE0F?[ \\t]*)*|[.!?…][ \\t]+)(?!(?:chez|assez|nez)(?![${L}]))\\p{L}{2,}ez(?:(?![${L}’'-])|(?=-(?:y|en|nous|moi|les?|la|leur)(?![${L}])))`,
  'gimu',
);
/**
 * Tutoiement: `tu`, `toi`, `te`, `t’` before a vowel, the possessives; `ton` after an article is
 * the noun (« le ton de la marque »), not a possessive.
 */
const TU = new RegExp(`(?<![${L}])(?:tu|toi|te|ta|tes|tiens?|tiennes?|(?<!(?:le|un|du|au|ce) )ton)(?![${L}’'])|(?<![${L}])t['’](?=[aeiouyhâàéèêëîïôûù])`, 'giu');

// warn: the strategy decided tu or vous once for every post (editorial_line.tone.address); a post
// that says the other form to its reader breaks the voice the audience knows.
export const postFormOfAddress = definePostRule({
  id: 'posts/form-of-address',
  severity: 'warn',
  sources: ['effetspapillon', 'my-spark-academy', 'comasoi'],
  messages: {
    en: {
      rationale: 'A French strategy decides tu or vous once (`editorial_line.tone.address`); each post keeps to it, word by word.',
      fix: 'Rewrite the word in the strategy’s form of address (tu: tu, ton, tes; vous: vous, votre, vos), or silence this line with a reason when it is not addressed to the reader.',
      vous: '`{word}`: this strategy says `tu` to its audience (`tone.address: tu`). Say it with tu (tu, toi, ton, ta, tes; “Viens”, not “Venez”), or silence this line with a reason if the word does not speak to the reader.',
      tu: '`{word}`: this strategy says `vous` to its audience (`tone.address: vous`). Say it with vous (vous, votre, vos), or silence this line with a reason if the word does not speak to the reader.',
    },
    fr: {
      rationale: 'Une stratégie en français tranche entre tu et vous une fois pour toutes (`editorial_line.tone.address`) ; chaque publication s’y tient, mot à mot.',
      fix: 'Réécrivez le mot dans la forme d’adresse de la stratégie (tu : tu, ton, tes ; vous : vous, votre, vos), ou désactivez la ligne avec une raison quand le mot ne s’adresse pas au lecteur.',
      vous: '`{word}` : cette stratégie tutoie son public (`tone.address: tu`). Dites-le au tu (tu, toi, ton, ta, tes\u202f; «\u202fViens\u202f», pas «\u202fVenez\u202f»), ou désactivez la ligne avec une raison si le mot ne s’adresse pas au lecteur.',
      tu: '`{word}` : cette stratégie vouvoie son public (`tone.address: vous`). Dites-le au vous (vous, votre, vos), ou désactivez la ligne avec une raison si le mot ne s’adresse pas au lecteur.',
    },
  },
  examples: {
    pass: '---\nplatforms: [instagram]\nstatus: draft\n---\nPasse nous voir : ton croissant t’attend.\n',
    fail: '---\nplatforms: [instagram]\nstatus: draft\n---\nPassez nous voir : votre croissant vous attend.\n',
  },
  check(post, { t, strategy }) {
    const address = strategy?.editorial_line?.tone?.address;
    if (strategy?.organization?.language !== 'fr' || (address !== 'tu' && address !== 'vous')) return [];
    const wrong = address === 'tu' ? [VOUS, IMPERATIVE_VOUS] : [TU];
    const key = address === 'tu' ? 'vous' : 'tu';
    const hits: (PostHit & { offset: number })[] = [];
    for (const { span } of publishedTexts(post)) {
      for (const pattern of wrong) for (const m of matchesIn(span, pattern)) hits.push({ offset: m.offset, length: m.length, message: t(key, { word: m.text }) });
    }
    return hits.sort((a, b) => a.offset - b.offset);
  },
});
