// Commander's own words in the help language: section titles, "[options]" / "[command]" in usage
// lines, "(choices: ..., default: ...)" after descriptions. Installed with configureHelp() on the
// program before any command is added, so every subcommand inherits it.
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import type { HelpWords } from '../i18n/help.js';

const GLUED_SPACE = / (?=[:;?!»])|(?<=«) |(?<=\bp\.) (?=ex\.)/g;

export function localizedHelp({ t }: HelpWords): HelpConfiguration {
  const titles: Record<string, string> = {
    'Usage:': t('title.usage'),
    'Options:': t('title.options'),
    'Arguments:': t('title.arguments'),
    'Commands:': t('title.commands'),
    'Global Options:': t('title.globalOptions'),
  };
  const tokens: Record<string, string> = { '[options]': t('usage.options'), '[command]': t('usage.command') };
  const usage = (text: string) =>
    text
      .split(' ')
      .map((word) => tokens[word] ?? word)
      .join(' ');
  const withExtras = (description: string, extras: string[]) =>
    extras.length === 0 ? description : description ? `${description} (${extras.join(', ')})` : `(${extras.join(', ')})`;
  const choices = (values: readonly string[]) => t('extra.choices', { list: values.map((v) => JSON.stringify(v)).join(', ') });
  const defaultOf = (value: unknown, description: string | undefined) => t('extra.default', { value: description || JSON.stringify(value) });

  return {
    styleTitle: (title: string) => titles[title] ?? title,
    // French puts a space before ":", ";", "?" and "!" and writes "p. ex.": never break a line there.
    boxWrap(this: Help, text: string, width: number) {
      const glued = text.replace(GLUED_SPACE, '\u0000');
      return Help.prototype.boxWrap.call(this, glued, width).replace(/\u0000/g, ' ');
    },
    commandUsage(this: Help, cmd: Command) {
      return usage(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command) {
      return usage(Help.prototype.subcommandTerm.call(this, cmd));
    },
    // Same rules as commander's Help.optionDescription, with translated labels.
    optionDescription(option: Option) {
      const extras: string[] = [];
      if (option.argChoices) extras.push(choices(option.argChoices));
      if (option.defaultValue !== undefined) {
        const show = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
        if (show) extras.push(defaultOf(option.defaultValue, option.defaultValueDescription));
      }
      if (option.presetArg !== undefined && option.optional) extras.push(t('extra.preset', { value: JSON.stringify(option.presetArg) }));
      if (option.envVar !== undefined) extras.push(t('extra.env', { name: option.envVar }));
      return withExtras(option.description, extras);
    },
    argumentDescription(argument: Argument) {
      const extras: string[] = [];
      if (argument.argChoices) extras.push(choices(argument.argChoices));
      if (argument.defaultValue !== undefined) extras.push(defaultOf(argument.defaultValue, argument.defaultValueDescription));
      return withExtras(argument.description, extras);
    },
  };
}
