import { Option } from 'commander';
import { optionsOf, type DefineCommand } from './types.js';

/** `plan calendar`: flags and help; the implementation is src/commands/calendar.ts, imported lazily. */
export const defineCalendar: DefineCommand = (program, run) => {
  program
    .command('calendar')
    .description('spread the cadence and pillars over weeks: an editorial calendar in Markdown, CSV, Hootsuite bulk CSV or iCalendar')
    .argument('[strategy]', 'strategy file, or - for stdin', 'strategy.yaml')
    .option('--from <date>', 'first day, YYYY-MM-DD (default: the next Monday, today if today is a Monday)')
    .option('-w, --weeks <n>', 'number of weeks, 1 to 53', '4')
    .addOption(new Option('-f, --format <name>', 'md: week-by-week tables; csv: one row per post; hootsuite: Hootsuite bulk composer CSV; ics: calendar events').choices(['md', 'csv', 'hootsuite', 'ics']).default('md'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--force', 'overwrite the --out file if it exists')
    .option('-p, --platform <ids>', 'only these platforms (ids, comma-separated), e.g. one file per Hootsuite profile')
    .option('--now <date>', 'today, for the default --from (YYYY-MM-DD), for reproducible runs')
    .option('--max-size <size>', 'largest strategy file to read, e.g. 20MB', '10MB')
    .addHelpText('after', `
Examples:
  plan calendar --from 2027-01-04
  plan calendar strategy.yaml --weeks 8 --format ics --out calendar.ics
  plan calendar --format csv --out calendar.csv
  plan calendar --format hootsuite --platform instagram --out instagram.csv

Exit codes:
  0  calendar written
  1  the strategy has errors (listed on stderr); run plan validate for details
  2  usage or input error (bad date, missing file, existing --out without --force)`)
    .action((strategy: string, _options, command) =>
      run(async (io) => (await import('../commands/calendar.js')).runCalendar(strategy, optionsOf(command), io)),
    );
};
