import type { CliIo } from './cli-io';
import type { CliCommand } from './command';
import { EXIT, exitCodeFor, type ExitCode } from './exit-codes';
import { usageLine } from './help';
import { CancelledError, UsageError } from './usage-error';

/**
 * Every failure ends here: a plain message on stderr and the documented exit code. Never a stack
 * trace, never an internal message (which could name files or, worse, hold story text). The error
 * catalog loads here only for an error that is not a usage error: a HarborError has loaded it
 * already, and `harbor --help` and `--version` start without it.
 */
export async function reportError(error: unknown, io: CliIo, cmd: CliCommand | null): Promise<ExitCode> {
  if (error instanceof UsageError) {
    io.err(error.message);
    if (cmd) io.err(`Usage: ${usageLine(cmd)}\nRun 'harbor ${cmd.name} --help' for details.`);
    else io.err("Run 'harbor --help' to see the commands.");
    return EXIT.usage;
  }
  if (error instanceof CancelledError) {
    io.err(error.message);
    return EXIT.usage;
  }
  const { isHarborError } = await import('../../shared/errors');
  if (isHarborError(error)) {
    io.err(error.message);
    return exitCodeFor(error.code);
  }
  io.err('Something went wrong inside Harbor. Everything saved before is safe. Please try again.');
  return EXIT.failed;
}
