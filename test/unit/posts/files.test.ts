// Which folder walks take `*.md` files as posts.
import { describe, expect, it } from 'vitest';
import { isPostInWalk, walkRootName } from '../../../src/posts/files.js';

describe('walkRootName', () => {
  const project = (folder: string) => folder === '/home/ana/posts/cafe';
  it('a posts folder, or one inside it as written, is a posts folder', () => {
    expect(walkRootName('posts', '/p/posts')).toBe('posts');
    expect(walkRootName('examples/posts/cafe-boreal', '/p/examples/posts/cafe-boreal')).toBe('posts');
  });
  it('`.` inside a posts folder of the project is one too: the walk up stops at the project', () => {
    expect(walkRootName('.', '/home/ana/posts/cafe/posts/2027-01', project)).toBe('posts');
    expect(walkRootName('.', '/home/ana/posts/cafe', project)).toBe('cafe');
    expect(walkRootName('docs', '/home/ana/posts/cafe/docs', project)).toBe('docs');
  });
  it('the folder name decides what a walk takes', () => {
    expect(isPostInWalk('2027-01-04-x.md', 'posts')).toBe(true);
    expect(isPostInWalk('README.md', 'posts')).toBe(false);
    expect(isPostInWalk('notes.md', 'cafe')).toBe(false);
    expect(isPostInWalk('posts/a.md', 'cafe')).toBe(true);
  });
});
