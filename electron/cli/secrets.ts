import type { CliIo } from './cli-io';
import { promptHidden } from './hidden-prompt';
import { UsageError } from './usage-error';

export interface SecretSpec {
  /** How usage text and messages name it: "passphrase", "new passphrase", "recovery key". */
  label: string;
  /** On a terminal, ask twice: a typo in a new passphrase would lock the person out. */
  confirm?: boolean;
}

/** Far more than any passphrase; stops a mistaken pipe (a whole file) from being held as one. */
const MAX_STDIN_BYTES = 64 * 1024;

async function readAllStdin(stdin: CliIo['stdin']): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_STDIN_BYTES)
      throw new UsageError('Standard input is far longer than a passphrase. Pipe one line per secret.');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const listOf = (secrets: readonly SecretSpec[]) => secrets.map((s) => s.label).join(', then ');

/**
 * Secrets come from standard input (one line each, in the documented order) with
 * --passphrase-stdin, or from a prompt that does not echo when a person is at a terminal. Never
 * from arguments or the environment, which other programs and shell history can read.
 */
export async function readSecrets(io: CliIo, secrets: readonly SecretSpec[], fromStdin: boolean): Promise<string[]> {
  if (secrets.length === 0) return [];
  if (fromStdin) {
    const lines = (await readAllStdin(io.stdin)).split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    if (lines.length < secrets.length) {
      throw new UsageError(
        `Expected ${secrets.length === 1 ? 'one line' : `${secrets.length} lines`} on standard input: ${listOf(secrets)}.`,
      );
    }
    return lines.slice(0, secrets.length);
  }
  if (!io.stdin.isTTY) {
    const each = secrets.length > 1 ? ', one per line' : '';
    throw new UsageError(`Add --passphrase-stdin and pipe the ${listOf(secrets)} on standard input${each}.`);
  }
  const values: string[] = [];
  for (const secret of secrets) {
    const label = secret.label.charAt(0).toUpperCase() + secret.label.slice(1);
    const value = await promptHidden(`${label}: `, io.stdin, io.prompt);
    if (secret.confirm) {
      const again = await promptHidden(`Repeat the ${secret.label}: `, io.stdin, io.prompt);
      if (again !== value) throw new UsageError(`The two ${secret.label}s were different. Nothing was changed.`);
    }
    values.push(value);
  }
  return values;
}
