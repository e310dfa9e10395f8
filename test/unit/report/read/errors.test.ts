// What plan cannot read is said, with the file and the line and what to do, never read as a wrong number.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failure, read, tempFolder, writeCsv, writeXlsx } from './fixtures.js';

const overview = ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'];

describe('files plan cannot read', () => {
  it('names an unknown header row with its line and first columns', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'mystery.csv', [['Day', 'Clicks', 'Hearts'], ['2026-07-01', '1', '2']]);
    const message = await failure(read(['mystery.csv'], folder));
    expect(message).toContain('mystery.csv, line 1');
    expect(message).toContain('Day, Clicks, Hearts');
    expect(message).toContain('date,platform,metric,value');
  });

  it('says it in French', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'mystere.csv', [['Jour', 'Clics'], ['2026-07-01', '1']]);
    const message = await failure(read(['mystere.csv'], folder, 'fr'));
    expect(message).toContain('mystere.csv, ligne 1');
    expect(message).toContain('ne correspondent à aucun export connu de plan');
  });

  it.each([
    ['export.zip', 'Unzip it'],
    ['LinkedIn.xls', 'save it as .xlsx'],
    ['report.pdf', 'not “.pdf”'],
    ['Numbers.numbers', 'not “.numbers”'],
  ])('refuses %s and says what to do', async (name, hint) => {
    const folder = tempFolder();
    writeFileSync(join(folder, name), 'x');
    expect(await failure(read([name], folder))).toContain(hint);
  });

  it('refuses an empty file, a binary one, one not in UTF-8, a folder with no export, a missing path', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'empty.csv'), '');
    writeFileSync(join(folder, 'binary.csv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0, 0x44, 0x52]));
    writeFileSync(join(folder, 'latin1.csv'), Buffer.from('date,platform,metric,value\n2026-07-01,x,posts,1\nd\xe9j\xe0', 'latin1'));
    mkdirSync(join(folder, 'nothing'));
    writeFileSync(join(folder, 'nothing', 'notes.md'), '# notes');
    expect(await failure(read(['empty.csv'], folder))).toBe('empty.csv is empty.');
    expect(await failure(read(['binary.csv'], folder))).toContain('not a text file');
    expect(await failure(read(['latin1.csv'], folder))).toMatch(/not valid UTF-8 \(byte \d+\)/);
    expect(await failure(read(['nothing'], folder))).toContain('holds no export');
    expect(await failure(read(['missing.csv'], folder))).toContain('No such file or folder: missing.csv');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'big.csv', [['date', 'platform', 'metric', 'value'], ['2026-07-01', 'x', 'posts', '1']]);
    const { readExports } = await import('../../../../src/report/read/index.js');
    const message = await failure(readExports(['big.csv'], { cwd: folder, lang: 'en', maxBytes: 10 }));
    expect(message).toContain('over the limit of 10 B');
  });

  it('refuses a quoted field that never closes, naming where it opens', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'quote.csv'), 'date,platform,metric,value,post\n2026-07-01,x,posts,1,"ok"\n2026-07-02,x,posts,1,"never closed\n2026-07-03,x,posts,1,\n');
    expect(await failure(read(['quote.csv'], folder))).toContain('quote.csv, line 3: a quoted field is never closed');
  });

  it('refuses a workbook with no known sheet, listing its sheets', async () => {
    const folder = tempFolder();
    await writeXlsx(folder, 'demographics.xlsx', { Location: [['Location', 'Total followers']], 'Job function': [['Job function', 'Total followers']] });
    expect(await failure(read(['demographics.xlsx'], folder))).toContain('sheets: Location, Job function');
  });

  it('refuses a workbook that declares it unpacks to more than the limit (a zip bomb) before unpacking it', async () => {
    const folder = tempFolder();
    const path = await writeXlsx(folder, 'bomb.xlsx', { Metrics: [['Date', 'Impressions (organic)', 'Impressions (total)'], ['07/14/2026', 1, 1]] });
    const bytes = readFileSync(path);
    // Rewrite the first central-directory entry's uncompressed size to 300 MiB.
    const directory = bytes.readUInt32LE(bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16);
    bytes.writeUInt32LE(300 * 1024 * 1024, directory + 24);
    writeFileSync(path, bytes);
    expect(await failure(read(['bomb.xlsx'], folder))).toContain('unpacks to more than 256 MiB');
  });

  it('refuses a workbook that is not one', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'fake.xlsx'), 'date,platform\n');
    expect(await failure(read(['fake.xlsx'], folder))).toContain('fake.xlsx: the workbook cannot be read');
  });
});

describe('folders of exports', () => {
  it('leaves notes out, but refuses a spreadsheet it cannot read rather than miss its figures', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'data/a.csv', [['date', 'platform', 'metric', 'value'], ['2026-07-01', 'x', 'posts', '1']]);
    writeFileSync(join(folder, 'data', 'notes.md'), '# where these come from');
    expect((await read(['data'], folder)).files.map((f) => f.file)).toEqual(['data/a.csv']);
    writeFileSync(join(folder, 'data', 'LinkedIn.xls'), 'x');
    expect(await failure(read(['data'], folder))).toContain('data/LinkedIn.xls is an old Excel .xls workbook');
  });

  it('refuses a zip unless it was unzipped beside itself', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'TikTok.zip'), 'PK');
    writeCsv(folder, 'Overview_2026.csv', [overview, ['July 1', '1', '1', '1', '1', '1']]);
    expect(await failure(read(['.'], folder))).toContain('TikTok.zip is a zip archive');
    writeCsv(folder, 'TikTok/FollowerHistory_2026.csv', [['Date', 'Followers', 'Difference in followers from previous day'], ['July 1', '10', '1']]);
    expect((await read(['.'], folder)).files.map((f) => f.kind)).toEqual(['tiktok-overview', 'tiktok-followers']);
  });
});

describe('rows plan cannot read', () => {
  it('names the line, the column and the value of a figure that is not a number', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'Overview_2026.csv', [overview, ['July 1', '10', '1', '1', '1', '1'], ['July 2', 'ten', '1', '1', '1', '1']]);
    expect(await failure(read(['Overview_2026.csv'], folder))).toBe(
      'Overview_2026.csv, line 3: “ten” in the column “Video Views” is not a number plan can read. Write it like 1234, 1,234, 1 234, 1.2K or 4.5%.',
    );
  });

  it('refuses a rate with a decimal comma in an English file', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'tweets.csv', [
      ['Tweet id', 'Tweet permalink', 'time', 'impressions', 'engagement rate'],
      ['1', 'https://twitter.com/a/status/1', '2019-06-01 14:03 +0000', '10', '4,5'],
    ]);
    expect(await failure(read(['tweets.csv'], folder))).toContain('tweets.csv, line 2: “4,5” in the column “engagement rate” can be read two ways');
  });

  it('refuses a day with no year when nothing places it, and says how to name the file', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'Overview.csv', [overview, ['August 31', '10', '1', '1', '1', '1']]);
    expect(await failure(read(['Overview.csv'], folder))).toContain('Overview.csv, line 2: the date “August 31” has no year');
    expect(await failure(read(['Overview.csv'], folder))).toContain('Overview-2026.csv');
  });

  it('refuses a date it cannot read, a row with figures and no date, and 29 February of a common year', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'a-2026.csv', [overview, ['July 1', '1', '1', '1', '1', '1'], ['someday', '1', '1', '1', '1', '1']]);
    writeCsv(folder, 'b-2026.csv', [overview, ['', '1', '1', '1', '1', '1']]);
    writeCsv(folder, 'c-2026.csv', [overview, ['February 29', '1', '1', '1', '1', '1']]);
    expect(await failure(read(['a-2026.csv'], folder))).toContain('a-2026.csv, line 3: “someday” in the column “Date” is not a date');
    expect(await failure(read(['b-2026.csv'], folder))).toContain('b-2026.csv, line 2: the row has figures but no date');
    expect(await failure(read(['c-2026.csv'], folder))).toContain('c-2026.csv, line 2: “February 29”');
  });

  it('refuses dates written both month first and day first', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'LinkedIn.csv', [
      ['Date', 'Impressions (organic)', 'Impressions (total)'],
      ['07/14/2026', '1', '1'],
      ['15/07/2026', '1', '1'],
    ]);
    expect(await failure(read(['LinkedIn.csv'], folder))).toContain('written both month first and day first');
  });

  it('reads a French Meta export (UTF-16LE, sep=,) month first, as Meta writes it', async () => {
    const folder = tempFolder();
    writeCsv(
      folder,
      'facebook.csv',
      [
        ['Identifiant de la publication', 'Nom de la Page', 'Heure de publication', 'Couverture'],
        ['1_1', 'Café', '01/05/2027 09:00', '1200'],
        ['1_2', 'Café', '01/12/2027 09:00', '1200'],
      ],
      { utf16: true, sep: ',' },
    );
    const result = await read(['facebook.csv'], folder, 'fr');
    expect([...new Set(result.observations.map((o) => o.date))]).toEqual(['2027-01-05', '2027-01-12']);
  });

  it('refuses a day first date in a Meta export instead of flipping the whole file', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'facebook.csv', [
      ['Post ID', 'Page name', 'Publish time', 'Reach'],
      ['1_1', 'Café', '01/05/2027 09:00', '10'],
      ['1_2', 'Café', '13/01/2027 09:00', '10'],
    ]);
    expect(await failure(read(['facebook.csv'], folder))).toContain('facebook.csv, line 3: “13/01/2027 09:00” in the column “Publish time” is not a date');
  });

  it('refuses an export of undocumented order whose dates could be read both ways, in English and French', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'LinkedIn.csv', [
      ['Date', 'Impressions (organic)', 'Impressions (total)'],
      ['07/01/2026', '1', '1'],
      ['07/02/2026', '1', '1'],
    ]);
    expect(await failure(read(['LinkedIn.csv'], folder))).toBe(
      'LinkedIn.csv, line 2: the dates in the column “Date” (for example “07/01/2026”) can be read month first or day first, and no day after the 12th tells which. Write them YYYY-MM-DD (the neutral CSV of docs/report.md), or export a period that includes a day after the 12th.',
    );
    expect(await failure(read(['LinkedIn.csv'], folder, 'fr'))).toMatch(/^LinkedIn.csv, ligne 2\s: les dates de la colonne «\s?Date\s?» \(par exemple «\s?07\/01\/2026\s?»\) peuvent se lire le mois d’abord ou le jour d’abord/);
  });

  it('refuses a file that gives the same day twice with different figures', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'n.csv', [
      ['date', 'platform', 'metric', 'value', 'post'],
      ['2026-07-01', 'x', 'impressions', '100', '17'],
      ['2026-07-01', 'x', 'impressions', '120', '17'],
    ]);
    expect(await failure(read(['n.csv'], folder))).toBe('n.csv, line 3: the impressions of x on 2026-07-01 for the post 17 is already given by line 2 with another value (120 against 100). Keep one of the two rows.');
  });

  it('skips totals and "Lifetime" rows in a daily export', async () => {
    const folder = tempFolder();
    writeCsv(folder, 'Overview_2026.csv', [overview, ['Lifetime', '9999', '1', '1', '1', '1'], ['July 1', '10', '1', '1', '1', '1'], ['Total', '10', '1', '1', '1', '1']]);
    const result = await read(['Overview_2026.csv'], folder);
    expect(result.files[0]!.rows).toBe(1);
    expect(result.observations.map((o) => o.value)).toEqual([10, 1, 1]);
  });
});

describe('paths plan cannot follow', () => {
  it('names a symbolic-link loop', async () => {
    const { symlinkSync } = await import('node:fs');
    const folder = tempFolder();
    symlinkSync(join(folder, 'loop.csv'), join(folder, 'loop.csv'));
    expect(await failure(read(['loop.csv'], folder))).toBe('loop.csv is a symbolic-link loop.');
  });
});
