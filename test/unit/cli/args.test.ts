import { describe, expect, it } from 'vitest';
import { parseArgs, type ArgSpec } from '../../../electron/cli/args';
import { UsageError } from '../../../electron/cli/usage-error';

const spec: ArgSpec = {
  positionals: ['dir', 'id'],
  flags: { json: 'boolean', title: 'string', 'passphrase-stdin': 'boolean' },
};

const usage = (argv: string[]) => {
  try {
    parseArgs(argv, spec);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('argument parser', () => {
  it('reads positionals and flags in any order, with or without =', () => {
    expect(parseArgs(['--json', 'v', '--title', 'Mi historia', 'abc'], spec)).toEqual({
      positionals: { dir: 'v', id: 'abc' },
      flags: { json: true, title: 'Mi historia' },
    });
    expect(parseArgs(['v', 'abc', '--title=a=b', '--passphrase-stdin'], spec).flags).toEqual({
      title: 'a=b',
      'passphrase-stdin': true,
    });
  });

  it('takes everything after -- as positionals', () => {
    expect(parseArgs(['--', '--json', '-x'], spec).positionals).toEqual({ dir: '--json', id: '-x' });
  });

  it('explains what is wrong', () => {
    expect(usage(['v'])).toBe('Missing <id>.');
    expect(usage(['v', 'a', 'b'])).toBe('Unexpected argument: b.');
    expect(usage(['v', 'a', '--nope'])).toBe('Unknown option --nope.');
    expect(usage(['v', 'a', '-j'])).toBe('Unknown option -j.');
    expect(usage(['v', 'a', '--title'])).toBe('--title needs a value.');
    expect(usage(['v', 'a', '--title', '--json'])).toBe('--title needs a value.');
    expect(usage(['v', 'a', '--json=yes'])).toBe('--json does not take a value.');
    expect(usage(['v', 'a', '--json', '--json'])).toBe('--json was given twice.');
  });

  it('refuses secrets on the command line and says why', () => {
    for (const flag of ['--passphrase', '--passphrase=hunter2', '--password', '--new-passphrase']) {
      expect(usage(['v', 'a', flag, 'x'])).toMatch(/never takes a passphrase/);
    }
  });
});
