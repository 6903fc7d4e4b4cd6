import { processIo } from './cli-io';
import type { CliOptions } from './command';
import { EXIT } from './exit-codes';
import { runCli } from './run-cli';

/**
 * Runs `harbor` as a process. The shipped entry (main.ts) passes no options; the command-line
 * tests have their own entry (test/unit/cli/harbor-test-entry.ts) that passes the floor KDF, so no
 * environment variable or flag of the shipped command can lower it.
 */
export function startCli(options: CliOptions = {}): void {
  // Last line of defence: whatever escapes, the person sees a plain sentence, not a stack trace.
  const bail = () => {
    process.stderr.write('Something went wrong inside Harbor. Everything saved before is safe. Please try again.\n');
    process.exit(EXIT.failed);
  };
  process.on('uncaughtException', bail);
  // `harbor story list | head -1` closes the pipe early; that is the reader's choice, not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    bail();
  });
  process.on('unhandledRejection', bail);

  void runCli(process.argv.slice(2), processIo(), options).then((code) => {
    process.exitCode = code;
  });
}
