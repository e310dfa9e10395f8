// The neutral long CSV, as a person writes it by hand or a script produces it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNeutral } from '../../../../src/report/read/index.js';
import { failure, figures, read, tempFolder, writeCsv } from './fixtures.js';

describe('the neutral CSV', () => {
  it('reads every metric, custom ones by name, posts and pillars', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'data/figures.csv', [
      ['date', 'platform', 'metric', 'value', 'post', 'name', 'pillar'],
      ['2026-07-01', 'instagram', 'followers', '1200', '', '', ''],
      ['2026-07-01', 'mastodon', 'engagement-rate', '4.5', '', '', ''],
      ['2026-07-02', 'x', 'impressions', '1,234', 'https://x.com/a/status/1', '', 'education'],
      ['2026-07-31', 'all', 'custom', '42', '', 'newsletter-signups', ''],
    ]);
    const result = await read(['data'], folder);
    expect(result.files).toEqual([{ file: 'data/figures.csv', kind: 'neutral', rows: 4 }]);
    expect(figures(result)).toEqual([
      '2026-07-01 instagram followers=1200',
      '2026-07-01 mastodon engagement-rate=4.5',
      '2026-07-02 x impressions=1234 https://x.com/a/status/1',
      '2026-07-31 all custom:newsletter-signups=42',
    ]);
    expect(result.observations[2]!.pillar).toBe('education');
  });

  it('reads French headers, semicolons, and a UTF-16LE file with a sep= line', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'fr.csv', [['Date', 'Plateforme', 'Métrique', 'Valeur'], ['2026-07-01', 'facebook', 'reach', '900']], { delimiter: ';' });
    writeCsv(folder, 'utf16.csv', [['date', 'platform', 'metric', 'value'], ['2026-07-02', 'facebook', 'reach', '950']], { utf16: true, sep: ',' });
    const result = await read(['fr.csv', 'utf16.csv'], folder);
    expect(figures(result)).toEqual(['2026-07-01 facebook reach=900', '2026-07-02 facebook reach=950']);
    // The sep= line counts: the figure is on line 3.
    expect(result.observations[1]!.source.line).toBe(3);
  });

  it.each([
    [['date', 'platform', 'metric', 'value', 'clicks'], ['2026-07-01', 'x', 'posts', '1', '3'], 'line 1: the column “clicks” is not one of a neutral CSV'],
    [['date', 'platform', 'metric'], ['2026-07-01', 'x', 'posts'], 'line 1: a neutral CSV needs the columns date, platform, metric and value; “value” is missing'],
    [['date', 'platform', 'metric', 'value'], ['01/07/2026', 'x', 'posts', '1'], 'line 2: “01/07/2026” is not a date'],
    [['date', 'platform', 'metric', 'value'], ['2026-07-01', 'Instagram', 'posts', '1'], 'line 2: “Instagram” is not a platform id'],
    [['date', 'platform', 'metric', 'value'], ['2026-07-01', 'x', 'likes', '1'], 'line 2: “likes” is not a metric. Use one of: followers, new-followers, reach'],
    [['date', 'platform', 'metric', 'value'], ['2026-07-01', 'x', 'custom', '1'], 'line 2: a custom metric needs its name'],
    [['date', 'platform', 'metric', 'value', 'name'], ['2026-07-01', 'x', 'posts', '1', 'signups'], 'line 2: the name column is only for the custom metric'],
    [['date', 'platform', 'metric', 'value'], ['2026-07-01', 'x', 'posts', 'many'], 'line 2: “many” is not a number'],
    [['date', 'platform', 'metric', 'value'], ['2026-07-01', 'x', 'posts', ''], 'line 2: the value is empty'],
  ])('refuses %j then %j', async (header, row, message) => {
    const folder = tempFolder();
    writeCsv(folder, 'n.csv', [header, row]);
    expect(await failure(read(['n.csv'], folder))).toContain(`n.csv, ${message}`);
  });

  it('writes the optional columns only when an observation has them, quoting what needs it', () => {
    const source = { file: 'x', line: 1 };
    expect(writeNeutral([{ date: '2026-07-01', platform: 'x', metric: 'posts', value: 1, source }])).toBe('date,platform,metric,value\n2026-07-01,x,posts,1\n');
    expect(writeNeutral([{ date: '2026-07-01', platform: 'all', metric: 'custom', name: 'say "hi", twice', value: 0.5, post: ' p', source }])).toBe(
      'date,platform,metric,value,post,name\n2026-07-01,all,custom,0.5," p","say ""hi"", twice"\n',
    );
  });
});

describe('long neutral files', () => {
  it('keeps an emoji whole where the reader slices the file (every 64 Ki characters)', async () => {
    const folder = tempFolder();
    const head = 'date,platform,metric,value,post\r\n2026-07-01,x,posts,1,';
    // The emoji's first half is the last character of the first slice.
    const post = `${'p'.repeat(64 * 1024 - 1 - head.length)}🎉`;
    writeFileSync(join(folder, 'long.csv'), `${head}${post}\r\n`);
    const result = await read(['long.csv'], folder);
    expect(result.observations.map((o) => o.post)).toEqual([post]);
  });
});
