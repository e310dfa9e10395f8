// The browser tests find Chromium or Chrome wherever it is installed, or fail with one line.
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../helpers/browser.js';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('finding a browser for the browser tests', () => {
  it.each([
    ['Debian chromium on PATH', 'linux', '/usr/local/bin:/usr/bin', ['/usr/bin/chromium'], '/usr/bin/chromium'],
    ['Ubuntu chromium-browser', 'linux', '/usr/bin', ['/usr/bin/chromium-browser'], '/usr/bin/chromium-browser'],
    ['Google Chrome on PATH', 'linux', '/usr/bin', ['/usr/bin/google-chrome'], '/usr/bin/google-chrome'],
    ['a snap, not on PATH', 'linux', '/usr/bin', ['/snap/bin/chromium'], '/snap/bin/chromium'],
    ['macOS Chromium app', 'darwin', '/usr/bin', ['/Applications/Chromium.app/Contents/MacOS/Chromium'], '/Applications/Chromium.app/Contents/MacOS/Chromium'],
    ['macOS Chrome in the home Applications', 'darwin', '/usr/bin', ['/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], '/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  ] as const)('%s', (_name, platform, PATH, installed, expected) => {
    expect(findBrowser({ env: { PATH, HOME: '/Users/ana' }, platform, isExecutable: only(...installed) })).toEqual({ path: expected });
  });

  it('an environment variable wins over PATH', () => {
    const env = { PATH: '/usr/bin', CHROME_PATH: '/opt/chrome/chrome' };
    expect(findBrowser({ env, platform: 'linux', isExecutable: only('/usr/bin/chromium', '/opt/chrome/chrome') })).toEqual({ path: '/opt/chrome/chrome' });
    expect(findBrowser({ env: { ...env, PLAN_TEST_BROWSER: '/usr/bin/chromium' }, platform: 'linux', isExecutable: only('/usr/bin/chromium', '/opt/chrome/chrome') })).toEqual({ path: '/usr/bin/chromium' });
  });

  it('a variable naming nothing says so, in one line', () => {
    const found = findBrowser({ env: { PATH: '/usr/bin', PLAN_TEST_BROWSER: '/nope' }, platform: 'linux', isExecutable: only('/usr/bin/chromium') });
    expect(found).toEqual({ problem: expect.stringMatching(/^PLAN_TEST_BROWSER=\/nope is not an executable browser\. Install Chromium .*apt-get install chromium.*brew install --cask chromium/) });
  });

  it('no browser: one line that says what to install', () => {
    const found = findBrowser({ env: { PATH: '/usr/bin' }, platform: 'linux', isExecutable: () => false });
    expect('problem' in found && found.problem).toMatch(/^No Chromium or Chrome found .*apt-get install chromium.*PLAN_TEST_BROWSER=/);
    expect('problem' in found && found.problem.includes('\n')).toBe(false);
  });
});
