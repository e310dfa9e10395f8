// Each export kind, made from its documented columns (research §3) with the traps real files
// have, gives the figures its rows say.
import { describe, expect, it } from 'vitest';
import { failure, figures, read, tempFolder, writeCsv, writeXlsx } from './fixtures.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('X', () => {
  it('reads the content export (BOM, "1,234", "1.2K", a post text with a line break)', async () => {
    const folder = tempFolder();
    writeCsv(
      folder,
      'account_analytics_content_2026-07-01_2026-07-31.csv',
      [
        ['Post id', 'Date', 'Post text', 'Post Link', 'Impressions', 'Likes', 'Engagements', 'Bookmarks', 'Shares', 'New follows', 'Replies', 'Reposts', 'Profile visits', 'Detail Expands', 'URL Clicks', 'Hashtag Clicks', 'Permalink Clicks'],
        ['1811', 'Tue, Jul 14, 2026', 'Hello, world\nsecond line', 'https://x.com/a/status/1811', '1,234', '50', '1.2K', '3', '2', '4', '5', '6', '7', '8', '9', '1', '2'],
        ['1812', 'Wed, Jul 15, 2026', 'Again', 'https://x.com/a/status/1812', '980', '20', '45', '0', '1', '0', '2', '3', '0', '0', '12', '0', '0'],
      ],
      { bom: true },
    );
    const result = await read(['.'], folder);
    expect(result.files).toEqual([{ file: 'account_analytics_content_2026-07-01_2026-07-31.csv', kind: 'x-content', rows: 2 }]);
    expect(figures(result)).toEqual(
      [
        '2026-07-14 x posts=1 1811',
        '2026-07-14 x impressions=1234 1811',
        '2026-07-14 x engagements=1200 1811',
        '2026-07-14 x saves=3 1811',
        '2026-07-14 x new-followers=4 1811',
        '2026-07-14 x comments=5 1811',
        '2026-07-14 x shares=6 1811',
        '2026-07-14 x clicks=9 1811',
        '2026-07-15 x posts=1 1812',
        '2026-07-15 x impressions=980 1812',
        '2026-07-15 x engagements=45 1812',
        '2026-07-15 x saves=0 1812',
        '2026-07-15 x new-followers=0 1812',
        '2026-07-15 x comments=2 1812',
        '2026-07-15 x shares=3 1812',
        '2026-07-15 x clicks=12 1812',
      ].sort(),
    );
    // The second post starts on line 4: the first one's text holds a line break.
    expect(result.observations.find((o) => o.post === '1812')?.source).toEqual({ file: 'account_analytics_content_2026-07-01_2026-07-31.csv', line: 4 });
  });

  it('reads the older tweet export (engagement rate as a fraction, "-" as no figure)', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'tweet_activity_metrics.csv', [
      'Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,engagement rate,retweets,replies,likes,user profile clicks,url clicks,hashtag clicks,detail expands,permalink clicks,app opens,app installs,follows,email tweet,dial phone,media views,media engagements'.split(','),
      ['114', 'https://twitter.com/a/status/114', 'hi', '2019-06-01 14:03 +0000', '1500', '30', '0.02', '4', '2', '20', '1', '3', '0', '0', '0', '-', '-', '1', '-', '-', '100', '5'],
    ]);
    const result = await read(['tweet_activity_metrics.csv'], folder);
    expect(result.files[0]!.kind).toBe('x-content-legacy');
    expect(figures(result)).toEqual(
      ['posts=1', 'impressions=1500', 'engagements=30', 'engagement-rate=2', 'shares=4', 'comments=2', 'clicks=3', 'new-followers=1', 'views=100'].map((f) => `2019-06-01 x ${f} 114`).sort(),
    );
  });
});

describe('Meta Business Suite', () => {
  it('reads Instagram posts (Publish time MM/DD/YYYY, the "Lifetime" Date column)', async () => {
    const folder = tempFolder();
    const header = ['Post ID', 'Account ID', 'Account username', 'Account name', 'Description', 'Duration (sec)', 'Publish time', 'Permalink', 'Post type', 'Data comment', 'Date', 'Views', 'Reach', 'Likes', 'Shares', 'Follows', 'Comments', 'Saves'];
    writeCsv(
      folder,
      'instagram-posts.csv',
      [
        header,
        ['18001', '1784', 'plan.demo', 'Plan Demo', 'Été 🌞, enfin', '0', '07/14/2026 09:30', 'https://www.instagram.com/p/A/', 'IG image', '', 'Lifetime', '2,345', '1,800', '120', '7', '2', '9', '15'],
        ['18002', '1784', 'plan.demo', 'Plan Demo', 'Reel', '31', '07/03/2026 18:00', 'https://www.instagram.com/reel/B/', 'IG reel', '', 'Lifetime', '900', '700', '40', '1', '0', '3', '4'],
      ],
      { bom: true },
    );
    const result = await read(['instagram-posts.csv'], folder);
    expect(result.files[0]!.kind).toBe('meta-instagram-posts');
    expect(figures(result)).toEqual(
      [
        '2026-07-14 instagram posts=1 18001',
        '2026-07-14 instagram views=2345 18001',
        '2026-07-14 instagram reach=1800 18001',
        '2026-07-14 instagram shares=7 18001',
        '2026-07-14 instagram new-followers=2 18001',
        '2026-07-14 instagram comments=9 18001',
        '2026-07-14 instagram saves=15 18001',
        // 07/03 is 3 July: the file's 07/14 says the month comes first.
        '2026-07-03 instagram posts=1 18002',
        '2026-07-03 instagram views=900 18002',
        '2026-07-03 instagram reach=700 18002',
        '2026-07-03 instagram shares=1 18002',
        '2026-07-03 instagram new-followers=0 18002',
        '2026-07-03 instagram comments=3 18002',
        '2026-07-03 instagram saves=4 18002',
      ].sort(),
    );
  });

  it('reads Facebook posts exported in French (French headers, "1 234" with no-break spaces, still month first)', async () => {
    const folder = tempFolder();
    writeCsv(
      folder,
      'publications-facebook.csv',
      [
        ['Identifiant de la publication', 'Identifiant de la Page', 'Nom de la Page', 'Titre', 'Description', 'Durée (s)', 'Heure de publication', 'Lien permanent', 'Type de publication', 'Vues', 'Couverture', 'Réactions, commentaires et partages', 'Réactions', 'Commentaires', 'Partages', 'Total des clics'],
        ['1_2', '1', 'Café Démo', 'Rentrée', '', '', '07/14/2026 09:30', 'https://www.facebook.com/1/posts/2', 'Photos', `1${NNBSP}234`, `1${NBSP}000`, '56', '40', '10', '6', '12'],
        ['1_3', '1', 'Café Démo', 'Suite', '', '', '07/03/2026 10:00', 'https://www.facebook.com/1/posts/3', 'Liens', '980', '870', '1,2 k', '1000', '150', '50', '7'],
      ],
      { bom: true, sep: ';', delimiter: ';' },
    );
    const result = await read(['publications-facebook.csv'], folder, 'fr');
    expect(result.files[0]!.kind).toBe('meta-facebook-posts');
    expect(figures(result)).toEqual(
      [
        '2026-07-14 facebook posts=1 1_2',
        '2026-07-14 facebook views=1234 1_2',
        '2026-07-14 facebook reach=1000 1_2',
        '2026-07-14 facebook engagements=56 1_2',
        '2026-07-14 facebook comments=10 1_2',
        '2026-07-14 facebook shares=6 1_2',
        '2026-07-14 facebook clicks=12 1_2',
        // Meta writes MM/DD/YYYY whatever the language: 07/03 is 3 July.
        '2026-07-03 facebook posts=1 1_3',
        '2026-07-03 facebook views=980 1_3',
        '2026-07-03 facebook reach=870 1_3',
        '2026-07-03 facebook engagements=1200 1_3',
        '2026-07-03 facebook comments=150 1_3',
        '2026-07-03 facebook shares=50 1_3',
        '2026-07-03 facebook clicks=7 1_3',
      ].sort(),
    );
    // The `sep=;` line is line 1: the first post is on line 3.
    expect(result.observations[0]!.source.line).toBe(3);
  });
});

describe('Meta Business Suite, per-metric daily files', () => {
  const daily = (title: string) => [[title], ['Date', 'Primary'], ['2026-07-01T00:00:00', '120'], ['2026-07-02T00:00:00', '1,340']];

  it('reads a UTF-16LE file with a sep= line, its metric and platform from the title line', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'meta/Reach.csv', daily('Instagram reach'), { utf16: true, sep: ',' });
    writeCsv(folder, 'meta/Follows.csv', daily('Facebook follows'), { utf16: true, sep: ',' });
    writeCsv(folder, 'meta/Interactions.csv', daily('Interactions avec le contenu Facebook'), { utf16: true, sep: ',' });
    const result = await read(['meta'], folder);
    expect(result.files).toEqual([
      { file: 'meta/Follows.csv', kind: 'meta-facebook-daily', rows: 2 },
      { file: 'meta/Interactions.csv', kind: 'meta-facebook-daily', rows: 2 },
      { file: 'meta/Reach.csv', kind: 'meta-instagram-daily', rows: 2 },
    ]);
    expect(figures(result)).toEqual(
      [
        '2026-07-01 facebook new-followers=120',
        '2026-07-02 facebook new-followers=1340',
        '2026-07-01 facebook engagements=120',
        '2026-07-02 facebook engagements=1340',
        '2026-07-01 instagram reach=120',
        '2026-07-02 instagram reach=1340',
      ].sort(),
    );
    // sep= is line 1, the title line 2, the header line 3.
    expect(result.observations[0]!.source.line).toBe(4);
  });

  it('takes the platform from the file name when the title does not say it, and refuses when neither does', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'Instagram-Views.csv', daily('Views'), { utf16: true, sep: ',' });
    writeCsv(folder, 'Views.csv', daily('Views'), { utf16: true, sep: ',' });
    writeCsv(folder, 'Visits.csv', daily('Facebook visits'), { utf16: true, sep: ',' });
    expect(figures(await read(['Instagram-Views.csv'], folder))).toEqual(['2026-07-01 instagram views=120', '2026-07-02 instagram views=1340']);
    expect(await failure(read(['Views.csv'], folder))).toContain('Views.csv, line 2: this Meta Business Suite file about “Views” does not say whether it is Facebook’s or Instagram’s');
    expect(await failure(read(['Visits.csv'], folder, 'fr'))).toContain('Visits.csv, ligne 2\u202f: ce fichier de Meta Business Suite porte sur «\u202fFacebook visits\u202f», que plan ne suit pas');
  });
});

describe('LinkedIn', () => {
  it('reads the content workbook: "Metrics" and "All posts" after a title row, other sheets skipped', async () => {
    const folder = tempFolder();
    await writeXlsx(folder, 'plan-demo_content_1752451200000.xlsx', {
      Metrics: [
        ['Aggregated metrics for plan-demo'],
        ['Date', 'Impressions (organic)', 'Impressions (sponsored)', 'Impressions (total)', 'Unique impressions (organic)', 'Clicks (organic)', 'Clicks (sponsored)', 'Clicks (total)', 'Reactions (organic)', 'Reactions (sponsored)', 'Reactions (total)', 'Comments (organic)', 'Comments (sponsored)', 'Comments (total)', 'Reposts (organic)', 'Reposts (sponsored)', 'Reposts (total)', 'Engagement rate (organic)', 'Engagement rate (sponsored)', 'Engagement rate (total)'],
        [new Date(Date.UTC(2026, 6, 14)), 100, 20, 120, 80, 5, 1, 6, 10, 0, 10, 2, 0, 2, 1, 0, 1, 0.15, 0, 0.1583],
        ['07/15/2026', 200, 0, 200, 150, 10, 0, 10, 20, 0, 20, 4, 0, 4, 2, 0, 2, 0.18, 0, 0.18],
      ],
      'All posts': [
        ['All posts for plan-demo'],
        ['Post title', 'Post link', 'Post type', 'Campaign name', 'Posted by', 'Created date', 'Campaign start date', 'Campaign end date', 'Audience', 'Impressions', 'Views', 'Offsite Views', 'Clicks', 'Click through rate (CTR)', 'Likes', 'Comments', 'Reposts', 'Follows', 'Engagement rate', 'Content Type'],
        ['Launch', 'https://www.linkedin.com/feed/update/urn:li:activity:1', 'Organic', '', 'Ana', '07/14/2026', '', '', 'All followers', 500, '', '', 25, 0.05, 30, 4, 2, 1, 0.122, 'Text'],
      ],
      Location: [['Location', 'Total followers'], ['Montréal', 300]],
    });
    const result = await read(['plan-demo_content_1752451200000.xlsx'], folder);
    expect(result.files).toEqual([
      { file: 'plan-demo_content_1752451200000.xlsx', kind: 'linkedin-metrics', rows: 2 },
      { file: 'plan-demo_content_1752451200000.xlsx', kind: 'linkedin-posts', rows: 1 },
    ]);
    const post = 'https://www.linkedin.com/feed/update/urn:li:activity:1';
    expect(figures(result)).toEqual(
      [
        '2026-07-14 linkedin impressions=120',
        '2026-07-14 linkedin reach=80',
        '2026-07-14 linkedin clicks=6',
        '2026-07-14 linkedin comments=2',
        '2026-07-14 linkedin shares=1',
        '2026-07-14 linkedin engagement-rate=15.83',
        '2026-07-15 linkedin impressions=200',
        '2026-07-15 linkedin reach=150',
        '2026-07-15 linkedin clicks=10',
        '2026-07-15 linkedin comments=4',
        '2026-07-15 linkedin shares=2',
        '2026-07-15 linkedin engagement-rate=18',
        `2026-07-14 linkedin posts=1 ${post}`,
        `2026-07-14 linkedin impressions=500 ${post}`,
        `2026-07-14 linkedin clicks=25 ${post}`,
        `2026-07-14 linkedin comments=4 ${post}`,
        `2026-07-14 linkedin shares=2 ${post}`,
        `2026-07-14 linkedin new-followers=1 ${post}`,
        `2026-07-14 linkedin engagement-rate=12.2 ${post}`,
      ].sort(),
    );
    expect(result.observations[0]!.source).toEqual({ file: 'plan-demo_content_1752451200000.xlsx', line: 3, sheet: 'Metrics' });
  });

  it('reads the followers workbook: "Total followers" is the day’s gain', async () => {
    const folder = tempFolder();
    await writeXlsx(folder, 'followers.xlsx', {
      'New followers': [
        ['Date', 'Sponsored followers', 'Organic followers', 'Auto-invited followers', 'Total followers'],
        ['07/14/2026', 0, 3, 1, 4],
        ['07/15/2026', 1, 2, 0, 3],
      ],
      Location: [['Location', 'Total followers'], ['Québec', 120]],
    });
    const result = await read(['followers.xlsx'], folder);
    expect(result.files).toEqual([{ file: 'followers.xlsx', kind: 'linkedin-followers', rows: 2 }]);
    expect(figures(result)).toEqual(['2026-07-14 linkedin new-followers=4', '2026-07-15 linkedin new-followers=3']);
  });
});

describe('YouTube Studio', () => {
  it('reads the table export and skips its "Total" row', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'Table data.csv', [
      ['Content', 'Video title', 'Video publish time', 'Duration', 'Views', 'Watch time (hours)', 'Subscribers', 'Impressions', 'Impressions click-through rate (%)', 'Average view duration', 'Average percentage viewed (%)', 'Likes', 'Comments added', 'Shares'],
      ['Total', '', '', '', '3000', '100.5', '12', '40000', '5.1', '0:01:30', '40', '200', '30', '10'],
      ['dQw4w9WgXcQ', 'Démo', 'Jul 14, 2026', '212', '2000', '80.2', '10', '30000', '5.5', '0:01:40', '42', '150', '20', '8'],
      ['abc123', 'Démo 2', 'Jul 20, 2026', '100', '1000', '20.3', '2', '10000', '4.7', '0:01:10', '38', '50', '10', '2'],
    ]);
    const result = await read(['Table data.csv'], folder);
    expect(result.files).toEqual([{ file: 'Table data.csv', kind: 'youtube-studio', rows: 2 }]);
    expect(figures(result)).toEqual(
      [
        ...['posts=1', 'views=2000', 'new-followers=10', 'impressions=30000', 'comments=20', 'shares=8'].map((f) => `2026-07-14 youtube ${f} dQw4w9WgXcQ`),
        ...['posts=1', 'views=1000', 'new-followers=2', 'impressions=10000', 'comments=10', 'shares=2'].map((f) => `2026-07-20 youtube ${f} abc123`),
      ].sort(),
    );
  });
});

describe('TikTok Studio', () => {
  it('reads the overview, its dates without a year placed by the file name', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'tiktok/Overview_2026-08.csv', [
      ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'],
      ['August 31', '1.2K', '30', '100', '5', '2'],
      ['September 1', '980', '12', '80', '3', 'undefined'],
    ]);
    const result = await read(['tiktok'], folder);
    expect(result.files).toEqual([{ file: 'tiktok/Overview_2026-08.csv', kind: 'tiktok-overview', rows: 2 }]);
    expect(figures(result)).toEqual(['2026-08-31 tiktok comments=5', '2026-08-31 tiktok shares=2', '2026-08-31 tiktok views=1200', '2026-09-01 tiktok comments=3', '2026-09-01 tiktok views=980']);
  });

  it('places each day of a file named by a range across the new year', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'Overview_20251215-20260115.csv', [
      ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'],
      ['December 20', '10', '1', '1', '1', '1'],
      ['January 3', '20', '1', '1', '1', '1'],
    ]);
    const result = await read(['Overview_20251215-20260115.csv'], folder);
    expect(result.observations.filter((o) => o.metric === 'views').map((o) => `${o.date}=${o.value}`)).toEqual(['2025-12-20=10', '2026-01-03=20']);
  });

  it('reads the follower history: the count and the day’s difference (negative too)', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'FollowerHistory 2026.csv', [
      ['Date', 'Followers', 'Difference in followers from previous day'],
      ['July 14', '1,500', '12'],
      ['July 15', '1,497', '-3'],
    ]);
    const result = await read(['FollowerHistory 2026.csv'], folder);
    expect(result.files[0]!.kind).toBe('tiktok-followers');
    expect(figures(result)).toEqual(['2026-07-14 tiktok followers=1500', '2026-07-14 tiktok new-followers=12', '2026-07-15 tiktok followers=1497', '2026-07-15 tiktok new-followers=-3']);
  });

  it('reads the content workbook', async () => {
    const folder = tempFolder();
    await writeXlsx(folder, 'Content.xlsx', {
      Sheet1: [
        ['Video title', 'Video link', 'Post time', 'Total likes', 'Total comments', 'Total shares', 'Total views'],
        ['Allô 👋', 'https://www.tiktok.com/@demo/video/7391', 'Jul 14, 2026', 300, 12, 4, 5400],
      ],
    });
    const result = await read(['Content.xlsx'], folder);
    expect(result.files[0]!.kind).toBe('tiktok-content');
    expect(figures(result)).toEqual(['posts=1', 'views=5400', 'comments=12', 'shares=4'].map((f) => `2026-07-14 tiktok ${f} https://www.tiktok.com/@demo/video/7391`).sort());
  });
});

describe('overlapping exports', () => {
  it('keeps one figure per day, platform, metric and post when the exports agree, and counts the others', async () => {
    const folder = tempFolder();
    const header = ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'];
    writeCsv(folder, 'exports/Overview_2026-07-01_2026-07-15.csv', [header, ['July 14', '100', '1', '1', '1', '1'], ['July 15', '50', '1', '1', '1', '1']]);
    writeCsv(folder, 'exports/Overview_2026-07-15_2026-07-31.csv', [header, ['July 15', '50', '1', '1', '1', '1'], ['July 16', '70', '1', '1', '1', '1']]);
    const result = await read(['exports'], folder);
    // 15 July: views, comments and shares given twice.
    expect(result.duplicates).toBe(3);
    expect(result.observations.filter((o) => o.metric === 'views').map((o) => `${o.date}=${o.value}`)).toEqual(['2026-07-14=100', '2026-07-15=50', '2026-07-16=70']);
    expect(result.files.map((f) => f.rows)).toEqual([2, 2]);
  });

  it('refuses two files that give the same figure with two values, naming both lines, in English and French', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'followers.csv', [
      ['date', 'platform', 'metric', 'value'],
      ['2027-02-28', 'instagram', 'followers', '350'],
      ['2027-03-01', 'instagram', 'followers', '360'],
    ]);
    writeCsv(folder, 'f3.csv', [
      ['date', 'platform', 'metric', 'value'],
      ['2027-03-01', 'instagram', 'followers', '100'],
    ]);
    expect(await failure(read(['followers.csv', 'f3.csv'], folder))).toBe(
      'f3.csv, line 2: the followers of instagram on 2027-03-01 is already given by followers.csv, line 3 with another value (100 against 360). Overlapping exports must agree: keep the right one of the two files, or remove the row from the other.',
    );
    expect(await failure(read(['followers.csv', 'f3.csv'], folder, 'fr'))).toContain('est déjà donnée par followers.csv, ligne 3 avec une autre valeur (100 contre 360)');
  });

  it('counts a day a file gives twice with the same figures', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'n.csv', [
      ['date', 'platform', 'metric', 'value'],
      ['2026-07-01', 'instagram', 'followers', '100'],
      ['2026-07-01', 'instagram', 'followers', '100'],
    ]);
    const result = await read(['n.csv'], folder);
    expect(result.observations).toHaveLength(1);
    expect(result.duplicates).toBe(1);
  });
});
