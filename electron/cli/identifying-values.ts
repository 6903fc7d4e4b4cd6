import { promises as fs } from 'node:fs';
import type { FlagKind, ParsedArgs } from './args';
import type { CliCommand } from './command';
import type { ErrorCode } from '../../shared/errors';
import { UsageError } from './usage-error';

/** A name or a note, never a document: a file far larger is a mistake. */
const MAX_VALUE_FILE_BYTES = 64 * 1024;

/**
 * Identifying words (a name, an audience, a title, a reason) given as options show up in `ps`
 * for every user of the computer and stay in shell history. Each such option --X can instead be
 * given as --X-stdin (one line of standard input, after the secrets) or --X-file <file>.
 */
export function identifyingFlags(cmd: CliCommand): Record<string, FlagKind> {
  const flags: Record<string, FlagKind> = {};
  for (const name of cmd.identifying ?? []) {
    flags[`${name}-stdin`] = 'boolean';
    flags[`${name}-file`] = 'string';
  }
  return flags;
}

/** Which identifying options are to come from standard input, in the command's documented order. */
export function identifyingFromStdin(cmd: CliCommand, args: ParsedArgs): string[] {
  return (cmd.identifying ?? []).filter((name) => args.flags[`${name}-stdin`] === true);
}

/** The error catalog loads only for an error: `harbor --help` and `--version` never need it. */
async function fileError(
  code: ErrorCode,
  key: 'cli.fileNotFound' | 'cli.notAFile' | 'cli.fileUnreadable',
  file: string,
) {
  const { HarborError } = await import('../../shared/errors');
  return new HarborError(code, { key, params: { file } });
}

async function readValueFile(file: string): Promise<string> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw await fileError('not_found', 'cli.fileNotFound', file);
  if (!stat.isFile()) throw await fileError('invalid_input', 'cli.notAFile', file);
  if (stat.size > MAX_VALUE_FILE_BYTES) throw new UsageError(`${file} is far longer than a name or a note.`);
  const text = await fs.readFile(file, 'utf8').catch(async () => {
    throw await fileError('io', 'cli.fileUnreadable', file);
  });
  // An editor's final newline is not part of the value.
  return text.replace(/\r?\n$/, '');
}

/**
 * Puts the values read from standard input (`stdinValues`, in the order identifyingFromStdin gave)
 * and from files into args.flags, where the command reads --X as before. One way per option.
 */
export async function applyIdentifyingValues(cmd: CliCommand, args: ParsedArgs, stdinValues: string[]): Promise<void> {
  const fromStdin = identifyingFromStdin(cmd, args);
  for (const name of cmd.identifying ?? []) {
    const file = args.flags[`${name}-file`];
    const stdinAt = fromStdin.indexOf(name);
    const ways = [args.flags[name] !== undefined, typeof file === 'string', stdinAt >= 0].filter(Boolean).length;
    if (ways > 1) throw new UsageError(`Give --${name} one way only: --${name}, --${name}-stdin or --${name}-file.`);
    if (typeof file === 'string') args.flags[name] = await readValueFile(file);
    else if (stdinAt >= 0) args.flags[name] = stdinValues[stdinAt] ?? '';
  }
}

/** Help lines for a command with identifying options. */
export function identifyingHelp(cmd: CliCommand): string[] {
  const names = cmd.identifying ?? [];
  if (names.length === 0) return [];
  const list = names.map((n) => `--${n}`).join(', ');
  return [
    `${list}: what you give as options can be seen by other users of this computer (in the list`,
    'of running programs) and stays in your shell history. For words that could identify you or',
    'anyone else, use instead:',
    `  --<option>-stdin       Read it from standard input, one line, after the secrets${names.length > 1 ? `; several in this order: ${list}` : ''}.`,
    '  --<option>-file <file> Read it from a file (its final line break is not part of it).',
    `  For example: --${names[0]}-stdin or --${names[0]}-file <file>.`,
  ];
}
