// X analytics, content export (`account_analytics_content_<from>_<to>.csv`): one row per post.
// Columns: research §3. "Reposts" is read as shares (X's own "Shares" counts shares by message or
// link, a smaller thing); "New follows" is a gain, so new-followers.
import type { ExportSpec } from '../spec.js';

export const xContent: ExportSpec = {
  kind: 'x-content',
  marks: [{ en: ['Post Link'], fr: ['Lien du post'] }],
  date: { en: ['Date'], fr: ['Date'] },
  post: { en: ['Post id'], fr: ['Identifiant du post', 'ID du post'] },
  figures: [
    { metric: 'impressions', header: { en: ['Impressions'], fr: ['Impressions'] } },
    { metric: 'engagements', header: { en: ['Engagements'], fr: ['Engagements'] } },
    { metric: 'shares', header: { en: ['Reposts'], fr: ['Reposts', 'Republications'] } },
    { metric: 'comments', header: { en: ['Replies'], fr: ['Réponses'] } },
    { metric: 'saves', header: { en: ['Bookmarks'], fr: ['Signets'] } },
    { metric: 'clicks', header: { en: ['URL Clicks'], fr: ["Clics sur l'URL", 'Clics sur le lien'] } },
    { metric: 'new-followers', header: { en: ['New follows'], fr: ['Nouveaux abonnements'] } },
  ],
};
