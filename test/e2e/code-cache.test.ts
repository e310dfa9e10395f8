// The real `plan` keeps V8's compiled code between runs on Node 20 (src/launch/): a run with a cache,
// a damaged cache or none prints the same thing, and the cache goes where Node's own switches say.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanEnv, runPlan, tempDir } from '../helpers/cli.js';

const EXAMPLE = 'examples/cafe-boreal.strategy.yaml';
// Node 22.1+ uses its own compile cache (module.enableCompileCache) instead of ours.
const ours = typeof ((await import('node:module')).default as { enableCompileCache?: unknown }).enableCompileCache !== 'function';

describe.runIf(ours)('the code cache of plan on Node 20', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  const env = () => cleanEnv({ NODE_COMPILE_CACHE: dir });
  const cacheFiles = () => readdirSync(join(dir, 'social-plan')).filter((name) => name.endsWith('.cache'));

  it('the first run writes one cache for its command, the next runs read it and print the same', async () => {
    const first = await runPlan(['validate', EXAMPLE], { env: env() });
    expect(first.code).toBe(0);
    const files = cacheFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/-validate\.cache$/);
    const path = join(dir, 'social-plan', files[0]!);
    const written = statSync(path).mtimeMs;
    const second = await runPlan(['validate', EXAMPLE], { env: env() });
    expect(second).toStrictEqual(first);
    expect(statSync(path).mtimeMs).toBe(written);
    // Another command keeps its own cache.
    expect((await runPlan(['brief', EXAMPLE], { env: env() })).code).toBe(0);
    expect(cacheFiles().some((name) => name.endsWith('-brief.cache'))).toBe(true);
  });

  it('a damaged cache changes nothing a user sees, and is replaced', async () => {
    const clean = await runPlan(['validate', EXAMPLE, '--now', '2031-01-01'], { env: env() });
    expect(clean.code).toBe(0);
    const path = join(dir, 'social-plan', cacheFiles()[0]!);
    const garbage = Buffer.alloc(statSync(path).size, 0x5a);
    writeFileSync(path, garbage);
    const again = await runPlan(['validate', EXAMPLE, '--now', '2031-01-01'], { env: env() });
    expect(again).toStrictEqual(clean);
    expect(readFileSync(path).equals(garbage)).toBe(false);
  });

  it('NODE_DISABLE_COMPILE_CACHE turns it off, and --verbose runs without it', async () => {
    expect((await runPlan(['validate', EXAMPLE], { env: cleanEnv({ NODE_COMPILE_CACHE: dir, NODE_DISABLE_COMPILE_CACHE: '1' }) })).code).toBe(0);
    expect((await runPlan(['validate', EXAMPLE, '--verbose'], { env: env() })).code).toBe(0);
    expect(readdirSync(dir)).toStrictEqual([]);
  });
});
