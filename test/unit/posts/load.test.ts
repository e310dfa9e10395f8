// Post files on disk: which files a folder walk takes as posts (the same by readdir and by the glob
// fallback), which strategy a post belongs to, the `strategy:` key of .planrc.yaml, and loadPosts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse.js';
import { translator } from '../../../src/i18n/index.js';
import { coreCatalog } from '../../../src/i18n/core.js';
import { rulesCatalog } from '../../../src/i18n/rules.js';
import { expandInputs, strategyFilesIn } from '../../../src/io/inputs.js';
import { isPostFile, POST_IGNORED, postPatterns } from '../../../src/posts/files.js';
import { loadPosts, locateStrategy } from '../../../src/posts/load.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-posts-load-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const t = translator(coreCatalog, 'en');
const POST = '---\nplatforms: [x]\nstatus: draft\n---\nHello\n';

describe('which files are posts', () => {
  it.each([
    ['a.md', true],
    ['a.markdown', true],
    ['a.md.invalid', true],
    ['a.yaml', false],
    ['a.md.bak', false],
  ])('%s named on the command line: %s', (name, post) => {
    expect(isPostFile(name)).toBe(post);
  });

  it('takes the *.md under a posts folder in a folder walk, never a README or a Markdown file elsewhere', async () => {
    const root = tree({
      'strategy.yaml': 'version: 1\n',
      'README.md': '# project\n',
      'docs/guide.md': '# guide\n',
      'posts/a.md': POST,
      'posts/README.md': '# how we write posts\n',
      'posts/2027/01/b.md': POST,
      'posts/2027/c.md.invalid': POST,
      'team/posts/d.markdown': POST,
      'posts/node_modules/e.md': POST,
      'posts/.drafts/f.md': POST,
    });
    const ours = strategyFilesIn(root, 'project')!.sort();
    expect(ours).toEqual(['posts/2027/01/b.md', 'posts/a.md', 'strategy.yaml', 'team/posts/d.markdown']);
    // The glob fallback (for trees with links or FIFOs) gives the same list.
    const byGlob = [
      ...(await glob(['**/*.yaml', '**/*.yml'], { cwd: root, ignore: ['**/node_modules/**', '**/.git/**'], dot: false })),
      ...(await glob(postPatterns('project'), { cwd: root, ignore: ['**/node_modules/**', '**/.git/**', ...POST_IGNORED], dot: false })),
    ].sort();
    expect(byGlob).toEqual(ours);
    // A folder named posts: every *.md below it.
    expect(strategyFilesIn(join(root, 'posts'), 'posts')!.sort()).toEqual(['2027/01/b.md', 'a.md']);
  });

  it('says a folder with neither strategies nor posts is empty', async () => {
    const root = tree({ 'notes/a.md': '# notes\n' });
    await expect(expandInputs(['notes'], root, t)).rejects.toThrow(/no \.yaml or \.yml file, and no post/);
  });
});

describe('locateStrategy', () => {
  it('takes --strategy first, then `strategy:` of the config, then a config naming one file', () => {
    const root = tree({ 'posts/a.md': POST });
    const post = join(root, 'posts', 'a.md');
    expect(locateStrategy(post, { flag: '/x/s.yaml' })).toEqual({ path: '/x/s.yaml', via: 'flag' });
    const config = { file: join(root, '.planrc.yaml'), rules: new Map(), overrides: [] };
    expect(locateStrategy(post, { config: { ...config, strategy: 'plans/cafe.strategy.yaml' } })).toEqual({ path: join(root, 'plans', 'cafe.strategy.yaml'), via: 'config' });
    expect(locateStrategy(post, { config: { ...config, files: ['cafe.strategy.yaml'] } })).toEqual({ path: join(root, 'cafe.strategy.yaml'), via: 'config' });
    expect(locateStrategy(post, { config: { ...config, files: ['cafe.strategy.yaml', 'posts'] } })).toEqual({ path: join(root, 'cafe.strategy.yaml'), via: 'config' });
    // A glob or several files say nothing about one strategy: the walk decides.
    expect(locateStrategy(post, { config: { ...config, files: ['*.strategy.yaml'] } })).toEqual({ problem: 'none' });
  });

  it('walks up to the nearest strategy: strategy.yaml first, else the only one, else several', () => {
    const root = tree({
      'strategy.yaml': '',
      'team/posts/a.md': POST,
      'team/one.strategy.yaml': '',
      'two/x.strategy.yaml': '',
      'two/y.strategy.yml': '',
      'two/posts/b.md': POST,
      'three/posts/c.md': POST,
    });
    expect(locateStrategy(join(root, 'team/posts/a.md'))).toEqual({ path: join(root, 'team', 'one.strategy.yaml'), via: 'nearest' });
    expect(locateStrategy(join(root, 'two/posts/b.md'))).toEqual({ problem: 'several', folder: join(root, 'two'), files: ['x.strategy.yaml', 'y.strategy.yml'] });
    expect(locateStrategy(join(root, 'three/posts/c.md'))).toEqual({ path: join(root, 'strategy.yaml'), via: 'nearest' });
  });
});

describe('the `strategy:` key of .planrc.yaml', () => {
  const rt = translator(rulesCatalog, 'en');
  it('is read as a path, and a bad value names file and line', () => {
    expect(parseConfig('strategy: ../cafe.strategy.yaml\n', '/p/.planrc.yaml', '.planrc.yaml', [], rt).strategy).toBe('../cafe.strategy.yaml');
    expect(() => parseConfig('rules: {}\nstrategy: [a, b]\n', '/p/.planrc.yaml', '.planrc.yaml', [], rt)).toThrow(/\.planrc\.yaml:2: `strategy:` is the strategy file/);
    expect(() => parseConfig('strategie: s.yaml\n', '/p/.planrc.yaml', '.planrc.yaml', [], rt)).toThrow(/Did you mean `strategy`/);
  });
});

describe('loadPosts', () => {
  it('parses the posts of files and folders, and lists what it could not read', async () => {
    const root = tree({ 'posts/a.md': POST, 'posts/b.md': '\u0000binary', 'strategy.yaml': 'version: 1\n' });
    const { posts, unreadable } = await loadPosts(['posts', 'strategy.yaml'], root, t);
    expect(posts.map((p) => [p.post.file, p.post.meta.platforms, p.post.body.text])).toEqual([['posts/a.md', ['x'], 'Hello']]);
    expect(unreadable).toEqual([{ file: 'posts/b.md', reason: expect.stringContaining('NUL') }]);
  });
});
