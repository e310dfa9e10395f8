// The strategy a command reads: default file, stdin, and the size limit, with their messages.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { translator } from '../../../src/i18n/index.js';
import { coreCatalog } from '../../../src/i18n/core.js';
import { readStrategyInput } from '../../../src/io/strategy-input.js';
import { tempDir } from '../../helpers/cli.js';

const t = translator(coreCatalog, 'en');
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(() => cleanup());

const options = (stdinText = '') => ({ cwd: dir, stdin: () => Readable.from([Buffer.from(stdinText)]), maxBytes: 16, missingDefault: 'no strategy here: run plan init', lang: 'en' as const });

describe('readStrategyInput', () => {
  it('gives the command its own hint when strategy.yaml is missing, named or not', async () => {
    for (const path of [undefined, 'strategy.yaml']) {
      const error = await readStrategyInput(path, options(), t).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe('no strategy here: run plan init');
    }
  });

  it('names any other missing file', async () => {
    const error = await readStrategyInput('other.yaml', options(), t).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/No such file or folder: other\.yaml/);
  });

  it('reads stdin for -', async () => {
    const { input, bytes } = await readStrategyInput('-', options('version: 1\n'), t);
    expect(input.name).toBe('<stdin>');
    expect(Buffer.from(bytes).toString()).toBe('version: 1\n');
  });

  it('refuses a file over the limit with its name and the sizes', async () => {
    await writeFile(join(dir, 'big.yaml'), 'x'.repeat(100));
    const error = await readStrategyInput('big.yaml', options(), t).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^big\.yaml: The file is 100 B, over the limit of 16 B\./);
  });

  it('writes the sizes in the messages’ language: decimal comma and French units, no trailing .0', async () => {
    await writeFile(join(dir, 'huge.yaml'), 'x'.repeat(Math.round(4.9 * 1024 * 1024)));
    const fr = translator(coreCatalog, 'fr');
    const error = await readStrategyInput('huge.yaml', { ...options(), maxBytes: 1024 * 1024, lang: 'fr' }, fr).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^huge\.yaml: Le fichier fait 4,9\u00a0Mio, au-delà de la limite de 1\u00a0Mio\./);
    const en = await readStrategyInput('huge.yaml', { ...options(), maxBytes: 1536 }, t).catch((e: unknown) => e);
    expect((en as Error).message).toMatch(/^huge\.yaml: The file is 4\.9 MiB, over the limit of 1\.5 KiB\./);
  });
});
