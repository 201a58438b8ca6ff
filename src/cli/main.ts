// `enroll <command>`: the server and the operator's commands. Argument parsing is node's own
// util.parseArgs: a handful of flags do not need a framework.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, readConfig, type Config } from '../config.ts';
import { createLogger } from '../logger.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { EncryptionKeyError } from '../security/personal-data-cipher.ts';
import { closeOnSignals, configuredCipher, openConfiguredDatabase, startServer, startWorker } from '../server.ts';
import { runSandboxCarrierCommand } from './sandbox-carrier-command.ts';
import { runImportCommand, type DirectAccess } from './import-command.ts';
import { runExportCommand } from './export-command.ts';
import { runStatusCommand } from './status-command.ts';
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

Usage: enroll <command> [options]

Commands:
  start                     Serve the API and run the transmission worker — what \`npm start\` runs
                            (ENROLL_WORKER=off leaves the worker out)
  serve                     Serve the API only
  worker                    Run the transmission worker alone (as many as you like on PostgreSQL)
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
  export 834 --coverage-period ID [--full] [-o FILE]
                            The coverage period's 834 (a change file, or --full with 030 audit
                            records) to FILE or standard output
  status SUBSCRIBER_ID [--url URL]
                            A family's carrier status, errors and coverages

Where they work: keys, import, export and status use the database directly — PostgreSQL when
DATABASE_URL is set, else the embedded database in ENROLL_DATA_DIR (default ./data), which one
process may open at a time: stop the server first, or pass --url. With --url URL (import census,
status) they talk to a running server instead, with the API key from ENROLL_API_KEY.
Long work shows a progress bar on a terminal and plain progress lines otherwise. Exit codes: 0 done,
1 refused or failed (the reasons are printed), 2 a usage error.

Environment: PORT, HOST, DATABASE_URL, ENROLL_DATA_DIR, ENROLL_ENCRYPTION_KEY, LOG_LEVEL (see README).
`;

export async function main(argv: string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  const [command, ...rest] = argv;
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      err(`enroll: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  try {
    switch (command) {
      case 'start':
      case 'serve': {
        const running = await startServer(config, logger, out, { worker: command === 'start' && config.runWorker });
        closeOnSignals(() => running.close(), logger);
        await new Promise(() => {}); // runs until a signal closes it
        return 0;
      }
      case 'worker': {
        const database = await openConfiguredDatabase(config, logger);
        const running = startWorker(database, configuredCipher(config), logger, { allowPrivateUrls: config.allowPrivateWebhookUrls, sendLeaseSeconds: config.sendLeaseSeconds, maxFamiliesPerFile: config.maxFamiliesPerFile, carrierFilesDir: config.carrierFilesDir, importLeaseSeconds: config.importLeaseSeconds });
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
        err(`enroll: unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof EncryptionKeyError || error instanceof UsageError) {
      err(`enroll: ${error.message}`);
      return error instanceof UsageError ? 2 : 1;
    }
    throw error;
  }
}

export class UsageError extends Error {}

export function parseOptions<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
