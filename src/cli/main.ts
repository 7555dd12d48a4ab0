/**
 * The `programkartan` command line: one file per command, each parse → call
 * → print. Exit codes follow docs/cli-contract (0 ok, 1 failure, 2 bad input,
 * 3 some site unreachable).
 */
import { Command, CommanderError, Option } from 'commander';
import { CONFIG_ENVIRONMENT } from '../config/index.ts';
import { exitCodeFor, oneLine } from './errors.ts';
import { parseCodes, parseYear } from './parse.ts';

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('programkartan')
    .description('Inventerar kommunernas näringslivs- och tillväxtprogram (inventories Swedish municipalities’ business and growth programs)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError(false)
    .addHelpText('after', `\nEnvironment:\n${CONFIG_ENVIRONMENT.map((c) => `  ${c.env}  (${c.key})`).join('\n')}\n`);

  program
    .command('inventory')
    .description('crawl municipal websites, find and classify programs valid in YEAR, store in --db')
    .option('--sites <file>', 'CSV with header code,name,url (default: the built-in registry of 290 municipalities)')
    .requiredOption('--year <year>', 'inventory year', parseYear)
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .option('--county <NN>', 'only municipalities in this county (2-digit code)')
    .option('--only <codes>', 'only these municipality codes, comma-separated', parseCodes)
    .option('--allow-private-hosts', 'allow loopback and private addresses (tests and local fixtures)')
    .option('--delay-ms <ms>', 'minimum gap between requests to one origin (default 1000)')
    .option('--concurrency <n>', 'sites crawled in parallel (default 48)')
    .option('--page-budget <n>', 'max fetches per site (default 40)')
    .option('--timeout-ms <ms>', 'per-request timeout (default 20000)')
    .addOption(new Option('--format <format>', 'summary on stdout as json').choices(['json', 'text']))
    .option('--no-progress', 'no progress output on stderr')
    .option('--enqueue', 'only plan the run as jobs in PostgreSQL for `programkartan worker` processes, print the run id')
    .option('--heartbeat-seconds <s>', 'with --enqueue: a worker silent this long loses its job to another (min 10, default 30)')
    .action(async (flags) => {
      const { inventoryCommand } = await import('./inventory-command.ts');
      exitCode = await inventoryCommand(flags);
    });

  program
    .command('worker')
    .description('take crawl jobs of any enqueued run from the PostgreSQL queue (any number of workers, any machines)')
    .option('--db <url>', 'postgres:// URL (default: DATABASE_URL)')
    .option('--until-idle', 'exit 0 once no queued or active jobs are left')
    .option('--concurrency <n>', 'sites this worker crawls in parallel (default 48)')
    .option('--supervise-seconds <s>', 'how often to look for jobs of dead workers (default 10)')
    .option('--no-progress', 'no per-site lines on stderr')
    .action(async (flags) => {
      const { workerCommand } = await import('./worker-command.ts');
      exitCode = await workerCommand(flags);
    });

  program
    .command('status')
    .description("show a run's progress: sites done/total, fetches, documents, errors, queued/active jobs")
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .option('--run <id>', 'run number (default: the latest run)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
    .action(async (flags) => {
      const { statusCommand } = await import('./status-command.ts');
      exitCode = await statusCommand(flags);
    });

  program
    .command('report')
    .description('print the inventory report for YEAR')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .requiredOption('--year <year>', 'inventory year', parseYear)
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
    .action(async (flags) => {
      const { reportCommand } = await import('./report-command.ts');
      exitCode = await reportCommand(flags);
    });

  program
    .command('classify')
    .description('classify local files (PDF, DOCX, HTML, text)')
    .argument('<files...>', 'files to classify')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
    .option('--explain', 'show the signals and quotes that decided each judgement')
    .option('--year <year>', 'judge validity against this year', parseYear)
    .action(async (files: string[], flags) => {
      const { classifyCommand } = await import('./classify-command.ts');
      exitCode = await classifyCommand(files, flags);
    });

  program
    .command('serve')
    .description('serve the web app and JSON API on --db (default http://127.0.0.1:3000)')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .option('--port <n>', 'port (default 3000)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--trust-proxy', 'trust X-Forwarded-For/-Proto from a reverse proxy')
    .option('--allow-private-hosts', 'let reviewers add documents from loopback/private URLs (local fixtures)')
    .action(async (flags) => {
      const { serveCommand } = await import('./serve-command.ts');
      exitCode = await serveCommand(flags);
    });

  program
    .command('user')
    .description('manage web app accounts')
    .command('add')
    .description('add a user (password from PROGRAMKARTAN_PASSWORD or stdin)')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: DATABASE_URL)')
    .requiredOption('--username <name>', 'user name')
    .addOption(new Option('--role <role>', 'role').choices(['admin', 'reviewer']).makeOptionMandatory())
    .action(async (flags) => {
      const { userAddCommand } = await import('./user-command.ts');
      exitCode = await userAddCommand(flags);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      // commander already printed its message
      return 2;
    }
    process.stderr.write(`programkartan: ${oneLine(error)}\n`);
    return exitCodeFor(error);
  }
}
