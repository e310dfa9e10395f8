// The package as a user gets it: `npm pack`, then `npm install -g` of the tarball into an empty
// prefix. Offline-safe and fast: `--prefer-offline` takes the dependencies from npm's cache (which
// `npm ci` filled), and the network is asked only for what the cache lacks.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, cleanEnv, tempDir } from './cli.js';

const exec = promisify(execFile);

export const npmEnv = () => cleanEnv({ npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_prefer_offline: 'true' });

export function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv()) {
  return exec('npm', args, { cwd, env, maxBuffer: 32 * 1024 * 1024 });
}

export interface PackedInstall {
  /** The folder holding the tarball, the prefix, and room for the test's own folders. */
  dir: string;
  tarball: string;
  files: string[];
  /** `<prefix>/bin/plan`, as `npm install -g` linked it. */
  bin: string;
  prefix: string;
  cleanup: () => Promise<void>;
}

/** Pack the (already built) tree and install the tarball globally into an empty prefix. */
export async function packAndInstallGlobally(): Promise<PackedInstall> {
  const { dir, cleanup } = await tempDir();
  // `npm test` has built the tree; packing must not rebuild it under other tests' feet.
  const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT);
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  const tarball = join(dir, info!.filename);
  const prefix = join(dir, 'prefix');
  await mkdir(prefix);
  await npm(['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball], dir);
  return { dir, tarball, files: info!.files.map((f) => f.path), bin: join(prefix, 'bin', 'plan'), prefix, cleanup };
}
