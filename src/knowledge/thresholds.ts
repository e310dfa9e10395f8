// Thresholds of the consistency rules (src/rules/consistency/), each with the public source that
// supports it. Change a value here (and its `checked_at`) rather than in a rule; docs/rules.md
// names every threshold and its default.

export interface ThresholdSource {
  title: string;
  publisher: string;
  year: number | 'n.d.';
  url: string;
  /** YYYY-MM-DD the source was last read for this figure. */
  checked_at: string;
}

export interface Threshold {
  value: number;
  /** What the value counts, for readers of this file. */
  unit: string;
  why: string;
  source: ThresholdSource;
}

/**
 * A target more than this many times its baseline is checked for a typo (an extra zero, a baseline
 * in thousands). The fastest-growing network in TrackMaven's study of 26,965 brands, Instagram,
 * doubled a median brand's followers in a year (6–8% a month); all networks together grew 42%.
 * Ten times the baseline is five years of that growth, even for a launch from a small base.
 */
export const MAX_GROWTH_FACTOR: Threshold = {
  value: 10,
  unit: 'times the baseline',
  why: 'Median brand follower growth in 2015: +42% a year across five networks, +100% on Instagram (the fastest).',
  source: {
    title: 'Social Media Follower Growth Benchmarks for Brands (TrackMaven data, 26,965 brands)',
    publisher: 'MarketingProfs',
    year: 2016,
    url: 'https://marketingprofs.com/charts/2016/29891/social-media-follower-growth-benchmarks-for-brands',
    checked_at: '2026-12-03',
  },
};

/**
 * Under this baseline the growth factor says little: a new account with 20 followers can reach 300
 * in a launch. The benchmark medians above are for established brand accounts.
 */
export const MIN_BASELINE_FOR_GROWTH: Threshold = {
  value: 100,
  unit: 'in the KPI\'s unit',
  why: 'TrackMaven\'s medians describe established brand accounts; small bases grow in bursts.',
  source: MAX_GROWTH_FACTOR.source,
};

/**
 * An audience KPI (followers, subscribers, members) growing faster than this, compounded every
 * month up to its deadline, is checked. Instagram, the fastest network in TrackMaven's data,
 * doubled a median brand's followers in a year: about 6% a month. 20% a month is more than three
 * times that, and nearly nine times the audience in a year (the growth factor above, in time).
 */
export const MAX_MONTHLY_AUDIENCE_GROWTH: Threshold = {
  value: 20,
  unit: 'percent a month, compounded, to the deadline (a month at least)',
  why: 'Median brand follower growth in 2015: +100% a year on Instagram (about 6% a month), the fastest of five networks.',
  source: MAX_GROWTH_FACTOR.source,
};

/**
 * Under this baseline the monthly pace says little: a local account of a few hundred followers can
 * multiply in a launch (an opening, a contest). TrackMaven's medians describe established brands.
 */
export const MIN_BASELINE_FOR_PACE: Threshold = {
  value: 1000,
  unit: 'followers (or the KPI\'s unit)',
  why: 'Established brand accounts grow at the medians above; small local accounts grow in bursts.',
  source: MAX_GROWTH_FACTOR.source,
};

/**
 * "Tu" suits young or lifestyle audiences and risks seeming unprofessional elsewhere: a persona
 * whose youngest member is this old is not a young audience.
 */
export const TU_OLDEST_YOUNGEST_AGE: Threshold = {
  value: 50,
  unit: 'years (the persona\'s youngest age)',
  why: 'Tu signals closeness and suits young or lifestyle audiences; vous signals politeness and also addresses a whole community.',
  source: {
    title: 'Tutoyer ou vouvoyer sa communauté ?',
    publisher: 'Effets Papillon',
    year: 'n.d.',
    url: 'https://www.effetspapillon.be/tutoyer-ou-vouvoyer-sa-communaute/',
    checked_at: '2026-12-03',
  },
};

/** A crisis rehearsal older than this is stale: crisis plans are tested in a drill every year. */
export const MAX_MONTHS_SINCE_REHEARSAL: Threshold = {
  value: 12,
  unit: 'months',
  why: 'Evaluate and test crisis and communication plans every year, in a drill treated as real.',
  source: {
    title: 'Cybersecurity Guide for SMEs: "Evaluate and test these plans every year"',
    publisher: 'Centre for Cybersecurity Belgium',
    year: 'n.d.',
    url: 'https://cyberguide.ccb.belgium.be/en/evaluate-and-test-these',
    checked_at: '2026-12-03',
  },
};

/** The next review of the strategy more than this far ahead: the plan goes unread for too long. */
export const MAX_MONTHS_TO_REVIEW: Threshold = {
  value: 6,
  unit: 'months',
  why: 'The best plans are updated quarterly; six months allows for one skipped quarter.',
  source: {
    title: 'Social media strategy plan template',
    publisher: 'Conbersa',
    year: 'n.d.',
    url: 'https://www.conbersa.ai/learn/social-media-strategy-plan-template',
    checked_at: '2026-12-03',
  },
};

/** Months between the last objective deadline and the next review before the plan runs without goals. */
export const MAX_MONTHS_WITHOUT_OBJECTIVE: Threshold = {
  value: 3,
  unit: 'months',
  why: 'A quarter: the review rhythm of a living strategy. Longer, and the team works with no live objective.',
  source: MAX_MONTHS_TO_REVIEW.source,
};

/** An objective whose deadline is further than this is beyond the plan's horizon. */
export const MAX_MONTHS_TO_DEADLINE: Threshold = {
  value: 18,
  unit: 'months',
  why: 'Objectives are time-bound (SMART) and plans are reviewed quarterly: a goal more than a year and a half away needs a nearer milestone.',
  source: {
    title: 'SMART criteria',
    publisher: 'Wikipedia',
    year: 'n.d.',
    url: 'https://en.wikipedia.org/wiki/SMART_criteria',
    checked_at: '2026-12-03',
  },
};

/**
 * More posts than this on one day of a weekly cadence cannot be what the team means: Hootsuite's
 * busiest recommendation, on X, is 1–5 a day; every other network's is lower.
 */
export const MAX_POSTS_PER_DAY: Threshold = {
  value: 5,
  unit: 'posts on one listed day',
  why: 'The highest per-day cadence any network\'s guidance recommends (X: 1–5 a day); feed posts elsewhere are 1–2 a day.',
  source: {
    title: 'How often to post on social media (2023)',
    publisher: 'Hootsuite',
    year: 2023,
    url: 'https://tmp.4pmtech.com/kak-chasto-publikovat-soobshheniya-v-soczialnyh-setyah-v-2023-godu',
    checked_at: '2026-11-26',
  },
};

/** The citation of a threshold's source, for a rule's `source` text. */
export function cite(source: ThresholdSource): string {
  return `${source.publisher}, "${source.title}" (${source.year}), ${source.url}`;
}
