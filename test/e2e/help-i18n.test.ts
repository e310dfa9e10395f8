// The command line in both languages: help and commander's usage errors follow --lang, then
// LC_ALL / LC_MESSAGES / LANG, and option names stay the same in French.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ROOT, runPlan, type RunResult } from '../helpers/cli.js';
// @ts-expect-error: a plain .mjs build script without types
import { cliReference, commandNames } from '../../scripts/cli-docs.mjs';

const FR = cleanEnv({ LANG: 'fr_CA.UTF-8' });
const EN = cleanEnv({ LANG: 'en_US.UTF-8' });
/** Commander's English words that must not leak into French help. */
const ENGLISH_WORDS = /^Usage:|^Options:|^Arguments:|^Commands:|^Exit codes:|^Examples:|\(default:|choices:|display help|show help/m;

/** Help text with commander's line wrapping undone, to match phrases that may wrap. */
const flat = (help: string) => help.replace(/\s+/g, ' ');
const longOptions = (help: string) => [...new Set(help.match(/--[a-z][\w-]*/g))].sort();

describe('plan --help and plan validate --help', () => {
  it.each([
    ['LANG=fr_CA.UTF-8', [], FR],
    ['--lang fr in an English environment', ['--lang', 'fr'], EN],
    ['--lang=fr after the command', ['--lang=fr'], EN],
    ['LC_ALL=fr_CA over LANG=en_US', [], cleanEnv({ LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' })],
  ] as const)('are in French with %s', async (_name, flags, env) => {
    const program = await runPlan(['--help', ...flags], { env });
    expect(program.code).toBe(0);
    expect(program.stdout).toMatch(/^Utilisation\u202f: plan \[options\] \[commande\]/);
    expect(program.stdout).toMatch(/^Commandes\u202f:$/m);
    expect(program.stdout).toMatch(/Transformer une stratégie de médias sociaux en code/);
    expect(program.stdout).toMatch(/^Codes de sortie\u202f:$/m);
    expect(program.stdout).toMatch(/130 {2}annulé \(Ctrl-C\)/);
    expect(flat(program.stdout)).toMatch(/--lang <langue> langue des messages .*\(choix : "en", "fr"\)/);
    expect(program.stdout).not.toMatch(ENGLISH_WORDS);

    const validate = await runPlan(['validate', '--help', ...flags], { env });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^Utilisation\u202f: plan validate \[options\] \[chemins\.\.\.\]/);
    expect(validate.stdout).toMatch(/vérifier des fichiers de stratégie/);
    expect(validate.stdout).toMatch(/^Arguments\u202f:$/m);
    expect(validate.stdout).toMatch(/^Exemples\u202f:$/m);
    expect(validate.stdout).toMatch(/-o, --output <fichier> +écrire le rapport dans un fichier/);
    expect(flat(validate.stdout)).toMatch(/\(choix : "error", "warn", "info", par défaut : "error"\)/);
    expect(validate.stdout).toMatch(/^ {2}1 {2}au moins un problème/m);
    expect(validate.stdout).not.toMatch(ENGLISH_WORDS);
  });

  it.each([
    ['LANG=en_US.UTF-8', [], EN],
    ['--lang en over LANG=fr_CA', ['--lang', 'en'], FR],
    ['no locale at all', [], cleanEnv({ LANG: '' })],
    ['LANG=C', [], cleanEnv({ LANG: 'C' })],
  ] as const)('are in English with %s', async (_name, flags, env) => {
    const program = await runPlan(['--help', ...flags], { env });
    expect(program.stdout).toMatch(/^Usage: plan \[options\] \[command\]/);
    expect(program.stdout).toMatch(/^Exit codes:$/m);
    expect(program.stdout).toMatch(/En français : plan --lang fr --help/);
    const validate = await runPlan(['validate', '--help', ...flags], { env });
    expect(validate.stdout).toMatch(/^Usage: plan validate \[options\] \[paths\.\.\.\]/);
    expect(validate.stdout).toMatch(/check strategy files/);
    expect(flat(validate.stdout)).toMatch(/\(choices: "error", "warn", "info", default: "error"\)/);
  });

  it('does not take --lang after -- as the help language', async () => {
    const result = await runPlan(['validate', '--help', '--', '--lang', 'fr'], { env: EN });
    expect(result.stdout).toMatch(/^Usage: plan validate/);
  });
});

describe('every command', () => {
  let names: string[];
  const help: Record<string, { en: RunResult; fr: RunResult }> = {};

  beforeAll(async () => {
    names = commandNames((await runPlan(['--help'], { env: EN })).stdout) as string[];
    await Promise.all(
      names.map(async (name) => {
        const [en, fr] = await Promise.all([runPlan([name, '--help'], { env: EN }), runPlan([name, '--help'], { env: FR })]);
        help[name] = { en, fr };
      }),
    );
  });

  it('lists the ten commands', () => {
    expect(names).toEqual(['validate', 'init', 'brief', 'calendar', 'posts', 'report', 'diff', 'platforms', 'rules', 'completion']);
  });

  it('has help in both languages, with exit codes, and the same option names', () => {
    for (const name of names) {
      const { en, fr } = help[name]!;
      expect([en.code, fr.code], name).toEqual([0, 0]);
      expect(en.stdout, name).toMatch(new RegExp(`^Usage: plan ${name}`));
      expect(en.stdout, name).toMatch(/^Exit codes:$/m);
      expect(fr.stdout, name).toMatch(new RegExp(`^Utilisation\u202f: plan ${name}`));
      expect(fr.stdout, name).toMatch(/^Codes de sortie\u202f:$/m);
      expect(fr.stdout, name).not.toMatch(ENGLISH_WORDS);
      // The description line (third line) is translated, not copied.
      expect(fr.stdout.split('\n')[2], name).not.toBe(en.stdout.split('\n')[2]);
      expect(longOptions(fr.stdout), name).toEqual(longOptions(en.stdout));
    }
  });

  it('keeps choices unchanged in French', () => {
    expect(flat(help.calendar!.fr.stdout)).toMatch(/choix : "md", "markdown", "csv", "hootsuite", "ics"/);
    expect(help.init!.fr.stdout).toMatch(/^Réponses\u202f:$/m);
    expect(flat(help.init!.fr.stdout)).toMatch(/--humour <niveau> étape 4 : dose d’humour \(choix : "none", "light", "playful", "edgy"\)/);
  });

  it('plan help <command> follows the language too', async () => {
    const result = await runPlan(['help', 'rules'], { env: FR });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Utilisation\u202f: plan rules \[options\] \[règle\]/);
  });
});

describe('usage errors', () => {
  it.each([
    ['an unknown command', ['valdiate'], /^erreur\u202f: commande inconnue 'valdiate'\n\(Vouliez-vous dire validate\u202f\?\)\nLancez `plan --help`/],
    ['an unknown option', ['validate', '--fromat', 'json', '-'], /^erreur\u202f: option inconnue '--fromat'\n\(Vouliez-vous dire --format\u202f\?\)\nLancez `plan validate --help`/],
    ['an invalid choice', ['validate', '--format', 'xml', '-'], /^erreur\u202f: la valeur 'xml' n’est pas valide pour l’option '-f, --format <nom>'\. Choix permis\u202f: stylish, json, github, sarif, junit, markdown, codequality\./],
    ['a missing argument', ['completion'], /^erreur\u202f: il manque l’argument obligatoire 'shell'/],
    ['an invalid argument', ['completion', 'tcsh'], /^erreur\u202f: la valeur 'tcsh' n’est pas valide pour l’argument 'shell'\. Choix permis\u202f: bash, zsh, fish\./],
    ['a missing option value', ['validate', '--output'], /^erreur\u202f: l’option '-o, --output <fichier>' attend une valeur/],
    ['too many arguments', ['rules', 'a', 'b'], /^erreur\u202f: trop d’arguments pour 'rules'\. Au plus 1 attendu\(s\), 2 reçu\(s\)\./],
  ])('%s is reported in French with exit 2', async (_name, args, message) => {
    const result = await runPlan(args, { env: FR });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/error:|Did you mean/);
  });

  it('--lang fr translates errors in an English environment, --lang en in a French one', async () => {
    const fr = await runPlan(['valdiate', '--lang', 'fr'], { env: EN });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toMatch(/Vouliez-vous dire validate\u202f\?/);
    const en = await runPlan(['validate', '--fromat', 'json', '--lang', 'en', '-'], { env: FR });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^error: unknown option '--fromat'\n\(Did you mean --format\?\)\nRun `plan validate --help` to see what it accepts\./);
  });
});

describe('docs/cli.md', () => {
  it('is the current English help of every command (rerun `npm run docs:cli` when this fails)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8')).toBe(cliReference(ROOT));
  });
});
