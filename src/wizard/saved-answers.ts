// The answers of a run, saved when it cannot end with the files written, so that nothing typed is
// lost: `plan init --answers FILE` takes them back. A new file every time, never over another one.
import { open, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

const NAME = 'plan-answers';
const TRIES = 100;

/** The answers as an answers file: one `key: value` a line, in the order they were asked. */
export function answersText(answers: Record<string, unknown>, header: string): string {
  const body = stringify(answers, { lineWidth: 0 });
  return `${header
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n')}\n${body}`;
}

/**
 * Write the answers in the first folder that takes them (the strategy's folder, the current one,
 * then the system's temporary folder), as plan-answers.yaml or plan-answers-N.yaml: the file is
 * created exclusively, so an existing one is never replaced. Returns the path, or undefined.
 */
export async function saveAnswers(folders: readonly string[], text: (path: string) => string): Promise<string | undefined> {
  for (const folder of [...new Set([...folders, tmpdir()])]) {
    for (let n = 1; n <= TRIES; n++) {
      const path = join(folder, n === 1 ? `${NAME}.yaml` : `${NAME}-${n}.yaml`);
      let handle;
      try {
        handle = await open(path, 'wx', 0o600);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        break;
      }
      try {
        await handle.writeFile(text(path));
        await handle.sync();
        await handle.close();
        return path;
      } catch {
        // A full disk or a lost mount: no half-written file left behind, try the next folder.
        await handle.close().catch(() => {});
        await unlink(path).catch(() => {});
        break;
      }
    }
  }
  return undefined;
}
