/**
 * The same bundle as harbor-test-entry.ts, as a library: cli-harness.ts loads it into the test's
 * own process and calls runCli with captured streams, so a test runs a command without starting
 * Node again. It is bundled beside the import worker, as harbor.js is, so story imports run in the
 * same worker thread the shipped command starts.
 */
import type { CliIo } from '../../../electron/cli/cli-io';
import type { ExitCode } from '../../../electron/cli/exit-codes';
import { runCli } from '../../../electron/cli/run-cli';
import { TEST_CLI_OPTIONS } from './harbor-test-options';

export function runTestCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  return runCli(argv, io, TEST_CLI_OPTIONS);
}
