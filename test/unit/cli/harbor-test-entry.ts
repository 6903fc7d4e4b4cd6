/**
 * The command-line tests' own entry: the same CLI as out/cli/harbor.js, with Argon2id at Harbor's
 * floor for new vaults and share packages so the tests can make many quickly. It exists only under
 * test/ and is bundled by cli-harness.ts; the shipped entry has no way to lower the KDF.
 */
import { startCli } from '../../../electron/cli/start-cli';
import { TEST_CLI_OPTIONS } from './harbor-test-options';

startCli(TEST_CLI_OPTIONS);
