import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AREAS, COMMANDS } from '../../../electron/cli/commands/index';
import { EXIT } from '../../../electron/cli/exit-codes';
import { generalHelp, usageLine } from '../../../electron/cli/help';

/** The README's command-line block, one command a line (a trailing `\` continues a line). */
async function readmeCommands(): Promise<string[]> {
  const readme = await readFile('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## The `harbor` command line'));
  const block = /```\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('harbor '));
}

describe('the README’s command-line section', () => {
  it('lists every command exactly as the CLI takes it, and nothing the CLI does not have', async () => {
    const documented = await readmeCommands();
    const commands = await Promise.all(COMMANDS.map((c) => c.load()));
    expect(documented).toEqual(commands.map(usageLine));
  });

  it('gives every exit code the CLI uses', async () => {
    const readme = await readFile('README.md', 'utf8');
    const paragraph = readme.slice(readme.indexOf('Exit codes:')).split('\n\n')[0]!;
    for (const code of Object.values(EXIT)) expect(paragraph).toMatch(new RegExp(`(^|\\s)${code} [a-z]`));
  });
});

describe('harbor --help', () => {
  it('puts every area under a title a person reads, not its command word', () => {
    const help = generalHelp();
    for (const area of AREAS) expect(help, area).not.toContain(`\n${area}:\n`);
  });
});
