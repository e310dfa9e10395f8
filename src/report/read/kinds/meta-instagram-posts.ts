// Meta Business Suite, Instagram posts export: one row per post, dated by "Publish time"
// (MM/DD/YYYY HH:MM); its "Date" column says "Lifetime" (the figures are the post's lifetime
// totals) and is not read. Columns: research §3. "Follows" is a gain: new-followers.
import type { ExportSpec } from '../spec.js';

export const metaInstagramPosts: ExportSpec = {
  kind: 'meta-instagram-posts',
  marks: [{ en: ['Account username'], fr: ["Nom d'utilisateur du compte"] }],
  date: { en: ['Publish time'], fr: ['Heure de publication'] },
  dayOrder: 'month-first', // "Publish time (MM/DD/YYYY HH:MM)", whatever the language (research §3)
  post: { en: ['Post ID'], fr: ['Identifiant de la publication', 'ID de la publication'] },
  figures: [
    { metric: 'views', header: { en: ['Views'], fr: ['Vues'] } },
    { metric: 'reach', header: { en: ['Reach'], fr: ['Couverture'] } },
    { metric: 'shares', header: { en: ['Shares'], fr: ['Partages'] } },
    { metric: 'comments', header: { en: ['Comments'], fr: ['Commentaires'] } },
    { metric: 'saves', header: { en: ['Saves'], fr: ['Enregistrements'] } },
    { metric: 'new-followers', header: { en: ['Follows'], fr: ['Abonnements', 'Suivis'] } },
  ],
};
