// Which files are posts and which are strategies, apart from the loader so that the input walk
// (io/inputs.ts) can ask without importing it.
import { readdirSync } from 'node:fs';

/**
 * A post file: `*.md` (or `*.markdown`). `*.md.invalid` too, the name of the examples of mistakes
 * (examples/invalid/posts/), so that a folder walk skips them but naming one checks it as a post.
 */
const POST_NAME = /\.(?:md|markdown)(?:\.invalid)?$/i;

export function isPostFile(name: string): boolean {
  return POST_NAME.test(name);
}

/** `strategy.yaml`, `strategy.yml`, `anything.strategy.yaml`, `anything.strategy.yml`. */
const STRATEGY_NAME = /^(?:.+\.)?strategy\.ya?ml$/;

/** The strategy files of a folder (not below it), by name; none when it cannot be read. */
export function strategyNamesIn(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => !entry.isDirectory() && STRATEGY_NAME.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** A folder walk takes the `*.md` files that sit under a folder of this name (a README elsewhere is no post). */
export const POSTS_FOLDER = 'posts';

/** A README in a posts folder explains the folder: it is not a post. */
const README = /(?:^|\/)(?:README|Readme|readme)\.(?:md|markdown)$/;

/** Whether a `/`-separated path found by a folder walk is a post: `*.md` with a `posts` folder above it. */
export function isPostInWalk(relativePath: string, rootName: string): boolean {
  if (!/\.(?:md|markdown)$/.test(relativePath) || README.test(relativePath)) return false;
  const folders = relativePath.split('/').slice(0, -1);
  return rootName === POSTS_FOLDER || folders.includes(POSTS_FOLDER);
}

/**
 * The name a folder walk treats the folder named on the command line by: `posts` when it is a posts
 * folder or lies inside one (`posts/2027-01`, `examples/posts/cafe-boreal/`, or `.` inside
 * `posts/2027-01/`), so that its `*.md` files are posts; else its own name. A `posts` folder above
 * the project does not count: walking up stops at the first folder that holds a strategy file
 * (`holdsStrategy`), so a project kept in `~/posts/` does not make its notes posts.
 */
export function walkRootName(written: string, absolute: string, holdsStrategy: (folder: string) => boolean = () => false): string {
  const parts = absolute.split(/[\\/]/).filter(Boolean);
  const own = parts.at(-1) ?? '';
  if (own === POSTS_FOLDER || written.split(/[\\/]/).includes(POSTS_FOLDER)) return POSTS_FOLDER;
  const root = absolute.startsWith('/') ? '/' : '';
  for (let end = parts.length; end > 0; end--) {
    if (parts[end - 1] === POSTS_FOLDER) return POSTS_FOLDER;
    if (holdsStrategy(root + parts.slice(0, end).join('/'))) break;
  }
  return own;
}

/** The same as glob patterns, for tinyglobby (the folder walk's fallback). */
export function postPatterns(rootName: string): string[] {
  return rootName === POSTS_FOLDER ? ['**/*.md', '**/*.markdown'] : [`**/${POSTS_FOLDER}/**/*.md`, `**/${POSTS_FOLDER}/**/*.markdown`];
}

/** What the glob fallback must leave out, as isPostInWalk does. */
export const POST_IGNORED = ['README', 'Readme', 'readme'].flatMap((name) => [`**/${name}.md`, `**/${name}.markdown`]);
