// Words of the command line itself: every command's description, option help, examples and exit
// codes, commander's own titles ("Usage:", "Options:"...) and its usage errors. Help is printed
// before any strategy is read, so its language comes from --lang, then LC_ALL / LC_MESSAGES / LANG.
import { defineCatalog, isLang, langFromEnv, translator, type Env, type Lang, type Translate } from './index.js';

export const helpCatalog = defineCatalog({
  en: {
    // Commander's section titles and usage words.
    'title.usage': 'Usage:',
    'title.options': 'Options:',
    'title.arguments': 'Arguments:',
    'title.commands': 'Commands:',
    'title.globalOptions': 'Global Options:',
    'usage.options': '[options]',
    'usage.command': '[command]',
    'extra.choices': 'choices: {list}',
    'extra.default': 'default: {value}',
    'extra.preset': 'preset: {value}',
    'extra.env': 'env: {name}',
    // Placeholders in option flags and argument names (<file>, [strategy]...); names stay English in en.
    'ph.lang': 'lang',
    'ph.file': 'file',
    'ph.date': 'date',
    'ph.size': 'size',
    'ph.name': 'name',
    'ph.level': 'level',
    'ph.n': 'n',
    'ph.ids': 'ids',
    'ph.dir': 'dir',
    'ph.text': 'text',
    'ph.code': 'code',
    'ph.context': 'context',
    'ph.pairs': 'pairs',
    'ph.persona': 'persona',
    'ph.words': 'words',
    'ph.form': 'form',
    'ph.use': 'use',
    'ph.rule': 'rule',
    'ph.list': 'list',
    'ph.statement': 'statement',
    'ph.sections': 'sections',
    'ph.shell': 'shell',
    'ph.strategy': 'strategy',
    'ph.paths': 'paths',
    'ph.path': 'path',
    'ph.status': 'status',
    'ph.platform-id': 'platform-id',
    'ph.rule-id': 'rule-id',
    'ph.command': 'command',
    'ph.format': 'format',
    'ph.time': 'time',
    'ph.id': 'id',
    'ph.variant': 'variant',

    // Commander's usage errors, re-worded (the English side mirrors commander's own text).
    'error.unknownOption': "error: unknown option '{option}'",
    'error.unknownCommand': "error: unknown command '{command}'",
    'error.missingArgument': "error: missing required argument '{name}'",
    'error.optionArgumentMissing': "error: option '{option}' argument missing",
    'error.requiredOption': "error: required option '{option}' not specified",
    'error.invalidOption': "error: option '{option}' argument '{value}' is invalid.{detail}",
    'error.invalidArgument': "error: command-argument value '{value}' is invalid for argument '{name}'.{detail}",
    'error.allowedChoices': 'Allowed choices are {choices}.',
    'error.tooManyArguments': 'error: too many arguments{forCommand}. Expected {expected} argument(s) but got {received}.',
    'error.forCommand': " for '{command}'",
    'error.conflict': 'error: {first} cannot be used with {second}',
    'error.didYouMean': '(Did you mean {suggestion}?)',
    'error.didYouMeanOneOf': '(Did you mean one of {suggestions}?)',
    'error.seeHelp': 'Run `{command} --help` to see what it accepts.',

    // plan
    'program.description': 'Turn a social-media strategy into code: plan init writes it, plan validate checks it, plan brief prints it.',
    'program.opt.version': 'print the version',
    'program.opt.help': 'show help',
    'program.cmd.help': 'show help for a command',
    'program.opt.noColor': 'no colours (also NO_COLOR=1 or TERM=dumb)',
    'program.opt.color': 'force colours',
    'program.opt.quiet': 'print only results and errors',
    'program.opt.verbose': 'print stack traces on unexpected errors',
    'program.opt.lang': "language of messages: en or fr (default: the strategy's, then LANG)",
    'program.after': `
Exit codes:
  0    success, or no finding at or above --fail-severity
  1    findings at or above --fail-severity
  2    usage or input error
  130  cancelled (Ctrl-C); 143 terminated (SIGTERM)

En français : plan --lang fr --help (ou LANG=fr_CA.UTF-8).`,

    // Shared by several commands.
    'common.arg.strategy': 'the strategy file, or - for stdin (default: strategy.yaml, else the one *.strategy.yaml here or in the `files:` of .planrc.yaml)',
    'common.opt.config': 'rule configuration file (default: the nearest .planrc.yaml)',
    'common.opt.format': 'output format',

    // plan validate
    'ph.old': 'old',
    'ph.new': 'new',
    'diff.description': 'what a change does to a strategy, in its own words: platforms, audiences, objectives, pillars, tone, crisis, and the findings it adds or fixes',
    'diff.arg.old': 'the old file, or a git revision (main, HEAD~1, origin/main) to read the old version from',
    'diff.arg.files': 'the new file; after a revision, the files to compare (default: the strategy files changed since it)',
    'diff.opt.format': 'text: for a terminal; markdown: a pull-request comment; json: for scripts',
    'diff.opt.failOnNew': 'exit 1 when the change adds a finding at this level or above (error or warn)',
    'diff.opt.ignoreOrder': 'leave out items that only moved',
    'diff.opt.output': 'write the diff to a file instead of stdout',
    'diff.after': `
Examples:
  plan diff old.strategy.yaml strategy.yaml
  plan diff main strategy.yaml
  plan diff origin/main --format markdown --output comment.md
  plan diff HEAD~1 --fail-on-new error

As a git diff driver (docs/review.md):
  echo '*.strategy.yaml diff=plan' >> .gitattributes
  git config diff.plan.command 'plan diff'

Exit codes:
  0  the diff was shown (a change is not a failure)
  1  --fail-on-new: the change adds a finding at that level
  2  usage or input error (missing file, unknown revision)
`,
    'validate.description': 'check strategy files and post files: YAML, schema, the rules that force decisions and the post checks',
    'validate.arg.paths': 'files (strategies *.yaml, posts *.md), folders (searched for *.yaml / *.yml and posts/**/*.md), quoted globs, or - for stdin (default: the `files:` of .planrc.yaml, else strategy.yaml and *.strategy.yaml here)',
    'validate.opt.format': 'output format (default: stylish; github when GITHUB_ACTIONS=true)',
    'validate.opt.output': 'write the report to a regular file instead of stdout (`-`: stdout)',
    'validate.opt.failSeverity': 'lowest severity that makes the exit code 1',
    'validate.opt.now': 'the date rules compare deadlines to (YYYY-MM-DD), for reproducible runs',
    'validate.opt.maxSize': 'largest file to read, e.g. 20MB',
    'validate.opt.strategy': 'the strategy the posts belong to (default: `strategy:` of .planrc.yaml, else the nearest strategy file above each post)',
    'validate.opt.stdinFilename': 'the file that `-` (stdin) stands for, e.g. posts/2027-01-12-x.md: it decides post or strategy, the .planrc.yaml and the strategy used, and the name in the findings (for editors and hooks)',
    'validate.after': `
Examples:
  plan validate                      # strategy.yaml and *.strategy.yaml here (or .planrc.yaml's files:)
  plan validate strategy.yaml
  plan validate strategy.yaml posts/ # the strategy and its posts, in one run
  plan validate posts/2027-01-12-croissant.md --strategy strategy.yaml
  plan validate examples/ --format sarif --output plan.sarif
  plan validate . --format junit --output plan-junit.xml
  cat strategy.yaml | plan validate -

Exit codes:
  0  no finding at or above --fail-severity
  1  findings at or above --fail-severity
  2  usage or input error (missing file, unmatched glob, unknown flag)

In GitHub Actions, findings become annotations and the full report is appended to
$GITHUB_STEP_SUMMARY. CI recipes: docs/ci.md`,

    // plan init
    'init.description': 'create strategy.yaml and brief.md with a guided wizard: platforms first, then audience, editorial line, objectives, community, crisis plan and policy',
    'init.opt.yes': 'take the default for every question not answered by a flag (no prompts)',
    'init.opt.quick': 'ask only steps 1 to 4 (organization, platforms, audience, editorial line)',
    'init.opt.answers': 'pre-answer questions from a YAML or JSON file (keys as in docs/init.md; - for stdin)',
    'init.opt.template': 'start from a starter strategy: product-launch, political-campaign, nonprofit-cause, local-business, b2b',
    'init.opt.out': 'folder to write strategy.yaml and brief.md in (default: the current folder)',
    'init.opt.strategy': 'where to write the strategy (default: <out>/strategy.yaml)',
    'init.opt.brief': 'where to write the brief (default: next to the strategy, brief.md)',
    'init.opt.edit': 'update the existing strategy: its values become the defaults, its comments are kept. With FILE: only add the measures its objectives lack, every other line kept',
    'init.opt.force': 'replace an existing strategy.yaml / brief.md',
    'init.opt.now': 'today’s date for computed dates (YYYY-MM-DD), for reproducible runs',
    'init.group.answers': 'Answers:',
    'init.opt.name': 'step 1: name of the organization',
    'init.opt.sector': 'step 1: sector, in a few words',
    'init.opt.region': 'step 1: ISO 3166 region, e.g. CA-QC',
    'init.opt.context': 'step 1: why this plan now',
    'init.opt.owner': 'step 1: the person accountable for the strategy',
    'init.opt.platforms': 'step 2: platforms, comma-separated, e.g. instagram,linkedin',
    'init.opt.role': 'step 2: role per platform, e.g. instagram=primary,linkedin=secondary',
    'init.opt.cadence': 'step 2: cadence per platform, e.g. instagram=3/week,linkedin=2/week',
    'init.opt.audience': 'step 3: a persona "Name:25-40" or "Name:65+@facebook" (repeatable)',
    'init.opt.positioning': 'step 4: the angle that guides every post',
    'init.opt.voice': 'step 4: three to five words, comma-separated',
    'init.opt.address': 'step 4: tu or vous (fr), informal or formal (en)',
    'init.opt.humour': 'step 4: humour level',
    'init.opt.emoji': 'step 4: emoji use',
    'init.opt.mix': 'step 4: content mix rule',
    'init.opt.pillars': 'step 4: pillars and shares summing to 100, e.g. "Tips 50, Behind the scenes 30, Offers 20"',
    'init.opt.purpose': 'step 4: purpose per pillar id (default: guessed from its name), e.g. offers=promote,tips=educate',
    'init.opt.ideas': 'step 4: one to three post ideas for a pillar id, separated by |, repeatable, e.g. offers="Pie of the month|Gift boxes"',
    'init.opt.keyDates': 'step 4: the region\'s holidays to plan posts for, by their yearly rule, e.g. "12-25, 2nd sunday after 05-01"',
    'init.opt.promoFree': 'step 4: public holidays with no promotion, by their yearly rule (default: 12-25 and 01-01), e.g. "12-25, 01-01"',
    'init.opt.do': 'step 4: what you always do (commas, or semicolons if items hold commas)',
    'init.opt.dont': 'step 4: what you never do',
    'init.opt.objective': 'an objective, in one sentence (repeatable)',
    'init.opt.measure': 'what plan report follows for an objective: [ID=]PLATFORM/METRIC[/AGGREGATE], e.g. instagram/reach/sum (repeatable; without ID=, the objectives in order)',
    'init.opt.skip': 'leave sections for later: objectives, community, crisis, policy, measurement',
    'init.after': `
Examples:
  plan init                                   # the wizard, in a terminal
  plan init --lang fr --template local-business
  plan init --yes --name "Café Boréal" --platforms instagram,facebook --audience "Familles:25-44"
  plan init --answers answers.yaml --out plan/
  plan init --edit                            # update strategy.yaml, keeping its comments

Without a terminal (CI, pipes), every question must be answered by a flag or --answers, or
--yes takes the defaults; otherwise plan init exits 2 and names the missing flags.
The language of the plan and of the questions is --lang (default: LANG).

Exit codes:
  0    files written
  2    usage or input error (missing answers without a terminal, existing file without --force)
  130  cancelled (Ctrl-C, or declined at the confirmation): nothing written`,

    // plan brief
    'brief.description': 'print the strategy as a brief people would rather read than the YAML (Markdown or HTML, English or French)',
    'brief.opt.format': "md or markdown (Markdown, the default) or html (one self-contained, printable page); by default from --out's extension",
    'brief.opt.out': 'write the brief to this regular file (atomically) instead of stdout (`-`: stdout)',
    'brief.opt.output': 'same as --out',
    'brief.opt.template': 'render with your own Eta template (see docs/brief.md for the data it receives)',
    'brief.opt.data': 'add a "Where we stand" section: the objectives against these analytics exports (a file or a folder; repeat for more; see plan report)',
    'brief.opt.posts': 'add a "Planned against drafted" section from these post files or folders (repeat for more; default: the posts folder beside the strategy, when its posts belong to it; see docs/posts.md)',
    'brief.opt.noPosts': 'leave out the "Planned against drafted" section, even with a posts folder beside the strategy',
    'brief.opt.force': 'render even if the strategy has errors (listed at the top), and replace an --out file plan brief did not write',
    'brief.opt.now': 'the date the brief is generated on (YYYY-MM-DD), for reproducible output',
    'brief.opt.maxSize': 'largest strategy file to read, e.g. 20MB',
    'brief.after': `
The brief is written in the strategy's language; --lang fr|en picks the other one.
Without --out it goes to stdout. With --out, a file is only replaced if plan brief wrote it
(it carries a "generated by plan brief" comment), unless you add --force.

Examples:
  plan brief                                  # strategy.yaml, Markdown, to stdout
  plan brief strategy.yaml --out brief.md
  plan brief strategy.yaml --out brief.html   # print it from the browser (A4 or Letter)
  plan brief strategy.yaml --lang en --format html > brief-en.html
  plan brief strategy.yaml --template my-brief.md.eta --out brief.md

Exit codes:
  0  the brief was written (also with --force despite errors)
  1  the strategy has errors (shown on stderr); fix them or add --force
  2  usage or input error (missing file, unknown flag, a file it will not overwrite, a broken template)`,

    // plan calendar
    'calendar.description': 'spread the cadence and pillars over weeks: an editorial calendar in Markdown, CSV, Hootsuite bulk CSV or iCalendar',
    'calendar.opt.from': 'first day, YYYY-MM-DD (default: the next Monday, today if today is a Monday)',
    'calendar.opt.weeks': 'number of weeks, 1 to 53',
    'calendar.opt.format': 'md (or markdown): week-by-week tables; csv: one row per post; hootsuite: Hootsuite bulk composer CSV; ics: calendar events; posts: one draft file per post, in the --out folder (default posts/)',
    'calendar.opt.out': 'write to a regular file instead of stdout (`-`: stdout); with --format posts, the folder of the drafts',
    'calendar.opt.force': 'overwrite the --out file if it exists (never a post draft)',
    'calendar.opt.platform': 'only these platforms (ids, comma-separated), e.g. one file per Hootsuite profile',
    'calendar.opt.now': 'today, for the default --from (YYYY-MM-DD), for reproducible runs',
    'calendar.opt.maxSize': 'largest strategy file to read, e.g. 20MB',
    'calendar.after': `
Examples:
  plan calendar --from 2027-01-04
  plan calendar strategy.yaml --weeks 8 --format ics --out calendar.ics
  plan calendar --format csv --out calendar.csv
  plan calendar --format hootsuite --platform instagram --out instagram.csv
  plan calendar --weeks 2 --format posts --out posts/   # one draft per post; existing ones are kept

Exit codes:
  0  calendar written
  1  the strategy has errors (listed on stderr); run plan validate for details
  2  usage or input error (bad date, missing file, existing --out without --force)`,

    // plan report
    'report.description': 'read the platforms’ analytics exports and say, objective by objective, whether the plan is working (terminal, Markdown, JSON or HTML)',
    'report.opt.data': 'an analytics export or a neutral CSV (date,platform,metric,value[,post][,name][,pillar]), or a folder of them; repeat for more',
    'report.opt.format': 'text (a table, the default), md or markdown (Markdown), json, or html (a printable page with charts); by default from --out’s extension',
    'report.opt.out': 'write the report to this regular file (atomically) instead of stdout (`-`: stdout)',
    'report.opt.force': 'replace the --out file if it exists',
    'report.opt.since': 'the day the baselines were measured (YYYY-MM-DD); by default the first day of each objective’s data',
    'report.opt.failOn': 'exit 1 when an objective is behind (behind, at risk or missed) or at risk (at risk or missed): for a scheduled CI job',
    'report.opt.now': 'today (YYYY-MM-DD), for reproducible reports',
    'report.opt.maxSize': 'largest strategy file to read, e.g. 20MB',
    'report.after': `
Examples:
  plan report --data exports/
  plan report strategy.yaml --data followers.csv --data linkedin.xlsx --format md
  plan report --data exports/ --format html --out report.html
  plan report --data exports/ --fail-on behind

Each objective needs a measure (objectives[].measure: platform, metric, aggregate).
Statuses: reached, on track (way done ≥ time gone − 10 points), behind, at risk (the rest
needs more than twice the pace so far), missed (deadline passed). See docs/report.md.

Exit codes:
  0  report written
  1  the strategy has errors, or --fail-on matched an objective
  2  usage or input error (bad flag, missing file, an export it cannot read)`,
    // plan posts
    'posts.description': 'post files: write a new one, export the checked posts to a scheduler (Hootsuite, CSV, iCalendar)',
    'posts.after': `
Examples:
  plan posts new --platform instagram --date 2027-01-12 --yes
  plan posts export --format hootsuite --platform instagram --out instagram.csv
  plan calendar --weeks 4 --format posts         # a draft per slot of the calendar

Exit codes:
  0  done
  1  plan posts export: posts with errors, or an upload Hootsuite would refuse
  2  usage or input error`,
    'posts.new.description': 'write a post file from flags or questions: front matter, a TODO text, platform variants',
    'posts.new.arg.file': 'the post file to write (default: posts/DATE-PLATFORM-PILLAR.md); never replaced',
    'posts.new.group.answers': 'Answers (each one a question on a terminal):',
    'posts.new.opt.yes': 'ask nothing: take the defaults for what the flags do not say',
    'posts.new.opt.strategy': "the post's strategy (default: .planrc.yaml's, else the nearest strategy file up from the post's folder)",
    'posts.new.opt.platform': 'platform ids, comma-separated (default: the primary platform)',
    'posts.new.opt.date': 'publication date, YYYY-MM-DD (default: tomorrow)',
    'posts.new.opt.time': "time, HH:MM in the strategy's time zone (default: the time plan calendar gives the platform)",
    'posts.new.opt.pillar': 'content pillar id',
    'posts.new.opt.objective': 'objective id',
    'posts.new.opt.audience': 'audience id',
    'posts.new.opt.campaign': 'campaign name',
    'posts.new.opt.status': 'status (default: draft)',
    'posts.new.opt.sponsored': 'a sponsored post (it must carry the disclosure the strategy names, e.g. #ad)',
    'posts.new.opt.partner': 'the partner of a partnership post',
    'posts.new.opt.author': "who writes it (default: the platform's owner, else the organization's)",
    'posts.new.opt.approvedBy': 'who approved it (edgy humour and sensitive topics need someone other than the author)',
    'posts.new.opt.humour': 'humour of the post',
    'posts.new.opt.text': 'the text (- reads it from standard input; default: a TODO to write)',
    'posts.new.opt.variant': 'a platform variant: `x` (a TODO) or `x=Short text`; repeatable',
    'posts.new.opt.now': 'today, for the default date (YYYY-MM-DD), for reproducible runs',
    'posts.new.after': `
Examples:
  plan posts new                                      # asks on a terminal
  plan posts new --platform instagram,x --date 2027-01-12 --pillar quartier --yes
  plan posts new posts/croissant.md --platform x --text "Le croissant du mois est là" --yes
  echo "Text of the post" | plan posts new --text - --variant "x=Short text" --yes

Exit codes:
  0  the post file was written (its path on stdout)
  2  usage or input error (unknown platform or pillar, bad date, a file that exists, no terminal without --yes)
  130  cancelled`,
    'posts.export.description': 'export the checked posts for a scheduler: Hootsuite bulk CSV, CSV, or iCalendar, with each platform\'s own text',
    'posts.export.arg.paths': 'post files or folders (default: posts/)',
    'posts.export.opt.format': 'hootsuite: Hootsuite bulk composer CSV (one profile per file); csv: one row per post and platform; ics: calendar events',
    'posts.export.opt.out': 'write to a regular file instead of stdout (`-`: stdout)',
    'posts.export.opt.force': 'overwrite the --out file if it exists',
    'posts.export.opt.platform': 'only these platforms (ids, comma-separated): one Hootsuite file per profile',
    'posts.export.opt.from': 'only posts on or after this date (YYYY-MM-DD)',
    'posts.export.opt.to': 'only posts on or before this date (YYYY-MM-DD)',
    'posts.export.opt.allowErrors': 'export even when posts have errors',
    'posts.export.opt.strategy': "the posts' strategy (default: .planrc.yaml's, else the nearest strategy file up from each post)",
    'posts.export.opt.now': 'today, for Hootsuite’s "not in the past" check (YYYY-MM-DD)',
    'posts.export.after': `
Posts are checked as plan validate checks them; one with an error stops the export unless
--allow-errors. Published posts are left out, and Hootsuite gets only posts whose status is
\`ready\` or \`scheduled\`. Each platform gets its variant when the post has one.

Examples:
  plan posts export --format hootsuite --platform instagram --out instagram.csv
  plan posts export posts/2027-01 --format ics --out posts.ics
  plan posts export --format csv --from 2027-01-01 --to 2027-01-31 > january.csv

Exit codes:
  0  exported
  1  posts have errors (listed on stderr), or Hootsuite would refuse the upload
  2  usage or input error (no post files, bad date, existing --out without --force)`,

    // plan platforms
    'platforms.description': 'show the platform catalogue: cadence, active minimum, text limit, formats, reach by age, with sources',
    'platforms.arg.id': 'a platform to show in full, with its sources, e.g. instagram',
    'platforms.after': `
Examples:
  plan platforms
  plan platforms instagram --lang fr
  plan platforms --format json

The data lives in src/knowledge/platforms.yaml, with a source and a date for every fact.

Exit codes:
  0  printed
  2  unknown platform id or bad flag`,

    // plan rules
    'rules.description': 'list the rules plan validate applies, or explain one with its fix and examples',
    'rules.arg.id': 'a rule to explain, e.g. community/response-time',
    'rules.after': `
Examples:
  plan rules
  plan rules community/response-time
  plan rules --format json --lang fr

Change a rule's severity, or turn it off, in .planrc.yaml (see docs/rules.md):
  rules:
    objectives/baseline: off

Exit codes:
  0  printed
  2  unknown rule id or bad flag`,

    // plan completion
    'completion.description': 'print a shell completion script (bash, zsh or fish)',
    'completion.arg.shell': 'the shell',
    'completion.after': `
Install:
  bash  plan completion bash > ~/.local/share/bash-completion/completions/plan
  zsh   plan completion zsh > "\${fpath[1]}/_plan"
  fish  plan completion fish > ~/.config/fish/completions/plan.fish

Exit codes:
  0  script printed
  2  unknown or missing shell`,
  },
  fr: {
    'title.usage': 'Utilisation :',
    'title.options': 'Options :',
    'title.arguments': 'Arguments :',
    'title.commands': 'Commandes :',
    'title.globalOptions': 'Options globales :',
    'usage.options': '[options]',
    'usage.command': '[commande]',
    'extra.choices': 'choix : {list}',
    'extra.default': 'par défaut : {value}',
    'extra.preset': 'valeur implicite : {value}',
    'extra.env': 'variable d’environnement : {name}',
    'ph.lang': 'langue',
    'ph.file': 'fichier',
    'ph.date': 'date',
    'ph.size': 'taille',
    'ph.name': 'nom',
    'ph.level': 'niveau',
    'ph.n': 'n',
    'ph.ids': 'ids',
    'ph.dir': 'dossier',
    'ph.text': 'texte',
    'ph.code': 'code',
    'ph.context': 'contexte',
    'ph.pairs': 'paires',
    'ph.persona': 'persona',
    'ph.words': 'mots',
    'ph.form': 'forme',
    'ph.use': 'usage',
    'ph.rule': 'règle',
    'ph.list': 'liste',
    'ph.statement': 'énoncé',
    'ph.sections': 'sections',
    'ph.shell': 'shell',
    'ph.strategy': 'stratégie',
    'ph.paths': 'chemins',
    'ph.path': 'chemin',
    'ph.platform-id': 'plateforme',
    'ph.rule-id': 'règle',
    'ph.command': 'commande',
    'ph.format': 'format',
    'ph.time': 'heure',
    'ph.id': 'id',
    'ph.status': 'statut',
    'ph.variant': 'variante',

    'error.unknownOption': "erreur : option inconnue '{option}'",
    'error.unknownCommand': "erreur : commande inconnue '{command}'",
    'error.missingArgument': "erreur : il manque l’argument obligatoire '{name}'",
    'error.optionArgumentMissing': "erreur : l’option '{option}' attend une valeur",
    'error.requiredOption': "erreur : l’option obligatoire '{option}' est absente",
    'error.invalidOption': "erreur : la valeur '{value}' n’est pas valide pour l’option '{option}'.{detail}",
    'error.invalidArgument': "erreur : la valeur '{value}' n’est pas valide pour l’argument '{name}'.{detail}",
    'error.allowedChoices': 'Choix permis : {choices}.',
    'error.tooManyArguments': 'erreur : trop d’arguments{forCommand}. Au plus {expected} attendu(s), {received} reçu(s).',
    'error.forCommand': " pour '{command}'",
    'error.conflict': 'erreur : {first} ne peut pas être utilisé avec {second}',
    'error.didYouMean': '(Vouliez-vous dire {suggestion}?)',
    'error.didYouMeanOneOf': '(Vouliez-vous dire l’un de ceux-ci : {suggestions}?)',
    'error.seeHelp': 'Lancez `{command} --help` pour voir ce qui est accepté.',

    'program.description': 'Transformer une stratégie de médias sociaux en code : plan init la rédige, plan validate la vérifie, plan brief la présente.',
    'program.opt.version': 'afficher la version',
    'program.opt.help': 'afficher l’aide',
    'program.cmd.help': 'afficher l’aide d’une commande',
    'program.opt.noColor': 'sans couleurs (aussi NO_COLOR=1 ou TERM=dumb)',
    'program.opt.color': 'forcer les couleurs',
    'program.opt.quiet': 'n’afficher que les résultats et les erreurs',
    'program.opt.verbose': 'afficher la trace de la pile lors d’une erreur inattendue',
    'program.opt.lang': 'langue des messages : en ou fr (par défaut : celle de la stratégie, sinon LANG)',
    'program.after': `
Codes de sortie :
  0    succès, ou aucun problème de gravité --fail-severity ou plus
  1    au moins un problème de gravité --fail-severity ou plus
  2    erreur d’utilisation ou de lecture
  130  annulé (Ctrl-C); 143 interrompu (SIGTERM)

In English: plan --lang en --help (or LANG=en_CA.UTF-8).`,

    'common.arg.strategy': 'le fichier de stratégie, ou - pour l’entrée standard (par défaut : strategy.yaml, sinon l’unique *.strategy.yaml d’ici ou des `files:` de .planrc.yaml)',
    'common.opt.config': 'fichier de configuration des règles (par défaut : le .planrc.yaml le plus proche)',
    'common.opt.format': 'format de sortie',

    'ph.old': 'ancien',
    'ph.new': 'nouveau',
    'diff.description': 'ce qu’un changement fait à une stratégie, dans ses mots : plateformes, publics, objectifs, piliers, ton, crise, et les constats qu’il ajoute ou corrige',
    'diff.arg.old': 'l’ancien fichier, ou une révision git (main, HEAD~1, origin/main) où lire l’ancienne version',
    'diff.arg.files': 'le nouveau fichier ; après une révision, les fichiers à comparer (par défaut : les fichiers de stratégie modifiés depuis)',
    'diff.opt.format': 'text : pour un terminal ; markdown : un commentaire de demande de fusion ; json : pour les scripts',
    'diff.opt.failOnNew': 'code de sortie 1 quand le changement ajoute un constat de ce niveau ou plus grave (error ou warn)',
    'diff.opt.ignoreOrder': 'omettre les éléments qui ont seulement changé de place',
    'diff.opt.output': 'écrire la comparaison dans un fichier plutôt qu’à la sortie standard',
    'diff.after': `
Exemples :
  plan diff ancienne.strategy.yaml strategy.yaml
  plan diff main strategy.yaml
  plan diff origin/main --format markdown --output commentaire.md
  plan diff HEAD~1 --fail-on-new error

Comme pilote de diff pour git (docs/review.md) :
  echo '*.strategy.yaml diff=plan' >> .gitattributes
  git config diff.plan.command 'plan diff'

Codes de sortie :
  0  la comparaison a été affichée (un changement n’est pas un échec)
  1  --fail-on-new : le changement ajoute un constat de ce niveau
  2  erreur d’utilisation ou d’entrée (fichier absent, révision inconnue)
`,
    'validate.description': 'vérifier des fichiers de stratégie et de publications : YAML, schéma, les règles qui forcent les décisions et les vérifications des publications',
    'validate.arg.paths': 'fichiers (stratégies *.yaml, publications *.md), dossiers (on y cherche les *.yaml / *.yml et les posts/**/*.md), motifs glob entre guillemets, ou - pour l’entrée standard (par défaut : les `files:` de .planrc.yaml, sinon strategy.yaml et *.strategy.yaml d’ici)',
    'validate.opt.format': 'format de sortie (par défaut : stylish; github quand GITHUB_ACTIONS=true)',
    'validate.opt.output': 'écrire le rapport dans un fichier ordinaire plutôt qu’à la sortie standard (`-` : la sortie standard)',
    'validate.opt.failSeverity': 'gravité la plus basse qui donne le code de sortie 1',
    'validate.opt.now': 'la date à laquelle les règles comparent les échéances (AAAA-MM-JJ), pour des résultats reproductibles',
    'validate.opt.maxSize': 'taille maximale d’un fichier à lire, p. ex. 20MB',
    'validate.opt.strategy': 'la stratégie à laquelle les publications appartiennent (par défaut : `strategy:` de .planrc.yaml, sinon le fichier de stratégie le plus proche au-dessus de chaque publication)',
    'validate.opt.stdinFilename': 'le fichier que représente `-` (l’entrée standard), p. ex. posts/2027-01-12-x.md\u202f: il décide publication ou stratégie, le .planrc.yaml et la stratégie utilisés, et le nom donné dans les constats (pour les éditeurs et les crochets)',
    'validate.after': `
Exemples :
  plan validate                      # strategy.yaml et *.strategy.yaml d’ici (ou les files: de .planrc.yaml)
  plan validate strategy.yaml
  plan validate strategy.yaml posts/ # la stratégie et ses publications, en une passe
  plan validate posts/2027-01-12-croissant.md --strategy strategy.yaml
  plan validate examples/ --format sarif --output plan.sarif
  plan validate . --format junit --output plan-junit.xml
  cat strategy.yaml | plan validate -

Codes de sortie :
  0  aucun problème de gravité --fail-severity ou plus
  1  au moins un problème de gravité --fail-severity ou plus
  2  erreur d’utilisation ou de lecture (fichier introuvable, motif sans
     résultat, option inconnue)

Dans GitHub Actions, les problèmes deviennent des annotations et le rapport
complet est ajouté à $GITHUB_STEP_SUMMARY. Recettes d’intégration continue :
docs/ci.md`,

    'init.description': 'créer strategy.yaml et brief.md avec un assistant guidé : les plateformes d’abord, puis les publics, la ligne éditoriale, les objectifs, la communauté, le plan de crise et la politique d’utilisation',
    'init.opt.yes': 'prendre la réponse par défaut pour chaque question sans option correspondante (aucune question posée)',
    'init.opt.quick': 'poser seulement les étapes 1 à 4 (organisation, plateformes, public cible, ligne éditoriale)',
    'init.opt.answers': 'répondre d’avance aux questions à partir d’un fichier YAML ou JSON (clés décrites dans docs/init.md; - pour l’entrée standard)',
    'init.opt.template': 'partir d’une stratégie type : product-launch, political-campaign, nonprofit-cause, local-business, b2b',
    'init.opt.out': 'dossier où écrire strategy.yaml et brief.md (par défaut : le dossier courant)',
    'init.opt.strategy': 'où écrire la stratégie (par défaut : <out>/strategy.yaml)',
    'init.opt.brief': 'où écrire le brief (par défaut : brief.md, à côté de la stratégie)',
    'init.opt.edit': 'mettre à jour la stratégie existante : ses valeurs deviennent les réponses par défaut, ses commentaires sont conservés. Avec FICHIER : seulement ajouter les mesures qui manquent à ses objectifs, toutes les autres lignes gardées',
    'init.opt.force': 'remplacer un strategy.yaml ou un brief.md existant',
    'init.opt.now': 'date du jour pour les dates calculées (AAAA-MM-JJ), pour des résultats reproductibles',
    'init.group.answers': 'Réponses :',
    'init.opt.name': 'étape 1 : nom de l’organisation',
    'init.opt.sector': 'étape 1 : secteur d’activité, en quelques mots',
    'init.opt.region': 'étape 1 : région ISO 3166, p. ex. CA-QC',
    'init.opt.context': 'étape 1 : pourquoi ce plan maintenant',
    'init.opt.owner': 'étape 1 : la personne responsable de la stratégie',
    'init.opt.platforms': 'étape 2 : plateformes, séparées par des virgules, p. ex. instagram,linkedin',
    'init.opt.role': 'étape 2 : rôle de chaque plateforme, p. ex. instagram=primary,linkedin=secondary',
    'init.opt.cadence': 'étape 2 : rythme de publication par plateforme, p. ex. instagram=3/week,linkedin=2/week',
    'init.opt.audience': 'étape 3 : un persona "Nom:25-40" ou "Nom:65+@facebook" (répétable)',
    'init.opt.positioning': 'étape 4 : l’angle qui guide chaque publication',
    'init.opt.voice': 'étape 4 : trois à cinq mots, séparés par des virgules',
    'init.opt.address': 'étape 4 : tu ou vous (fr), informal ou formal (en)',
    'init.opt.humour': 'étape 4 : dose d’humour',
    'init.opt.emoji': 'étape 4 : usage des émojis',
    'init.opt.mix': 'étape 4 : règle de répartition des contenus',
    'init.opt.pillars': 'étape 4 : piliers et leurs parts, qui totalisent 100, p. ex. "Conseils 50, Coulisses 30, Offres 20"',
    'init.opt.purpose': 'étape 4 : fonction de chaque pilier, par id (par défaut : devinée de son nom), p. ex. offres=promote,conseils=educate',
    'init.opt.ideas': 'étape 4 : une à trois idées de publications pour un id de pilier, séparées par |, répétable, p. ex. offres="Le croissant du mois|La boîte du samedi"',
    'init.opt.keyDates': 'étape 4 : les jours fériés de la région à souligner, par leur règle annuelle, p. ex. "06-24, 2nd sunday after 05-01"',
    'init.opt.promoFree': 'étape 4 : jours fériés sans promotion, par leur règle annuelle (par défaut : 12-25 et 01-01), p. ex. "12-25, 01-01"',
    'init.opt.do': 'étape 4 : ce que vous faites toujours (virgules, ou points-virgules si les éléments contiennent des virgules)',
    'init.opt.dont': 'étape 4 : ce que vous ne faites jamais',
    'init.opt.objective': 'un objectif, en une phrase (répétable)',
    'init.opt.measure': 'ce que plan report suit pour un objectif : [ID=]PLATEFORME/MÉTRIQUE[/AGRÉGATION], p. ex. instagram/reach/sum (répétable; sans ID=, les objectifs dans l’ordre)',
    'init.opt.skip': 'remettre des sections à plus tard : objectives, community, crisis, policy, measurement',
    'init.after': `
Exemples :
  plan init                                   # l’assistant, dans un terminal
  plan init --lang fr --template local-business
  plan init --yes --name "Café Boréal" --platforms instagram,facebook --audience "Familles:25-44"
  plan init --answers reponses.yaml --out plan/
  plan init --edit                            # mise à jour, commentaires conservés

Sans terminal (intégration continue, redirections), chaque question doit avoir
sa réponse dans une option ou dans --answers, ou bien --yes prend les réponses
par défaut; sinon plan init se termine avec le code 2 et nomme les options
manquantes. La langue du plan et des questions est celle de --lang (par
défaut : LANG).

Codes de sortie :
  0    fichiers écrits
  2    erreur d’utilisation ou de lecture (réponses manquantes sans terminal,
       fichier existant sans --force)
  130  annulé (Ctrl-C, ou refus à la confirmation) : rien n’a été écrit`,

    'brief.description': 'présenter la stratégie dans un brief plus agréable à lire que le YAML (Markdown ou HTML, français ou anglais)',
    'brief.opt.format': 'md ou markdown (Markdown, par défaut) ou html (une page autonome, prête à imprimer); par défaut, selon l’extension de --out',
    'brief.opt.out': 'écrire le brief dans ce fichier ordinaire (de façon atomique) plutôt qu’à la sortie standard (`-` : la sortie standard)',
    'brief.opt.output': 'comme --out',
    'brief.opt.template': 'produire le brief avec votre propre gabarit Eta (docs/brief.md décrit les données qu’il reçoit)',
    'brief.opt.data': 'ajouter une section « Où nous en sommes » : les objectifs comparés à ces exports de statistiques (un fichier ou un dossier; répétez pour en donner plusieurs; voir plan report)',
    'brief.opt.posts': 'ajouter une section « Prévu et rédigé » à partir de ces fichiers ou dossiers de publications (répétez pour en donner plusieurs; par défaut : le dossier posts à côté de la stratégie, si ses publications lui appartiennent; voir docs/posts.md)',
    'brief.opt.noPosts': 'ne pas ajouter la section « Prévu et rédigé », même avec un dossier posts à côté de la stratégie',
    'brief.opt.force': 'produire le brief même si la stratégie contient des erreurs (listées en tête), et remplacer un fichier --out que plan brief n’a pas écrit',
    'brief.opt.now': 'la date de production du brief (AAAA-MM-JJ), pour un résultat reproductible',
    'brief.opt.maxSize': 'taille maximale du fichier de stratégie à lire, p. ex. 20MB',
    'brief.after': `
Le brief est rédigé dans la langue de la stratégie; --lang fr|en choisit
l’autre langue. Sans --out, il va à la sortie standard. Avec --out, un fichier
n’est remplacé que si plan brief l’a écrit (il porte un commentaire « generated
by plan brief »), à moins d’ajouter --force.

Exemples :
  plan brief                                  # strategy.yaml, Markdown, à l’écran
  plan brief strategy.yaml --out brief.md
  plan brief strategy.yaml --out brief.html   # à imprimer (Lettre ou A4)
  plan brief strategy.yaml --lang en --format html > brief-en.html
  plan brief strategy.yaml --template mon-brief.md.eta --out brief.md

Codes de sortie :
  0  le brief a été écrit (aussi avec --force malgré des erreurs)
  1  la stratégie contient des erreurs (affichées sur la sortie d’erreur);
     corrigez-les ou ajoutez --force
  2  erreur d’utilisation ou de lecture (fichier introuvable, option inconnue,
     fichier qu’il refuse de remplacer, gabarit défectueux)`,

    'calendar.description': 'répartir le rythme de publication et les piliers sur des semaines : un calendrier éditorial en Markdown, CSV, CSV d’importation groupée Hootsuite ou iCalendar',
    'calendar.opt.from': 'premier jour, AAAA-MM-JJ (par défaut : le lundi qui vient, ou aujourd’hui si on est lundi)',
    'calendar.opt.weeks': 'nombre de semaines, de 1 à 53',
    'calendar.opt.format': 'md (ou markdown) : tableaux semaine par semaine; csv : une ligne par publication; hootsuite : CSV de publication groupée Hootsuite; ics : événements d’agenda; posts : un brouillon par publication, dans le dossier --out (par défaut posts/)',
    'calendar.opt.out': 'écrire dans un fichier ordinaire plutôt qu’à la sortie standard (`-` : la sortie standard); avec --format posts, le dossier des brouillons',
    'calendar.opt.force': 'remplacer le fichier --out s’il existe (jamais un brouillon de publication)',
    'calendar.opt.platform': 'seulement ces plateformes (identifiants séparés par des virgules), p. ex. un fichier par profil Hootsuite',
    'calendar.opt.now': 'la date du jour, pour la valeur par défaut de --from (AAAA-MM-JJ), pour des résultats reproductibles',
    'calendar.opt.maxSize': 'taille maximale du fichier de stratégie à lire, p. ex. 20MB',
    'calendar.after': `
Exemples :
  plan calendar --from 2027-01-04
  plan calendar strategy.yaml --weeks 8 --format ics --out calendrier.ics
  plan calendar --format csv --out calendrier.csv
  plan calendar --format hootsuite --platform instagram --out instagram.csv
  plan calendar --weeks 2 --format posts --out posts/   # un brouillon par publication; les existants restent

Codes de sortie :
  0  calendrier écrit
  1  la stratégie contient des erreurs (listées sur la sortie d’erreur);
     lancez plan validate pour le détail
  2  erreur d’utilisation ou de lecture (date invalide, fichier introuvable,
     fichier --out existant sans --force)`,

    // plan report
    'report.description': 'lire les exports de statistiques des plateformes et dire, objectif par objectif, si le plan fonctionne (terminal, Markdown, JSON ou HTML)',
    'report.opt.data': 'un export de statistiques ou un CSV neutre (date,platform,metric,value[,post][,name][,pillar]), ou un dossier qui en contient; répétez pour en donner plusieurs',
    'report.opt.format': 'text (un tableau, par défaut), md ou markdown (Markdown), json ou html (une page imprimable avec graphiques); par défaut, selon l’extension de --out',
    'report.opt.out': 'écrire le rapport dans ce fichier ordinaire (de façon atomique) plutôt qu’à la sortie standard (`-` : la sortie standard)',
    'report.opt.force': 'remplacer le fichier --out s’il existe',
    'report.opt.since': 'le jour où les valeurs de départ ont été mesurées (AAAA-MM-JJ); par défaut, le premier jour des données de chaque objectif',
    'report.opt.failOn': 'sortir avec le code 1 quand un objectif est en retard (behind : en retard, à risque ou manqué) ou à risque (at-risk : à risque ou manqué) : pour une tâche CI planifiée',
    'report.opt.now': 'la date du jour (AAAA-MM-JJ), pour des rapports reproductibles',
    'report.opt.maxSize': 'taille maximale du fichier de stratégie à lire, p. ex. 20MB',
    'report.after': `
Exemples :
  plan report --data exports/
  plan report strategie.yaml --data abonnes.csv --data linkedin.xlsx --format md
  plan report --data exports/ --format html --out rapport.html
  plan report --data exports/ --fail-on behind

Chaque objectif a besoin d’une mesure (objectives[].measure : platform, metric, aggregate).
États : atteint, en bonne voie (chemin fait ≥ temps écoulé − 10 points), en retard, à risque
(le reste demande plus du double du rythme suivi jusqu’ici), manqué (échéance passée).
Voir docs/report.md.

Codes de sortie :
  0  rapport écrit
  1  la stratégie contient des erreurs, ou --fail-on a trouvé un objectif
  2  erreur d’utilisation ou de lecture (option invalide, fichier introuvable,
     export illisible)`,

    'posts.description': 'fichiers de publication : en rédiger un, exporter les publications vérifiées vers un outil de programmation (Hootsuite, CSV, iCalendar)',
    'posts.after': `
Exemples :
  plan posts new --platform instagram --date 2027-01-12 --yes
  plan posts export --format hootsuite --platform instagram --out instagram.csv
  plan calendar --weeks 4 --format posts         # un brouillon par case du calendrier

Codes de sortie :
  0  terminé
  1  plan posts export : des publications ont des erreurs, ou Hootsuite refuserait l’envoi
  2  erreur d’utilisation ou de lecture`,
    'posts.new.description': 'rédiger un fichier de publication à partir d’options ou de questions : en-tête, un texte TODO, des variantes par plateforme',
    'posts.new.arg.file': 'le fichier de publication à écrire (par défaut : posts/DATE-PLATEFORME-PILIER.md); jamais remplacé',
    'posts.new.group.answers': 'Réponses (chacune une question dans un terminal) :',
    'posts.new.opt.yes': 'ne rien demander : prendre les valeurs par défaut pour ce que les options ne disent pas',
    'posts.new.opt.strategy': 'la stratégie de la publication (par défaut : celle de .planrc.yaml, sinon le fichier de stratégie le plus proche en remontant du dossier de la publication)',
    'posts.new.opt.platform': 'identifiants de plateformes séparés par des virgules (par défaut : la plateforme principale)',
    'posts.new.opt.date': 'date de publication, AAAA-MM-JJ (par défaut : demain)',
    'posts.new.opt.time': 'heure, HH:MM dans le fuseau de la stratégie (par défaut : l’heure que plan calendar donne à la plateforme)',
    'posts.new.opt.pillar': 'identifiant du pilier de contenu',
    'posts.new.opt.objective': 'identifiant de l’objectif',
    'posts.new.opt.audience': 'identifiant du public',
    'posts.new.opt.campaign': 'nom de la campagne',
    'posts.new.opt.status': 'statut (par défaut : draft)',
    'posts.new.opt.sponsored': 'une publication commanditée (elle doit porter la mention que la stratégie nomme, p. ex. #pub)',
    'posts.new.opt.partner': 'le partenaire d’une publication en partenariat',
    'posts.new.opt.author': 'qui la rédige (par défaut : le responsable de la plateforme, sinon celui de l’organisation)',
    'posts.new.opt.approvedBy': 'qui l’a approuvée (l’humour osé et les sujets sensibles demandent une autre personne que l’auteur)',
    'posts.new.opt.humour': 'humour de la publication',
    'posts.new.opt.text': 'le texte (- le lit sur l’entrée standard; par défaut : un TODO à rédiger)',
    'posts.new.opt.variant': 'une variante de plateforme : `x` (un TODO) ou `x=Texte court`; répétable',
    'posts.new.opt.now': 'la date du jour, pour la date par défaut (AAAA-MM-JJ), pour des résultats reproductibles',
    'posts.new.after': `
Exemples :
  plan posts new                                      # pose les questions dans un terminal
  plan posts new --platform instagram,x --date 2027-01-12 --pillar quartier --yes
  plan posts new posts/croissant.md --platform x --text "Le croissant du mois est là" --yes
  echo "Texte de la publication" | plan posts new --text - --variant "x=Texte court" --yes

Codes de sortie :
  0  le fichier de publication est écrit (son chemin sur la sortie standard)
  2  erreur d’utilisation ou de lecture (plateforme ou pilier inconnu, date invalide,
     fichier existant, pas de terminal sans --yes)
  130  annulé`,
    'posts.export.description': 'exporter les publications vérifiées pour un outil de programmation : CSV groupé Hootsuite, CSV ou iCalendar, avec le texte propre à chaque plateforme',
    'posts.export.arg.paths': 'fichiers ou dossiers de publications (par défaut : posts/)',
    'posts.export.opt.format': 'hootsuite : CSV de publication groupée Hootsuite (un profil par fichier); csv : une ligne par publication et plateforme; ics : événements d’agenda',
    'posts.export.opt.out': 'écrire dans un fichier ordinaire plutôt qu’à la sortie standard (`-` : la sortie standard)',
    'posts.export.opt.force': 'remplacer le fichier --out s’il existe',
    'posts.export.opt.platform': 'seulement ces plateformes (identifiants séparés par des virgules) : un fichier Hootsuite par profil',
    'posts.export.opt.from': 'seulement les publications à partir de cette date (AAAA-MM-JJ)',
    'posts.export.opt.to': 'seulement les publications jusqu’à cette date (AAAA-MM-JJ)',
    'posts.export.opt.allowErrors': 'exporter même si des publications ont des erreurs',
    'posts.export.opt.strategy': 'la stratégie des publications (par défaut : celle de .planrc.yaml, sinon le fichier de stratégie le plus proche en remontant de chaque publication)',
    'posts.export.opt.now': 'la date du jour, pour la vérification « pas dans le passé » de Hootsuite (AAAA-MM-JJ)',
    'posts.export.after': `
Les publications sont vérifiées comme plan validate les vérifie; une erreur arrête
l’exportation, sauf avec \`--allow-errors\`. Les publications déjà publiées sont laissées de côté,
et Hootsuite ne reçoit que les publications au statut \`ready\` ou \`scheduled\`.
Chaque plateforme reçoit sa variante quand la publication en a une.

Exemples :
  plan posts export --format hootsuite --platform instagram --out instagram.csv
  plan posts export posts/2027-01 --format ics --out publications.ics
  plan posts export --format csv --from 2027-01-01 --to 2027-01-31 > janvier.csv

Codes de sortie :
  0  exporté
  1  des publications ont des erreurs (listées sur la sortie d’erreur), ou Hootsuite refuserait l’envoi
  2  erreur d’utilisation ou de lecture (aucun fichier de publication, date invalide,
     fichier --out existant sans --force)`,

    'platforms.description': 'afficher le catalogue des plateformes : rythme de publication, minimum pour rester actif, limite de texte, formats, portée par âge, avec les sources',
    'platforms.arg.id': 'une plateforme à afficher en entier, avec ses sources, p. ex. instagram',
    'platforms.after': `
Exemples :
  plan platforms
  plan platforms instagram --lang fr
  plan platforms --format json

Les données se trouvent dans src/knowledge/platforms.yaml, avec une source et
une date pour chaque fait.

Codes de sortie :
  0  affiché
  2  plateforme inconnue ou option invalide`,

    'rules.description': 'lister les règles qu’applique plan validate, ou en expliquer une avec sa correction et des exemples',
    'rules.arg.id': 'une règle à expliquer, p. ex. community/response-time',
    'rules.after': `
Exemples :
  plan rules
  plan rules community/response-time
  plan rules --format json --lang fr

Changez la gravité d’une règle, ou désactivez-la, dans .planrc.yaml
(voir docs/rules.md) :
  rules:
    objectives/baseline: off

Codes de sortie :
  0  affiché
  2  règle inconnue ou option invalide`,

    'completion.description': 'afficher un script d’autocomplétion pour le shell (bash, zsh ou fish)',
    'completion.arg.shell': 'le shell',
    'completion.after': `
Installation :
  bash  plan completion bash > ~/.local/share/bash-completion/completions/plan
  zsh   plan completion zsh > "\${fpath[1]}/_plan"
  fish  plan completion fish > ~/.config/fish/completions/plan.fish

Codes de sortie :
  0  script affiché
  2  shell inconnu ou manquant`,
  },
});

export type HelpKey = keyof typeof helpCatalog.en;

/** What a command definition needs to word its help: the language, the catalog, and flag placeholders. */
export interface HelpWords {
  lang: Lang;
  t: Translate<HelpKey>;
  /** Translate the placeholders of an option's flags or an argument's name: `-o, --out <file>` -> `<fichier>`. */
  flags: (spec: string) => string;
}

export function helpWords(lang: Lang): HelpWords {
  const t = translator(helpCatalog, lang);
  const table = helpCatalog[lang] as Record<string, string>;
  const flags = (spec: string) =>
    spec.replace(/([<[])([\w-]+)((?:\.\.\.)?[>\]])/g, (whole, open: string, word: string, close: string) => {
      const translated = table[`ph.${word}`];
      return translated === undefined ? whole : `${open}${translated}${close}`;
    });
  return { lang, t, flags };
}

/**
 * The language of the help and of usage errors: `--lang fr|en` anywhere before `--`, then LC_ALL /
 * LC_MESSAGES / LANG, then English. No strategy is read to print help.
 */
export function helpLang(argv: readonly string[], env: Env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) return value;
  }
  return langFromEnv(env) ?? 'en';
}

type Rewrite = [RegExp, (t: Translate<HelpKey>, m: RegExpMatchArray) => string];

/** Commander's messages (commander 14), each anchored to a whole line. */
const REWRITES: Rewrite[] = [
  [/^error: unknown option '(.*)'$/, (t, m) => t('error.unknownOption', { option: m[1]! })],
  [/^error: unknown command '(.*)'$/, (t, m) => t('error.unknownCommand', { command: m[1]! })],
  [/^error: missing required argument '(.*)'$/, (t, m) => t('error.missingArgument', { name: m[1]! })],
  [/^error: option '(.*)' argument missing$/, (t, m) => t('error.optionArgumentMissing', { option: m[1]! })],
  [/^error: required option '(.*)' not specified$/, (t, m) => t('error.requiredOption', { option: m[1]! })],
  [
    /^error: option '(.*?)' argument '(.*)' is invalid\.(?: (.*))?$/,
    (t, m) => t('error.invalidOption', { option: m[1]!, value: m[2]!, detail: detail(t, m[3]) }),
  ],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.*?)'\.(?: (.*))?$/,
    (t, m) => t('error.invalidArgument', { value: m[1]!, name: m[2]!, detail: detail(t, m[3]) }),
  ],
  [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (t, m) => t('error.tooManyArguments', { forCommand: m[1] === undefined ? '' : t('error.forCommand', { command: m[1] }), expected: m[2]!, received: m[3]! }),
  ],
  [/^error: (.*) cannot be used with (.*)$/, (t, m) => t('error.conflict', { first: m[1]!, second: m[2]! })],
  [/^\(Did you mean one of (.*)\?\)$/, (t, m) => t('error.didYouMeanOneOf', { suggestions: m[1]! })],
  [/^\(Did you mean (.*)\?\)$/, (t, m) => t('error.didYouMean', { suggestion: m[1]! })],
];

function detail(t: Translate<HelpKey>, text: string | undefined): string {
  if (text === undefined) return '';
  const choices = /^Allowed choices are (.*)\.$/.exec(text);
  return ' ' + (choices ? t('error.allowedChoices', { choices: choices[1]! }) : text);
}

/**
 * Commander's error message in the help language. English is commander's own text, untouched;
 * a line no pattern recognises passes through unchanged (a newer commander may word things
 * differently: better English than nothing).
 */
export function translateCommanderError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  const t = translator(helpCatalog, lang);
  return message
    .split('\n')
    .map((line) => {
      for (const [pattern, rewrite] of REWRITES) {
        const match = pattern.exec(line);
        if (match) return rewrite(t, match);
      }
      return line;
    })
    .join('\n');
}
