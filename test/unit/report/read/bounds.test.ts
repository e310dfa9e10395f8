// Time and memory bounds on the largest and the most hostile exports plan accepts to read: each
// ends in seconds, within a few hundred MiB, with an answer or a clear refusal (never a hang).
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_EXPORT_BYTES, DEFAULT_MAX_ROWS } from '../../../../src/report/read/index.js';
import { failure, read, tempFolder } from './fixtures.js';

/** Peak resident memory of this test process so far (vitest runs each test file in its own). */
function peakMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

const MiB = 1024 * 1024;
const X_HEADER = 'Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,Permalink Clicks';

/** Write a large fixture a piece at a time, so that building it does not weigh on the process's peak memory. */
function writeLarge(path: string, head: string, piece: (index: number) => string, count: number, tail = ''): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    let buffer = '';
    for (let i = 0; i < count; i++) {
      buffer += piece(i);
      if (buffer.length > 1024 * 1024) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer + tail);
  } finally {
    closeSync(fd);
  }
}

/** Generous for a loaded CI machine; a read takes a few seconds on a quiet one (docs/exports.md). */
const SECONDS = 30;
const PEAK_MIB = 600;

function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  return run().then((value) => ({ value, seconds: (performance.now() - start) / 1000 }));
}

describe('bounds', () => {
  it('reads the longest export it accepts (an X content export of 100,000 posts) in seconds', async () => {
    const folder = tempFolder();
    writeLarge(
      join(folder, 'content.csv'),
      `${X_HEADER}\n`,
      (i) => `${i},2026-07-${String(1 + (i % 28)).padStart(2, '0')},"Post ${i}, with a comma",https://x.com/a/status/${i},"1,234",5,1.2K,1,2,3,4,5,6,7,8,9,10\n`,
      DEFAULT_MAX_ROWS,
    );
    const { value: result, seconds } = await timed(() => read(['content.csv'], folder));
    expect(result.files[0]!.rows).toBe(DEFAULT_MAX_ROWS);
    expect(result.observations).toHaveLength(DEFAULT_MAX_ROWS * 8);
    expect(result.observations[8 * 99_999 + 1]).toMatchObject({ post: '99999', metric: 'impressions', value: 1234 });
    expect(seconds).toBeLessThan(SECONDS);
    expect(peakMiB()).toBeLessThan(PEAK_MIB);
  });

  it('refuses one row more', async () => {
    const folder = tempFolder();
    writeLarge(join(folder, 'long.csv'), 'date,platform,metric,value\n', (i) => `2026-07-01,x${i},posts,1\n`, DEFAULT_MAX_ROWS + 1);
    expect(await failure(read(['long.csv'], folder))).toContain('more than 100000 rows');
  });

  it('refuses a 60 MiB file of rows quickly, at the row limit', async () => {
    const folder = tempFolder();
    const row = '2026-07-01,instagram,followers,1200\n';
    writeLarge(join(folder, 'huge.csv'), 'date,platform,metric,value\n', () => row, Math.floor((60 * MiB) / row.length));
    const { value: message, seconds } = await timed(() => failure(read(['huge.csv'], folder)));
    expect(message).toContain('huge.csv, line 100002: the export holds more than 100000 rows');
    expect(seconds).toBeLessThan(SECONDS);
    expect(peakMiB()).toBeLessThan(PEAK_MIB);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'over.csv'), Buffer.alloc(DEFAULT_MAX_EXPORT_BYTES + 1, 0x61));
    const { value: message, seconds } = await timed(() => failure(read(['over.csv'], folder)));
    expect(message).toContain('over the limit of 64 MiB');
    expect(seconds).toBeLessThan(2);
  });

  it('refuses a 60 MiB quoted field that never ends, at the record size limit', async () => {
    const folder = tempFolder();
    writeLarge(join(folder, 'quote.csv'), 'date,platform,metric,value\n"', () => 'a'.repeat(1024), 60 * 1024);
    const { value: message, seconds } = await timed(() => failure(read(['quote.csv'], folder)));
    expect(message).toContain('quote.csv, line 2: one row is larger than 1 MiB');
    expect(seconds).toBeLessThan(SECONDS);
    expect(peakMiB()).toBeLessThan(PEAK_MIB);
  });

  it('refuses header rows of 50,000 columns each, and a million blank lines, in seconds', async () => {
    const folder = tempFolder();
    const wide = Array.from({ length: 50_000 }, (_, i) => `Column ${i}`).join(',');
    writeLarge(join(folder, 'wide.csv'), '', () => `${wide}\n`, 12);
    writeLarge(join(folder, 'blank.csv'), '', () => ',,,,,,\n', 1_000_000, 'Day,Clicks\n');
    const wideRead = await timed(() => failure(read(['wide.csv'], folder)));
    expect(wideRead.value).toContain('wide.csv, line 1: these columns match no export plan knows (Column 0, Column 1');
    expect(wideRead.seconds).toBeLessThan(SECONDS);
    const blankRead = await timed(() => failure(read(['blank.csv'], folder)));
    expect(blankRead.value).toContain('blank.csv, line 1000001');
    expect(blankRead.seconds).toBeLessThan(SECONDS);
    expect(peakMiB()).toBeLessThan(PEAK_MIB);
  });

  it('refuses 60 MiB of UTF-16 noise in seconds', async () => {
    const folder = tempFolder();
    const noise = Buffer.alloc(60 * MiB);
    for (let i = 0; i < noise.length; i += 2) {
      noise[i] = 0x41 + (i % 26);
      noise[i + 1] = 0;
    }
    noise[0] = 0xff;
    noise[1] = 0xfe;
    writeFileSync(join(folder, 'noise.csv'), noise);
    const { value: message, seconds } = await timed(() => failure(read(['noise.csv'], folder)));
    expect(message).toContain('noise.csv');
    expect(seconds).toBeLessThan(SECONDS);
    expect(peakMiB()).toBeLessThan(PEAK_MIB);
  });
});
