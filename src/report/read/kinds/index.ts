// Every platform export the readers recognise, one file each (the neutral CSV is read by ../neutral.ts).
import type { ExportSpec } from '../spec.js';
import { linkedinFollowers } from './linkedin-followers.js';
import { linkedinMetrics } from './linkedin-metrics.js';
import { linkedinPosts } from './linkedin-posts.js';
import { metaFacebookPosts } from './meta-facebook-posts.js';
import { metaInstagramPosts } from './meta-instagram-posts.js';
import { tiktokContent } from './tiktok-content.js';
import { tiktokFollowers } from './tiktok-followers.js';
import { tiktokOverview } from './tiktok-overview.js';
import { xContent } from './x-content.js';
import { xContentLegacy } from './x-content-legacy.js';
import { youtubeStudio } from './youtube-studio.js';

export const EXPORT_SPECS: readonly ExportSpec[] = [
  xContent,
  xContentLegacy,
  metaInstagramPosts,
  metaFacebookPosts,
  linkedinMetrics,
  linkedinPosts,
  linkedinFollowers,
  youtubeStudio,
  tiktokOverview,
  tiktokFollowers,
  tiktokContent,
];
