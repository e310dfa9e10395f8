// TikTok Studio, "FollowerHistory": one row per day with the follower count and the day's
// difference. Columns: research §3 and public importers.
import type { ExportSpec } from '../spec.js';

export const tiktokFollowers: ExportSpec = {
  kind: 'tiktok-followers',
  marks: [{ en: ['Difference in followers from previous day'], fr: ['Différence d’abonnés par rapport à la veille'] }],
  date: { en: ['Date'], fr: ['Date'] },
  figures: [
    { metric: 'followers', header: { en: ['Followers'], fr: ['Abonnés'] } },
    { metric: 'new-followers', header: { en: ['Difference in followers from previous day'], fr: ['Différence d’abonnés par rapport à la veille'] } },
  ],
};
