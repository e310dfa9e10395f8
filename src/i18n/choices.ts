import { defineCatalog, type Lang } from './index.js';

/**
 * The one word (or short phrase) for each choice of the strategy's closed lists, shared by the
 * wizard (which adds an explanation after it) and the brief (which prints it), so that what a user
 * picked is what the client reads: "Ludique" in the wizard is "ludique" in the brief.
 */
export const choicesCatalog = defineCatalog({
  en: {
    'context.product-launch': 'product launch',
    'context.political-campaign': 'political campaign',
    'context.ongoing-presence': 'ongoing presence',
    'context.event': 'event',
    'context.cause': 'cause or fundraising',
    'context.recruitment': 'recruitment',
    'context.rebrand': 'rebrand',
    'context.other': 'other',
    'objective.awareness': 'awareness',
    'objective.engagement': 'engagement',
    'objective.conversion': 'conversion',
    'objective.customer-care': 'customer care',
    'objective.community': 'community',
    'role.primary': 'primary',
    'role.secondary': 'secondary',
    'role.listening': 'listening',
    'address.tu': 'tu (informal)',
    'address.vous': 'vous (formal)',
    'address.informal': 'informal',
    'address.formal': 'formal',
    'humour.none': 'none',
    'humour.light': 'light',
    'humour.playful': 'playful',
    'humour.edgy': 'edgy',
    'emoji.none': 'none',
    'emoji.sparing': 'sparing',
    'emoji.frequent': 'frequent',
    'mix.80-20': '80/20',
    'mix.thirds': 'thirds',
    'mix.4-1-1': '4-1-1',
    'mix.custom': 'custom',
    'purpose.inform': 'inform',
    'purpose.educate': 'educate',
    'purpose.entertain': 'entertain',
    'purpose.inspire': 'inspire',
    'purpose.community': 'community',
    'purpose.promote': 'promote',
    'approach.respond-publicly': 'answer in public',
    'approach.respond-then-private': 'answer in public, then continue in private',
    'approach.escalate': 'hand over to someone else',
    'approach.ignore': 'do not answer',
    'approach.delete': 'delete',
    'review.weekly': 'every week',
    'review.monthly': 'every month',
    'review.quarterly': 'every quarter',
  },
  fr: {
    'context.product-launch': 'lancement de produit',
    'context.political-campaign': 'campagne politique',
    'context.ongoing-presence': 'présence continue',
    'context.event': 'événement',
    'context.cause': 'cause ou collecte de fonds',
    'context.recruitment': 'recrutement',
    'context.rebrand': 'nouvelle image de marque',
    'context.other': 'autre',
    'objective.awareness': 'notoriété',
    'objective.engagement': 'engagement',
    'objective.conversion': 'conversion',
    'objective.customer-care': 'service à la clientèle',
    'objective.community': 'communauté',
    'role.primary': 'principale',
    'role.secondary': 'secondaire',
    'role.listening': 'écoute',
    'address.tu': 'tutoiement',
    'address.vous': 'vouvoiement',
    'address.informal': 'familier',
    'address.formal': 'soutenu',
    'humour.none': 'aucun',
    'humour.light': 'léger',
    'humour.playful': 'ludique',
    'humour.edgy': 'mordant',
    'emoji.none': 'aucun',
    'emoji.sparing': 'avec modération',
    'emoji.frequent': 'fréquents',
    'mix.80-20': '80/20',
    'mix.thirds': 'règle des tiers',
    'mix.4-1-1': '4-1-1',
    'mix.custom': 'sur mesure',
    'purpose.inform': 'informer',
    'purpose.educate': 'éduquer',
    'purpose.entertain': 'divertir',
    'purpose.inspire': 'inspirer',
    'purpose.community': 'rassembler',
    'purpose.promote': 'promouvoir',
    'approach.respond-publicly': 'répondre publiquement',
    'approach.respond-then-private': 'répondre publiquement, puis poursuivre en privé',
    'approach.escalate': 'transférer à quelqu’un d’autre',
    'approach.ignore': 'ne pas répondre',
    'approach.delete': 'supprimer',
    'review.weekly': 'chaque semaine',
    'review.monthly': 'chaque mois',
    'review.quarterly': 'chaque trimestre',
  },
});

export type ChoiceKey = keyof typeof choicesCatalog.en;

/** The choice's word as a wizard option starts it: "Ludique". */
export function choiceLabel(lang: Lang, key: ChoiceKey): string {
  const word = choicesCatalog[lang][key];
  return word.charAt(0).toLocaleUpperCase(lang === 'fr' ? 'fr-CA' : 'en') + word.slice(1);
}

/** An objective's type as a message names it, in lower case: "customer care", "notoriété". */
export function objectiveWord(lang: Lang, type: string): string {
  return choicesCatalog[lang][`objective.${type}` as ChoiceKey] ?? type;
}
