import { processIo } from './cli-io';
import { EXIT } from './exit-codes';
import { runCli } from './run-cli';

/*
 * The `harbor` command line (out/cli/harbor.js). Plain Node: it must never import 'electron', and
 * it is not shipped inside the packaged app.
 */

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

void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
