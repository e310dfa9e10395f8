// The docs must install plan the way the README says it installs: social-plan is not on the npm
// registry yet, so a command line that runs `npx social-plan` (a CI job copied from the docs) fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function markdownFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') || entry.name.endsWith('.yml') ? [path] : [];
  });
}

describe('install instructions', () => {
  it('the README says social-plan is not published', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('**not yet published on the npm registry**');
  });

  it('no doc runs npx social-plan as a command', () => {
    const runs: string[] = [];
    for (const file of markdownFiles('docs')) {
      for (const [index, line] of readFileSync(join(root, file), 'utf8').split('\n').entries()) {
        // A shell line or a workflow's `run:` step; prose that says it will work "once published" is fine.
        if (/^\s*(-\s*)?(run:\s*|\$\s*)?npx (--yes |-y )?social-plan\b/.test(line)) runs.push(`${file}:${index + 1}: ${line.trim()}`);
      }
    }
    expect(runs).toEqual([]);
  });
});
