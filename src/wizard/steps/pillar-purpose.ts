// A pillar's purpose, guessed from its name in English or French: only the suggestion of the
// purpose question ("Product updates", "Promos", "Offres" → promote), which the person confirms.
import type { Pillar } from '../../strategy/types.js';

export type Purpose = NonNullable<Pillar['purpose']>;

/** The schema's purposes, in the order the question lists them. */
export const PURPOSES: readonly Purpose[] = ['educate', 'inform', 'entertain', 'inspire', 'community', 'promote'];

// Word beginnings (accents folded), tried in this order: a promotional word wins over the others,
// so "Offers and news" is promotion. A word ending in `=` must match whole ("don", not "donner").
const CLUES: [Purpose, string[]][] = [
  ['promote', ['promo', 'offer', 'offre', 'deal', 'sale', 'solde', 'rabais', 'vente', 'product', 'produit', 'launch', 'lancement', 'nouveaute', 'pricing', 'prix', 'coupon', 'discount', 'shop', 'boutique', 'achat', 'buy', 'call to action', 'appel a', 'donate', 'dons=', 'vote', 'sign-up', 'signup', 'inscription', 'webinar', 'webinaire', 'booking', 'reservation']],
  ['educate', ['tip', 'conseil', 'astuce', 'how', 'tutorial', 'tuto', 'guide', 'playbook', 'learn', 'apprend', 'savoir', 'know', 'expertise', 'expert', 'formation', 'training', 'recette', 'recipe', 'faq', 'explain', 'explic', 'lesson', 'lecon', 'best practice', 'bonnes pratiques', 'advice', 'methode', 'method']],
  ['inspire', ['stor', 'histoire', 'temoignage', 'testimonial', 'customer', 'client', 'success', 'reussite', 'valeur', 'values=', 'mission', 'impact', 'inspir', 'achievement', 'portrait', 'case stud', 'etude de cas', 'cause', 'engagement']],
  ['entertain', ['coulisse', 'behind', 'fun', 'humour', 'humor', 'meme', 'jeu', 'game', 'team', 'equipe', 'quiz', 'defi', 'challenge', 'entertain', 'divert', 'culture', 'vie au bureau', 'office life']],
  ['community', ['communaute', 'community', 'conversation', 'partage', 'share', 'partner', 'partenaire', 'relay', 'relais', 'ugc', 'membre', 'member', 'benevol', 'volunteer', 'quartier', 'neighbo', 'voisin', 'local', 'question', 'sondage', 'poll', 'repost']],
  ['inform', ['news', 'nouvelle', 'actualit', 'info', 'sector', 'secteur', 'industr', 'annonce', 'announce', 'event', 'evenement', 'idea', 'idee', 'veille', 'trend', 'tendance', 'horaire', 'hours', 'update', 'mise a jour', 'mises a jour', 'agenda', 'calendrier', 'programme']],
];

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9-]+/g, ' ').trim();
}

/** The purpose a pillar's name suggests; `educate` (useful content) when nothing does. */
export function guessPurpose(name: string): Purpose {
  const words = ` ${fold(name)} `;
  for (const [purpose, clues] of CLUES) {
    for (const clue of clues) {
      const whole = clue.endsWith('=');
      const word = whole ? clue.slice(0, -1) : clue;
      if (words.includes(` ${word}${whole ? ' ' : ''}`)) return purpose;
    }
  }
  return 'educate';
}
