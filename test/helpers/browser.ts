// Where the browser tests find Chromium or Chrome: an environment variable first, then the usual
// names on PATH, then the usual install places (Linux packages and snaps, macOS apps). When none is
// found the tests fail with one line that says what to install; they never skip.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Variables that name a browser binary, in the order they are read. */
export const BROWSER_VARIABLES = ['PLAN_TEST_BROWSER', 'CHROME_PATH', 'PLAN_CHROMIUM'] as const;

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const PLACES: Record<string, string[]> = {
  linux: ['/snap/bin/chromium', '/usr/lib/chromium/chromium', '/opt/google/chrome/chrome'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
};

export const INSTALL_BROWSER =
  'Install Chromium (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or set PLAN_TEST_BROWSER=/path/to/chrome';

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export interface BrowserSearch {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  isExecutable?: (path: string) => boolean;
  home?: string;
}

/** The browser binary to use, or a one-line reason why there is none. */
export function findBrowser(search: BrowserSearch = {}): { path: string } | { problem: string } {
  const env = search.env ?? process.env;
  const platform = search.platform ?? process.platform;
  const isExecutable = search.isExecutable ?? executable;
  for (const name of BROWSER_VARIABLES) {
    const value = env[name];
    if (!value) continue;
    return isExecutable(value) ? { path: value } : { problem: `${name}=${value} is not an executable browser. ${INSTALL_BROWSER}.` };
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) if (isExecutable(join(dir, name))) return { path: join(dir, name) };
  }
  const home = search.home ?? env.HOME ?? '';
  for (const place of PLACES[platform] ?? []) if (isExecutable(place)) return { path: place };
  if (platform === 'darwin' && home) {
    for (const place of PLACES.darwin!) if (isExecutable(join(home, place))) return { path: join(home, place) };
  }
  return { problem: `No Chromium or Chrome found for the browser tests. ${INSTALL_BROWSER}.` };
}

/** For a test's beforeAll: the browser, or an Error whose message is that one line. */
export function requireBrowser(): string {
  const found = findBrowser();
  if ('problem' in found) throw new Error(found.problem);
  return found.path;
}
