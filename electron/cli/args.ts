import { UsageError } from './usage-error';

export type FlagKind = 'boolean' | 'string';

export interface ArgSpec {
  /** Names of the positional arguments, in order; all required. */
  positionals: readonly string[];
  flags: Readonly<Record<string, FlagKind>>;
}

export interface ParsedArgs {
  positionals: Record<string, string>;
  flags: Record<string, string | boolean | undefined>;
}

/** Flags that would put a secret in argv (shell history, `ps`): refused with an explanation. */
const SECRET_FLAG = /^(passphrase|password|pass|recovery-key-text|new-passphrase|old-passphrase)$/;

/**
 * A small parser for `harbor <area> <verb> …`: positionals in order, `--flag`, `--flag value`,
 * `--flag=value`, and `--` to end the flags. Anything unexpected is a UsageError, never a guess.
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean | undefined> = {};
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || !arg.startsWith('--') || arg === '-') {
      if (!onlyPositionals && arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option ${arg}.`);
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const kind = spec.flags[name];
    if (kind === undefined) {
      if (SECRET_FLAG.test(name)) {
        throw new UsageError(
          'Harbor never takes a passphrase or recovery key on the command line, where other programs could see it. Use --passphrase-stdin, or leave it out to be asked.',
        );
      }
      throw new UsageError(`Unknown option --${name}.`);
    }
    if (flags[name] !== undefined) throw new UsageError(`--${name} was given twice.`);
    if (kind === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} does not take a value.`);
      flags[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value.`);
    }
    flags[name] = value;
  }
  if (positionals.length < spec.positionals.length) {
    throw new UsageError(`Missing <${spec.positionals[positionals.length]}>.`);
  }
  if (positionals.length > spec.positionals.length) {
    throw new UsageError(`Unexpected argument: ${positionals[spec.positionals.length]}.`);
  }
  const named: Record<string, string> = {};
  spec.positionals.forEach((p, i) => {
    named[p] = positionals[i]!;
  });
  return { positionals: named, flags };
}
