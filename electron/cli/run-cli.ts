import { parseArgs } from './args';
import type { CliIo } from './cli-io';
import type { CliCommand, CliOptions } from './command';
import { AREAS, COMMANDS } from './commands/index';
import { EXIT, type ExitCode } from './exit-codes';
import { areaHelp, commandHelp, generalHelp } from './help';
import { reportError } from './report-error';
import { applyIdentifyingValues, identifyingFlags, identifyingFromStdin } from './identifying-values';
import { readSecrets } from './secrets';
import { UsageError } from './usage-error';
import { HARBOR_VERSION } from './version';

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h' || arg === 'help';

/** The command's code, loaded now that it runs (see the table in commands/index.ts). */
const load = (name: string): Promise<CliCommand> | null => COMMANDS.find((c) => c.name === name)?.load() ?? null;

/** Help asked for anywhere among a command's own arguments (but not after `--`). */
function wantsHelp(rest: readonly string[]): boolean {
  const end = rest.indexOf('--');
  return (end === -1 ? rest : rest.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Runs one `harbor …` invocation and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo, options: CliOptions = {}): Promise<ExitCode> {
  let cmd: CliCommand | null = null;
  try {
    const [area, verb, ...rest] = argv;
    if (area === undefined) {
      io.err(generalHelp());
      return EXIT.usage;
    }
    if (area === '--version') {
      io.out(`harbor ${HARBOR_VERSION}`);
      return EXIT.ok;
    }
    if (isHelp(area)) {
      // `harbor help vault init` is the same as `harbor vault init --help`.
      const topic = argv.slice(1).join(' ');
      const target = await load(topic);
      io.out(target ? commandHelp(target) : AREAS.includes(topic) ? areaHelp(topic) : generalHelp());
      return EXIT.ok;
    }
    if (!AREAS.includes(area)) throw new UsageError(`Harbor has no command "${area}".`);
    // A command that is a whole area (`harbor export <dir> …`) takes everything after its name.
    const single = await load(area);
    if (single) return await runCommand(single, argv.slice(1), io, options);
    if (verb === undefined || isHelp(verb)) {
      if (verb === undefined) {
        io.err(areaHelp(area));
        return EXIT.usage;
      }
      io.out(areaHelp(area));
      return EXIT.ok;
    }
    cmd = await load(`${area} ${verb}`);
    if (!cmd) throw new UsageError(`Harbor has no command "${area} ${verb}". Run 'harbor ${area} --help' to see them.`);
    return await runCommand(cmd, rest, io, options);
  } catch (error) {
    return await reportError(error, io, cmd);
  }
}

async function runCommand(cmd: CliCommand, rest: readonly string[], io: CliIo, options: CliOptions): Promise<ExitCode> {
  try {
    if (wantsHelp(rest)) {
      io.out(commandHelp(cmd));
      return EXIT.ok;
    }
    const args = parseArgs(rest, {
      positionals: cmd.positionals,
      flags: { ...cmd.flags, ...identifyingFlags(cmd), 'passphrase-stdin': 'boolean' },
    });
    const passphraseStdin = args.flags['passphrase-stdin'] === true;
    const fromStdin = identifyingFromStdin(cmd, args);
    if (fromStdin.length > 0 && cmd.secrets.length > 0 && !passphraseStdin) {
      throw new UsageError(`--${fromStdin[0]}-stdin reads standard input after the secrets: add --passphrase-stdin.`);
    }
    // The identifying values are further lines of standard input, after the secrets.
    const lines = await readSecrets(
      io,
      [...cmd.secrets, ...fromStdin.map((name) => ({ label: `--${name}-stdin value` }))],
      passphraseStdin || fromStdin.length > 0,
    );
    await applyIdentifyingValues(cmd, args, lines.slice(cmd.secrets.length));
    const secrets = lines.slice(0, cmd.secrets.length);
    return (await cmd.run({ io, args, secrets, options })) ?? EXIT.ok;
  } catch (error) {
    return await reportError(error, io, cmd);
  }
}
