// Which files are posts, apart from the loader so that the input walk (io/inputs.ts) can ask
// without importing it.

/**
 * A post file: `*.md` (or `*.markdown`). `*.md.invalid` too, the name of the examples of mistakes
 * (examples/invalid/posts/), so that a folder walk skips them but naming one checks it as a post.
 */
const POST_NAME = /\.(?:md|markdown)(?:\.invalid)?$/i;

export function isPostFile(name: string): boolean {
  return POST_NAME.test(name);
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
 * folder or lies inside one as written (`posts/2027-01`, `examples/posts/cafe-boreal/`, so that
 * its `*.md` files are posts), else its own name. Only the path as written counts, not the folders
 * above the working directory: a project kept in `~/posts/` does not make its README a post.
 */
export function walkRootName(written: string, absolute: string): string {
  const own = absolute.split(/[\\/]/).filter(Boolean).at(-1) ?? '';
  return own === POSTS_FOLDER || written.split(/[\\/]/).includes(POSTS_FOLDER) ? POSTS_FOLDER : own;
}

/** The same as glob patterns, for tinyglobby (the folder walk's fallback). */
export function postPatterns(rootName: string): string[] {
  return rootName === POSTS_FOLDER ? ['**/*.md', '**/*.markdown'] : [`**/${POSTS_FOLDER}/**/*.md`, `**/${POSTS_FOLDER}/**/*.markdown`];
}

/** What the glob fallback must leave out, as isPostInWalk does. */
export const POST_IGNORED = ['README', 'Readme', 'readme'].flatMap((name) => [`**/${name}.md`, `**/${name}.markdown`]);
