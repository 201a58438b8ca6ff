// `enroll <command>`: the server and the operator's commands. Argument parsing is node's own
// util.parseArgs: a handful of flags do not need a framework.
import cluster from 'node:cluster';
import os from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, processCount, readConfig, type Config } from '../config.ts';
import { createLogger } from '../logger.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { EncryptionKeyError } from '../security/personal-data-cipher.ts';
import { closeOnSignals, configuredCipher, openConfiguredDatabase, startServer, startWorker, workerSettings } from '../server.ts';
import { processRole, runChild, runPrimary } from '../serving-processes.ts';
import { runSandboxCarrierCommand } from './sandbox-carrier-command.ts';
import { runImportCommand, type DirectAccess } from './import-command.ts';
import { runExportCommand } from './export-command.ts';
import { runStatusCommand } from './status-command.ts';
import { runReconcileCommand } from './reconcile-command.ts';
import { runTransmitCommand } from './transmit-command.ts';
import { configureTerminal, paint } from './terminal.ts';
import type { Logger } from 'pino';

/** The database, opened only when a command needs it (not with --url). */
const direct = (config: Config, logger: Logger): DirectAccess => ({
  logger,
  async open() {
    const database = await openConfiguredDatabase(config, logger);
    return { database, cipher: configuredCipher(config) };
  },
});
import { runKeysCommand } from './keys-command.ts';

const HELP = `enroll — Open Enrollment, the benefits enrollment API

Usage: enroll <command> [options]          enroll --help

Commands:
  start [--processes N]     Serve the API and run the transmission worker — what \`npm start\` runs
                            (ENROLL_WORKER=off leaves the worker out)
  serve [--processes N]     Serve the API only
                            --processes N (or ENROLL_PROCESSES): API processes sharing the port,
                            on PostgreSQL only; default one per core there, and one when embedded
  worker                    Run the transmission worker alone (as many as you like on PostgreSQL)
  transmit                  One pass of the worker, then exit: queued changes → 834 files → send →
                            read the carriers' answers → webhooks; prints what it did
  sandbox-carrier --outbound DIR --inbound DIR [--group NUMBER:START_DATE ...]
                            A carrier simulator on folders: reads the 834s a carrier with a
                            directory connection writes, answers 999s and result files
  migrate                   Apply database migrations and exit
  keys create --organization NAME [--kind KIND] [--scopes read,write,pii,admin] [--name LABEL]
                            Create an API key (and the organization, if it does not exist);
                            the key is printed once, alone on the last line
  keys list --organization NAME
  keys revoke --prefix PREFIX
  import census FILE --group ID --coverage-period ID [--dry-run] [--complete]
                            [--termination-date YYYY-MM-DD] [--url URL]
                            Import a census CSV (docs/census-format.md), all-or-nothing
  import 834 FILE [--group ID] [--coverage-period ID] [--dry-run] [--url URL]
                            [--mode all-or-nothing|per-member] [--create-missing] [--carrier ID]
                            [--group-name NAME] [--group-external-identifier ID]
                            [--group-address-line-1 ..] [--group-city ..] [--group-state ..] [--group-zip ..]
                            Import an inbound 834 enrollment or change file. Without --group the
                            group is found from the file, on the database as on a server: the
                            sponsor's FEIN (N1*P5), then the group number (REF*1L). --create-missing
                            creates the coverage period (with --carrier) and plans the file implies
                            (and, through a server, the group, with the --group-* flags). --mode is
                            checked and maps to the API's mode: all-or-nothing is what runs today.
                            A 4010 file (GS08/ST03 004010X095A1) is refused. Exit 0 applied (or
                            validated on --dry-run), 1 refused (bad segments or members, printed;
                            a 4010 file; a group, period or plans missing), 2 usage error.
                            What was normalized or not stored is printed as warning: lines
  export 834 --coverage-period ID [--full] [-o FILE]
                            The coverage period's 834 (a change file, or --full with 030 audit
                            records) to FILE or standard output
  status SUBSCRIBER_ID [--url URL]
                            A family's carrier status, errors and coverages
  reconcile FILE --coverage-period ID [--json] [--url URL]
                            Compare a carrier's full 834 with what we hold for the coverage period
                            (nothing is applied; the discrepancies are kept, GET
                            /reconciliations/{id}/discrepancies). Prints the differences by type;
                            exit 0 when none, 1 when any (or the file is refused)
  help                      This text

Options for every command:
  --no-color                No colour and no progress bars (also NO_COLOR=1 or CI=true)
  -h, --help                This text

Where they work: keys, import, export, status, reconcile and transmit use the database directly —
PostgreSQL when DATABASE_URL is set, else the embedded database in ENROLL_DATA_DIR (default ./data),
which one process may open at a time: stop the server first, or pass --url. With --url URL (import,
status, reconcile) they talk to a running server instead, with the API key from ENROLL_API_KEY.
Long work shows a progress bar on a terminal and plain progress lines otherwise.

Exit codes:
  0  done
  1  refused or failed: the reasons are printed (a file with bad rows, a database that cannot be
     reached, a subscriber that does not exist)
  2  a usage error: unknown command or option, a missing or malformed argument, a bad setting

Environment: PORT, HOST, DATABASE_URL, ENROLL_PROCESSES, ENROLL_DATA_DIR, ENROLL_ENCRYPTION_KEY, ENROLL_API_KEY,
LOG_LEVEL, NO_COLOR, CI (see README).
`;

/** UUIDs on the command line are checked here, so a typo is a usage error and not a database error. */
export function requireUuid(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`${what} is missing`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw new UsageError(`${what} must be a UUID (like 0194f1a2-7c3e-7b21-9a4f-2d1e5c6b7a80), not "${value}"`);
  return value;
}

export async function main(argv: string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  const [command, ...rest] = configureTerminal(argv);
  const fail = (message: string) => err(`${paint(process.stderr, 'red', 'enroll:')} ${message}`);
  if (command !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    out(HELP);
    return 0;
  }
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      fail(error.message);
      return 2;
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  try {
    switch (command) {
      case 'start':
      case 'serve': {
        const worker = command === 'start' && config.runWorker;
        if (processRole()) {
          // One of the primary's processes: it stops on the primary's SIGTERM. One that cannot start
          // lets go of the primary's channel, which would keep it alive, and exits with the error.
          await runChild(config, logger).catch((error) => {
            cluster.worker?.disconnect();
            throw error;
          });
          await new Promise(() => {});
        }
        const { values } = parseOptions(rest, { processes: { type: 'string' } });
        const processes = processesToRun(config, values.processes);
        if (typeof processes === 'string') {
          fail(processes);
          return 2;
        }
        const running = processes === 1 ? await startServer(config, logger, out, { worker }) : await runPrimary(config, logger, out, { processes, worker });
        closeOnSignals(() => running.close(), logger);
        await new Promise(() => {}); // runs until a signal closes it
        return 0;
      }
      case 'worker': {
        const database = await openConfiguredDatabase(config, logger);
        const running = startWorker(database, configuredCipher(config), logger, workerSettings(config));
        out(`Transmission worker running (database: ${database.kind}). Stop with Ctrl-C.`);
        closeOnSignals(async () => {
          await running.stop();
          await database.close();
        }, logger);
        await new Promise(() => {});
        return 0;
      }
      case 'sandbox-carrier':
        return await runSandboxCarrierCommand(rest, out);
      case 'import':
        return await runImportCommand(rest, direct(config, logger), out, err);
      case 'export':
        return await runExportCommand(rest, direct(config, logger), out);
      case 'status':
        return await runStatusCommand(rest, direct(config, logger), out);
      case 'reconcile':
        return await runReconcileCommand(rest, direct(config, logger), out, err);
      case 'transmit':
        return await runTransmitCommand(rest, direct(config, logger), { allowPrivateUrls: config.allowPrivateWebhookUrls, sendLeaseSeconds: config.sendLeaseSeconds }, out);
      case 'migrate': {
        const database = await openConfiguredDatabase(config, logger);
        await database.close();
        out('Migrations applied.');
        return 0;
      }
      case 'keys': {
        const database = await openConfiguredDatabase(config, logger);
        try {
          return await runKeysCommand(database.db, rest, out, err);
        } finally {
          await database.close();
        }
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(HELP);
        return command === undefined ? 2 : 0;
      default:
        fail(`unknown command "${command}" (enroll --help lists them)`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      fail(`${error.message}\n(enroll --help lists the commands and their options)`);
      return 2;
    }
    if (error instanceof DataDirLockedError || error instanceof EncryptionKeyError) {
      fail(error.message);
      return 1;
    }
    // Anything else is ours or the environment's (a database that cannot be reached): the message, and
    // the stack only for whoever asked for it with LOG_LEVEL=debug.
    const code = (error as { code?: unknown }).code;
    const unreachable = ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNRESET'].includes(String(code));
    fail(`${unreachable ? 'could not reach the database (DATABASE_URL): ' : ''}${error instanceof Error ? error.message : String(error)}`);
    if (config.logLevel === 'debug' || config.logLevel === 'trace') err(error instanceof Error ? (error.stack ?? '') : '');
    return 1;
  }
}

export class UsageError extends Error {}

/**
 * How many API processes `serve`/`start` runs: --processes, else ENROLL_PROCESSES, else one per core on
 * PostgreSQL and one on the embedded database — which one process opens, so more is refused (the message).
 */
export function processesToRun(config: Config, flag: string | undefined): number | string {
  let asked: number | undefined;
  try {
    asked = processCount(flag, '--processes') ?? config.processes;
  } catch (error) {
    return (error as Error).message;
  }
  if (config.databaseUrl) return asked ?? os.availableParallelism();
  if (asked !== undefined && asked > 1) {
    const setting = flag !== undefined ? `--processes ${flag}` : `ENROLL_PROCESSES=${config.processes}`;
    return `${setting} needs PostgreSQL (DATABASE_URL): the embedded database in ${config.dataDir} is opened by one process at a time, so it is served by one`;
  }
  return 1;
}

export function parseOptions<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
