// The public sources the rules' advice comes from: title, publisher, year and a link a user can
// open. Where only a copy or a report of the original could be read, `via` names it and the link
// points at it. Titles stay in the language they were published in.

export interface Citation {
  title: string;
  publisher: string;
  year?: number;
  url: string;
  /** The site the link points at when it is a copy or a report of the original. */
  via?: string;
}

export const SOURCES = {
  'pew-2023': { title: 'Americans’ Social Media Use (2023 survey)', publisher: 'Pew Research Center', year: 2024, url: 'https://strategicstudyindia.com/2024/02/americans-social-media-use.html?m=1', via: 'Strategic Study India' },
  'pew-2025': { title: 'Social media use (2025 survey)', publisher: 'Pew Research Center', year: 2025, url: 'https://www.mediapost.com/publications/article/410929/its-a-social-dilemma.html', via: 'MediaPost' },
  'netendances-2024': { title: 'NETendances 2024 : usage des réseaux sociaux et des médias au Québec', publisher: 'Académie de la transformation numérique, Université Laval', year: 2024, url: 'https://isarta.com/infos/les-5-faits-saillants-de-la-derniere-enquete-netendances-sur-lusage-des-reseaux-sociaux-et-des-medias-au-quebec/amp', via: 'Isarta' },
  'netendances-2023': { title: 'NETendances 2023', publisher: 'Académie de la transformation numérique, Université Laval', year: 2023, url: 'https://cyberintimidation.info/?p=1234', via: 'cyberintimidation.info' },
  coppa: { title: 'Children’s Online Privacy Protection Rule (COPPA)', publisher: 'U.S. Federal Trade Commission', year: 1998, url: 'https://www.ftc.gov/legal-library/browse/rules/childrens-online-privacy-protection-rule-coppa' },
  'sprout-index-2016': { title: 'Sprout Social Index 2016', publisher: 'Sprout Social', year: 2016, url: 'https://www.socialmediatoday.com/news/brands-ignoring-consumers-on-social-media-are-in-trouble-infographic/512213/', via: 'Social Media Today' },
  actdrills: { title: 'Social media strategy template', publisher: 'actdrills', url: 'https://actdrills.com/hub/social-media-strategy-template' },
  'jarvis-wwgd': { title: 'What Would Google Do?', publisher: 'Jeff Jarvis, HarperCollins', year: 2009, url: 'https://buzzmachine.com/business-week-column-love-the-customer-who-hates-you/', via: 'BuzzMachine, the author’s column “Love the customer who hates you”' },
  likeable: { title: 'Playing by the rules: why your Facebook page needs some standards', publisher: 'Likeable Media', year: 2011, url: 'https://www.likeable.com/blog/2011/08/playing-by-the-rules-why-your-facebook-page-needs-some-standards' },
  'property-republic': { title: 'Why community guidelines are important to your brand', publisher: 'Property Republic', url: 'https://propertyrepublic.com.au/why-community-guidelines-are-important-to-your-brand/' },
  'social-fresh': { title: 'Facebook fan page community guidelines', publisher: 'Social Fresh', url: 'https://socialfresh.com/facebook-fan-page-community-guidelines/' },
  geratools: { title: 'Social media crisis response plan builder', publisher: 'geratools', url: 'https://geratools.com/social-media-crisis-response-builder' },
  'niall-cook-2014': { title: 'Social media crisis planning', publisher: 'Niall Cook', year: 2014, url: 'http://www.niallcook.com/2014/01/social-media-crisis-planning/' },
  effetspapillon: { title: 'Tutoyer ou vouvoyer sa communauté ?', publisher: 'Effets Papillon', url: 'https://www.effetspapillon.be/tutoyer-ou-vouvoyer-sa-communaute/' },
  'my-spark-academy': { title: 'Faut-il tutoyer ou vouvoyer son audience sur les réseaux sociaux ?', publisher: 'My Spark Academy', url: 'https://my-spark-academy.com/formations/blog/faut-il-tutoyer-ou-vouvoyer-son-audience-sur-les-reseaux-sociaux/' },
  comasoi: { title: 'Le tutoiement en communication', publisher: 'Comasoi', url: 'https://comasoi.com/le-tutoiement-en-communication' },
  'mix-80-20': { title: 'Social media marketing content mix: finding the right balance', publisher: 'The Social Media Marketing University', url: 'https://thesmmu.com/post/social-media-marketing-content-mix-finding-the-right-balance' },
  'mix-thirds': { title: 'The social media rule of thirds', publisher: 'CommPRO', url: 'https://www.commpro.biz/the-social-media-rule-of-thirds-how-to-optimize-content-to-boost-user-response/' },
  'mix-4-1-1': { title: 'The rule of thirds for social media', publisher: 'Fern Co. Lab', url: 'https://ferncolab.com/the-rule-of-thirds-for-social-media/' },
  icuc: { title: 'Social media strategy template', publisher: 'ICUC', url: 'https://www.icuc.social/resources/blog/social-media-strategy-template' },
  obiztools: { title: 'Social media strategy example', publisher: 'obiztools', url: 'https://obiztools.com/social-media-strategy-example-pdf-2' },
  eezee: { title: 'Ligne éditoriale : comment la créer', publisher: 'eezee', url: 'https://eezee.info/ligne-editoriale-comment-la-creer/' },
  'oqlf-2016': { title: 'Les médias sociaux et la Charte de la langue française', publisher: 'Office québécois de la langue française', year: 2016, url: 'https://www.commercedetail.org/le-francais-et-les-medias-sociaux/', via: 'Conseil québécois du commerce de détail' },
  ccgatineau: { title: 'Français et réseaux sociaux : l’audit de 10 minutes', publisher: 'Chambre de commerce de Gatineau', url: 'https://ccgatineau.ca/actualite/francais-reseaux-sociaux-laudit-de-10-minutes' },
  conbersa: { title: 'Social media strategy plan template', publisher: 'Conbersa', url: 'https://www.conbersa.ai/learn/social-media-strategy-plan-template' },
  'edit-smart': { title: 'How to write a social media strategy', publisher: 'EDIT', url: 'https://edit.co.uk/blog/how-to-write-a-social-media-strategy/' },
  sostac: { title: 'SOSTAC', publisher: 'Wikipedia (after PR Smith)', url: 'https://en.wikipedia.org/wiki/SOSTAC' },
  'hootsuite-9-steps': { title: 'How to create a social media marketing strategy in 9 steps', publisher: 'Hootsuite', year: 2021, url: 'https://digitalmarketingxo.blogspot.com/2021/11/how-to-create-social-media-strategy-in.html', via: 'a 2021 copy' },
  'hootsuite-frequency-2023': { title: 'How often to post on social media', publisher: 'Hootsuite', year: 2023, url: 'https://ronkowitzllc.com/tag/twitter/', via: 'Ronkowitz LLC' },
  'hubspot-frequency': { title: 'Posting-frequency experiment, 13,500+ customers', publisher: 'HubSpot', url: 'https://revlocal.com/blog/social-media-marketing/how-often-should-your-business-post-on-social-media', via: 'RevLocal' },
  'buffer-strategy': { title: 'How to create a social media marketing strategy: 7-step guide', publisher: 'Buffer', year: 2026, url: 'https://rassegna.lbit-solution.it/how-to-create-a-social-media-marketing-strategy-in-2026-7-step-guide/', via: 'a 2026 copy' },
  'smmt-calendar': { title: 'Social media content calendar template', publisher: 'Social Media Management Tool', url: 'https://socialmediamanagementtool.com/learn/social-media-content-calendar-template/' },
  'hootsuite-audit': { title: 'Social media audit template', publisher: 'Hootsuite', url: 'https://nationalpixel.com/how-to-condust-a-social-media-audit/', via: 'National Pixel' },
  'adstandards-2025': { title: 'Influencer Marketing Disclosure Guidelines (updated October 2025)', publisher: 'Ad Standards (Canada)', year: 2025, url: 'https://adstandards.ca/resources/library/influencer-marketing-disclosure-guidelines/' },
  'hootsuite-policy': { title: 'How to write a social media policy for employees', publisher: 'Hootsuite', url: 'https://blog.hootsuite.com/social-media-policy-for-employees/' },
  lattice: { title: 'Social media policy template', publisher: 'Lattice', url: 'https://lattice-resources.webflow.io/templates/social-media-policy-template' },
  'impact-pr': { title: 'Social media policy guidelines', publisher: 'Impact PR', url: 'http://impactpr.net/social-media-policy-guidelines/' },
} as const satisfies Record<string, Citation>;

export type SourceId = keyof typeof SOURCES;

/** One line per source: `Title, Publisher, 2016. https://…` (with `via` when the link is a copy). */
export function citationText(source: Citation, viaWord: string): string {
  const who = [source.title, source.publisher, source.year].filter((part) => part !== undefined).join(', ');
  return `${who}. ${source.url}${source.via ? ` (${viaWord} ${source.via})` : ''}`;
}
