// The pure parts of the command line's languages: which language help uses, flag placeholders,
// and commander's error messages re-worded in French.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { helpLang, helpWords, translateCommanderError } from '../../src/i18n/help.js';
import { buildProgram } from '../../src/cli/program.js';
import type { CommandIO } from '../../src/io/context.js';

describe('helpLang', () => {
  it.each([
    ['--lang fr', ['validate', '--lang', 'fr'], { LANG: 'en_US.UTF-8' }, 'fr'],
    ['--lang=en', ['--lang=en', '--help'], { LANG: 'fr_CA.UTF-8' }, 'en'],
    ['an unknown --lang falls back to the environment', ['--lang', 'de'], { LANG: 'fr_CA.UTF-8' }, 'fr'],
    ['--lang after -- is an operand', ['validate', '--', '--lang', 'fr'], { LANG: 'en_US' }, 'en'],
    ['--lang without a value', ['--lang'], { LANG: 'fr_CA' }, 'fr'],
    ['LC_ALL first', [], { LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' }, 'fr'],
    ['LC_MESSAGES before LANG', [], { LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' }, 'fr'],
    ['English by default', [], {}, 'en'],
  ] as const)('%s', (_name, argv, env, expected) => {
    expect(helpLang(argv, env)).toBe(expected);
  });
});

describe('flag placeholders', () => {
  it.each([
    ['-o, --out <file>', '-o, --out <fichier>'],
    ['[paths...]', '[chemins...]'],
    ['<shell>', '<shell>'],
    ['--now <date>', '--now <date>'],
    ['help [command]', 'help [commande]'],
    ['--weird <unknown-word>', '--weird <unknown-word>'],
    ['--force', '--force'],
  ])('%s in French is %s', (spec, french) => {
    expect(helpWords('fr').flags(spec)).toBe(french);
    expect(helpWords('en').flags(spec)).toBe(spec);
  });
});

describe('translateCommanderError', () => {
  it.each([
    ["error: unknown option '--fromat'\n(Did you mean --format?)\n", "erreur : option inconnue '--fromat'\n(Vouliez-vous dire --format ?)\n"],
    ["error: unknown command 'valdiate'\n(Did you mean validate?)\n", "erreur : commande inconnue 'valdiate'\n(Vouliez-vous dire validate ?)\n"],
    ['(Did you mean one of --format, --force?)', '(Vouliez-vous dire l’un de ceux-ci : --format, --force ?)'],
    ["error: missing required argument 'shell'\n", "erreur : il manque l’argument obligatoire 'shell'\n"],
    ["error: option '-o, --out <fichier>' argument missing", "erreur : l’option '-o, --out <fichier>' attend une valeur"],
    ["error: required option '--name <nom>' not specified", "erreur : l’option obligatoire '--name <nom>' est absente"],
    [
      "error: option '-f, --format <nom>' argument 'xml' is invalid. Allowed choices are md, html.",
      "erreur : la valeur 'xml' n’est pas valide pour l’option '-f, --format <nom>'. Choix permis : md, html.",
    ],
    [
      "error: option '--weeks <n>' argument 'x' is invalid. Use a whole number.",
      "erreur : la valeur 'x' n’est pas valide pour l’option '--weeks <n>'. Use a whole number.",
    ],
    ["error: option '--now <date>' argument 'x' is invalid.", "erreur : la valeur 'x' n’est pas valide pour l’option '--now <date>'."],
    [
      "error: command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.",
      "erreur : la valeur 'tcsh' n’est pas valide pour l’argument 'shell'. Choix permis : bash, zsh, fish.",
    ],
    ["error: too many arguments for 'rules'. Expected 1 argument but got 2.", "erreur : trop d’arguments pour 'rules'. Au plus 1 attendu(s), 2 reçu(s)."],
    ['error: too many arguments. Expected 0 arguments but got 3.', 'erreur : trop d’arguments. Au plus 0 attendu(s), 3 reçu(s).'],
    ["error: option '--a' cannot be used with option '--b'", "erreur : option '--a' ne peut pas être utilisé avec option '--b'"],
    ['something commander 15 might say', 'something commander 15 might say'],
    ["  error: unknown option '--x'", "  error: unknown option '--x'"],
  ])('%j', (english, french) => {
    expect(translateCommanderError(english, 'fr')).toBe(french);
    expect(translateCommanderError(english, 'en')).toBe(english);
  });
});

describe('buildProgram', () => {
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {} } as unknown as CommandIO;

  it('words every description in the language it is given, with the same flags', () => {
    const describe = (program: Command) =>
      [program, ...program.commands].map((c) => ({
        name: c.name(),
        description: c.description(),
        flags: c.options.map((o) => o.long ?? o.short),
        choices: c.options.map((o) => o.argChoices ?? []),
        options: c.options.map((o) => o.description),
      }));
    const en = describe(buildProgram(io, () => {}, 'en'));
    const fr = describe(buildProgram(io, () => {}, 'fr'));
    expect(fr.map(({ name, flags, choices }) => ({ name, flags, choices }))).toEqual(en.map(({ name, flags, choices }) => ({ name, flags, choices })));
    for (const [i, command] of fr.entries()) {
      expect(command.description, command.name).not.toBe(en[i]!.description);
      // No option help is left in English.
      const same = command.options.filter((text, j) => text === en[i]!.options[j]);
      expect(same, command.name).toEqual([]);
    }
  });
});
