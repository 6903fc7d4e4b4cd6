import type { CliCommand } from './command';
import { AREAS, COMMANDS } from './commands/index';
import { identifyingHelp } from './identifying-values';

const AREA_TITLES: Record<string, string> = {
  vault: 'The vault',
  story: 'Stories',
  testimony: 'Testimony',
  profile: 'You',
  consent: 'Consent',
  export: 'Export',
  share: 'Sharing with an advocate',
  campaign: 'Campaigns (bills, coalition, follow-ups, reports)',
};

/** A command as the overviews list it: its name and one line (the command table has both). */
type Listed = Pick<CliCommand, 'name' | 'summary'>;

/** Commands of one area: `story add` … or the area's one command (`export`). */
export const inArea = (c: Listed, area: string) => c.name === area || c.name.startsWith(`${area} `);

export function usageLine(cmd: CliCommand): string {
  return `harbor ${cmd.name} ${cmd.synopsis}`;
}

const SECRETS_TEXT = [
  'Passphrases and recovery keys are never taken as arguments or from the environment. With',
  '--passphrase-stdin, Harbor reads them from standard input, one line each, in the order the',
  "command's help gives. Without it, at a terminal, Harbor asks for them without showing what you type.",
];

const EXIT_TEXT = [
  'Exit codes:',
  '  0  done',
  '  1  the command was not written right (the message says what to change)',
  '  2  wrong passphrase or recovery key',
  '  3  something in the vault is damaged or was changed outside Harbor',
  '  4  not found, or another problem (the message says which)',
  '  5  refused because the consent given does not allow it (or, for export, a testimony over its budget)',
];

function commandList(cmds: readonly Listed[]): string[] {
  const width = Math.max(...cmds.map((c) => c.name.length)) + 2;
  return cmds.map((c) => `  ${c.name.padEnd(width)}${c.summary}`);
}

export function generalHelp(): string {
  const lines = [
    "harbor: Harbor's command line, for backups, checks and scripts over an encrypted vault.",
    '',
    'Usage: harbor <area> <command> [arguments] [options]',
    '',
  ];
  for (const area of AREAS) {
    lines.push(`${AREA_TITLES[area] ?? area}:`, ...commandList(COMMANDS.filter((c) => inArea(c, area))), '');
  }
  lines.push(
    ...SECRETS_TEXT,
    '',
    ...EXIT_TEXT,
    '',
    "Run 'harbor <area> <command> --help' for one command's details, 'harbor --version' for the version.",
  );
  return lines.join('\n');
}

export function areaHelp(area: string): string {
  const cmds = COMMANDS.filter((c) => inArea(c, area));
  return [
    `Usage: harbor ${area} <command> [arguments] [options]`,
    '',
    `${AREA_TITLES[area] ?? area}:`,
    ...commandList(cmds),
    '',
    `Run 'harbor ${area} <command> --help' for one command's details.`,
  ].join('\n');
}

export function commandHelp(cmd: CliCommand): string {
  return [
    `Usage: ${usageLine(cmd)}`,
    '',
    `${cmd.summary}.`,
    '',
    ...cmd.details,
    ...(cmd.identifying?.length ? ['', ...identifyingHelp(cmd)] : []),
    '',
    '--passphrase-stdin  Read the secrets from standard input, one line each (see above for the order).',
    '--help              Show this text.',
    '',
    ...EXIT_TEXT,
  ].join('\n');
}
