// Regenerate examples/briefs/: the brief of every examples/*.strategy.yaml, in Markdown and HTML,
// in the strategy's own language, through the built `plan` (run `npm run build` first; the npm
// script does). A fixed --now keeps the files stable; test/unit/brief/examples.test.ts fails when
// they are stale, and lints the Markdown.
import { regenerate } from './examples-run.mjs';

/** The date every example brief says it was generated on. Keep in step with the test. */
export const EXAMPLES_NOW = '2026-11-26';
export const FORMATS = ['md', 'html'];

await regenerate('briefs', FORMATS, (file, _name, format, target) => ['brief', `examples/${file}`, '--format', format, '--now', EXAMPLES_NOW, '--out', target, '--quiet']);
