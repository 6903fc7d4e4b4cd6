import type { FlagKind, ParsedArgs } from './args';
import type { CliIo } from './cli-io';
import type { ExitCode } from './exit-codes';
import type { SecretSpec } from './secrets';
import type { KdfCost } from '../vault/kdf';

/**
 * How runCli is set up by its entry point. The shipped entry (main.ts) passes nothing: no
 * environment variable or flag can change these. Only the tests' own entry (test/unit/cli) sets them.
 */
export interface CliOptions {
  /** Argon2id cost for new vaults and share packages instead of calibrating (the floor, for tests). */
  kdf?: KdfCost;
}

export interface CommandContext {
  io: CliIo;
  args: ParsedArgs;
  /** In the order the command's `secrets` lists them. */
  secrets: string[];
  options: CliOptions;
}

/** One `harbor <area> <verb>` command. Its help text is built from these fields. */
export interface CliCommand {
  /** "vault init" */
  name: string;
  /** One line for the overview. */
  summary: string;
  /** What follows the name in the usage line: "<dir> --passphrase-stdin [--recovery-key]". */
  synopsis: string;
  /** Further lines for `--help`: what each option does, what is printed where. */
  details: readonly string[];
  positionals: readonly string[];
  /** Options besides --passphrase-stdin and --help, which every command has. */
  flags: Readonly<Record<string, FlagKind>>;
  secrets: readonly SecretSpec[];
  /**
   * String options that may carry identifying words: each also comes as --X-stdin and --X-file
   * (identifying-values.ts), so it need not be visible in `ps` and shell history.
   */
  identifying?: readonly string[];
  run(ctx: CommandContext): Promise<ExitCode | void>;
}

/** Narrows a string option (the parser already refused a missing value). */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags[name];
  return typeof value === 'string' ? value : undefined;
}

export const flagSet = (args: ParsedArgs, name: string) => args.flags[name] === true;

/** Secrets are read before run(); the parser guarantees one value per declared secret. */
export function secretAt(ctx: CommandContext, index: number): string {
  const value = ctx.secrets[index];
  if (value === undefined) throw new Error('secret missing');
  return value;
}
