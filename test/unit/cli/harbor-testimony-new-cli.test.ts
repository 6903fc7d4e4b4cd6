import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrantStore } from '../../../electron/consent/grant-store';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { createTemplateStore, createTestimonyService } from '../../../electron/testimony';
import { terms } from '../../support/share-fixtures';
import { openVault } from '../../../electron/vault/index';
import { docxParts, joinedText } from '../../support/docx-inspect';
import { expectExit, harbor, lines, oneVaultPerFile, PASS } from './cli-harness';

const shared = oneVaultPerFile();

async function testimonyCount(): Promise<number> {
  const vault = await openVault(shared.dir, PASS);
  try {
    return (await createTestimonyService(vault, createTemplateStore(vault)).list({ includeTrashed: true })).length;
  } finally {
    await vault.close();
  }
}

async function jsonFile(name: string, content: string): Promise<string> {
  const file = path.join(shared.work, name);
  await fs.writeFile(file, content);
  return file;
}

const newArgs = (template: string, file: string) => [
  'testimony',
  'new',
  shared.dir,
  '--template',
  template,
  '--from',
  file,
  '--passphrase-stdin',
];

const LETTER = {
  title: 'Letter on SB 1042',
  language: 'es',
  metadata: { recipient: 'Senator Lee', billNumber: 'SB 1042', position: 'support' },
  sections: {
    why: 'Le escribo para apoyar el proyecto.',
    story: { text: 'Trabajé dos años sin sueldo.\n\nNadie me ayudó.', excerpts: [] },
  },
};

describe('harbor testimony new and show', () => {
  it('refuses a file that is not JSON, or not the builder’s shape, with exit 1, saying where, and writes nothing', async () => {
    const broken = await harbor(newArgs('letter', await jsonFile('broken.json', '{"title": "x",')), lines(PASS));
    expectExit(broken, 1);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON.*Nothing was written\./);

    const wrongShape = { ...LETTER, metadata: { ...LETTER.metadata, position: 'maybe' }, speakingRate: 'fast' };
    const shape = await harbor(
      newArgs('letter', await jsonFile('shape.json', JSON.stringify(wrongShape))),
      lines(PASS),
    );
    expectExit(shape, 1);
    expect(shape.stderr).toMatch(/metadata\.position: /);
    expect(shape.stderr).toMatch(/speakingRate: /);

    const typo = { ...LETTER, sections: { storry: 'A typo in the section id.' } };
    const unknown = await harbor(newArgs('letter', await jsonFile('typo.json', JSON.stringify(typo))), lines(PASS));
    expectExit(unknown, 1);
    expect(unknown.stderr).toMatch(/no section "storry"\. Its sections: .*story/);
    expect(await testimonyCount()).toBe(0);
  }, 60_000);

  it('makes a testimony from the file, prints it section by section, and show --json reads back in', async () => {
    const made = await harbor(newArgs('letter', await jsonFile('letter.json', JSON.stringify(LETTER))), lines(PASS));
    expectExit(made, 0);
    const id = made.stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{32}$/);

    const shown = await harbor(['testimony', 'show', shared.dir, id, '--passphrase-stdin'], lines(PASS));
    expectExit(shown, 0);
    expect(shown.stdout).toContain('Letter on SB 1042\n\n');
    expect(shown.stdout).toContain('Trabajé dos años sin sueldo.\n\nNadie me ayudó.');

    const json = await harbor(['testimony', 'show', shared.dir, id, '--json', '--passphrase-stdin'], lines(PASS));
    expectExit(json, 0);
    const file = JSON.parse(json.stdout);
    expect(file).toMatchObject({ title: LETTER.title, language: 'es', metadata: LETTER.metadata });
    expect(file.sections.story).toEqual({ text: LETTER.sections.story.text, excerpts: [] });
    // What show --json prints is what new --from takes: the same testimony again.
    const again = await harbor(newArgs('letter', await jsonFile('again.json', json.stdout)), lines(PASS));
    expectExit(again, 0);
    expect(await testimonyCount()).toBe(2);
  }, 60_000);
  it('takes the memo switch as headingStyle, prints it back, and refuses a memo for a template without one', async () => {
    const before = await testimonyCount();
    const letterMemo = { ...LETTER, headingStyle: 'memo' };
    const refused = await harbor(
      newArgs('letter', await jsonFile('letter-memo.json', JSON.stringify(letterMemo))),
      lines(PASS),
    );
    expectExit(refused, 1);
    expect(refused.stderr).toMatch(/headingStyle "memo": the template letter has no memo block.*Nothing was written\./);
    expect(await testimonyCount()).toBe(before);

    const briefing = {
      metadata: { recipient: 'Office of Sen. Lee', organization: 'Harbor Coalition', billNumber: 'SB 1042' },
      headingStyle: 'memo',
    };
    const made = await harbor(
      newArgs('briefing', await jsonFile('briefing-memo.json', JSON.stringify(briefing))),
      lines(PASS),
    );
    expectExit(made, 0);
    const json = await harbor(
      ['testimony', 'show', shared.dir, made.stdout.trim(), '--json', '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(json, 0);
    expect(JSON.parse(json.stdout)).toMatchObject({ headingStyle: 'memo' });
  }, 60_000);
});

/** Twelve-word sentences, numbered so a kept or cut one can be named. */
const sentences = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `This is sentence ${from + i} of what I will say to them today.`).join(' ');

describe('a spoken script and its minutes', () => {
  it('show --fit fits it to one minute with time marks; export refuses it over time (exit 5) unless --over-budget', async () => {
    const script = {
      title: 'Two minutes of words',
      metadata: { committee: 'Senate Judiciary', billNumber: 'SB 1042', position: 'support' },
      sections: { greeting: 'Chair Lee, members, thank you.', story: sentences(1, 20) },
      speakingRate: 120,
      targetMinutes: 1,
    };
    const made = await harbor(
      newArgs('oral-script', await jsonFile('script.json', JSON.stringify(script))),
      lines(PASS),
    );
    expectExit(made, 0);
    const id = made.stdout.trim();

    const fitted = await harbor(['testimony', 'show', shared.dir, id, '--fit', '--passphrase-stdin'], lines(PASS));
    expectExit(fitted, 0);
    expect(fitted.stdout).toMatch(/^\[0:00\] Greeting\nChair Lee, members, thank you\.$/m);
    expect(fitted.stdout).toMatch(/^\[0:03\] My story\nThis is sentence 1 of /m);
    expect(fitted.stdout).toContain('sentence 9 of');
    expect(fitted.stdout).not.toContain('sentence 10 of');
    expect(fitted.stderr).toMatch(/Fitted to 1 minutes at 120 words a minute: 113 of 120 words\./);
    expect(fitted.stderr).toMatch(/My story: left out 11 sentences \(132 words\), from "This is sentence 10 of/);

    const vault = await openVault(shared.dir, PASS);
    const grant = await (async () => {
      try {
        await createProfileStore(vault).set({ fullName: 'Ana Ruiz' });
        return await createGrantStore(vault).create(
          [id],
          terms({ expiresOn: new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10) }),
        );
      } finally {
        await vault.close();
      }
    })();
    const out = path.join(shared.work, 'script.docx');
    const exportArgs = ['export', shared.dir, '--testimony', id, '--grant', grant.id, '--format', 'docx', '--out', out];
    const refused = await harbor([...exportArgs, '--accept-unmarked', '--passphrase-stdin'], lines(PASS));
    expectExit(refused, 5);
    expect(refused.stderr).toMatch(
      /^Length: 2 minutes against a limit of 1 minute: 1 minute over \(at 120 words a minute: about 125 words to trim\)\.\n {2}My story: 2 minutes against a limit of 0\.6 minutes: 1\.4 minutes over\.$/m,
    );
    expect(refused.stderr).toMatch(/--over-budget/);
    await expect(fs.stat(out)).rejects.toThrow();

    const anyway = await harbor(
      [...exportArgs, '--accept-unmarked', '--over-budget', '--passphrase-stdin'],
      lines(PASS),
    );
    expectExit(anyway, 0);
    expect((await fs.stat(out)).size).toBeGreaterThan(0);
  }, 90_000);

  it('export --fit writes the script fitted to its minutes: 1, 2, 3 and 5 minutes, four lengths within 10 %', async () => {
    const ids: string[] = [];
    for (const minutes of [1, 2, 3, 5]) {
      const script = {
        metadata: { committee: 'Senate Judiciary', billNumber: 'SB 1042', position: 'support' },
        sections: { greeting: 'Chair Lee, members, thank you.', story: sentences(1, 90) },
        speakingRate: 120,
        targetMinutes: minutes,
      };
      const made = await harbor(
        newArgs('oral-script', await jsonFile(`fit-${minutes}.json`, JSON.stringify(script))),
        lines(PASS),
      );
      expectExit(made, 0);
      ids.push(made.stdout.trim());
    }
    const vault = await openVault(shared.dir, PASS);
    const grant = await (async () => {
      try {
        await createProfileStore(vault).set({ fullName: 'Ana Ruiz' });
        const expiresOn = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
        return await createGrantStore(vault).create(ids, terms({ expiresOn }));
      } finally {
        await vault.close();
      }
    })();
    const lengths: number[] = [];
    for (const [i, minutes] of [1, 2, 3, 5].entries()) {
      const out = path.join(shared.work, `fit-${minutes}.docx`);
      const args = [
        'export',
        shared.dir,
        '--testimony',
        ids[i]!,
        '--grant',
        grant.id,
        '--format',
        'docx',
        '--out',
        out,
      ];
      const fitted = await harbor([...args, '--fit', '--accept-unmarked', '--passphrase-stdin'], lines(PASS));
      expectExit(fitted, 0);
      expect(fitted.stderr).toMatch(new RegExp(`Fitted to ${minutes} minutes? at 120 words a minute: \\d+ words`));
      const text = joinedText(docxParts(await fs.readFile(out)).get('word/document.xml')!);
      // Twelve words a sentence, and the five of the greeting.
      const words = (text.match(/This is sentence \d+ of/g) ?? []).length * 12 + 5;
      expect(words, `${minutes} min`).toBeLessThanOrEqual(minutes * 120);
      expect(words, `${minutes} min`).toBeGreaterThanOrEqual(minutes * 120 * 0.9);
      expect(text).not.toContain('sentence 90 of');
      lengths.push(words);
    }
    expect(new Set(lengths).size).toBe(4);
  }, 120_000);
});
