import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStoryService } from '../../../electron/stories/index';
import { createTemplateStore, createTestimonyService } from '../../../electron/testimony';
import { openVault } from '../../../electron/vault/index';
import { docxParts, paragraphsWithNumbers } from '../../support/docx-inspect';
import { consentAddArgs, expectExit, harbor, lines, tempDir, useBuiltCli } from './cli-harness';

const PASS = 'a long test passphrase';

/**
 * A vault made with the command line (the author's name, one story), and a UK written-evidence
 * testimony quoting that story, written the way the app's builder does through the same service.
 */
async function vaultWithTestimony(language: 'en' | 'es' = 'en') {
  const work = await tempDir();
  const dir = path.join(work, 'vault');
  expectExit(await harbor(['vault', 'init', dir, '--passphrase-stdin'], lines(PASS)), 0);
  expectExit(await harbor(['profile', 'set', dir, '--name', 'Ana Lucía Ruiz', '--passphrase-stdin'], lines(PASS)), 0);
  const file = path.join(work, 'story.md');
  await fs.writeFile(file, 'My name is Ana Ruiz. I worked in a kitchen for two years and was never paid.\n');
  const added = await harbor(
    ['story', 'add', dir, '--title', 'Kitchen', '--from', file, '--passphrase-stdin'],
    lines(PASS),
  );
  expectExit(added, 0);
  const storyId = added.stdout.trim();
  const vault = await openVault(dir, PASS);
  try {
    const story = await createStoryService(vault).get(storyId);
    const testimonies = createTestimonyService(vault, createTemplateStore(vault));
    const t = await testimonies.create({ templateId: 'uk-written-evidence', language, title: 'Evidence' });
    await testimonies.save(t.id, {
      metadata: { committee: 'Home Affairs Committee', inquiry: 'Modern slavery' },
      sections: {
        ...t.sections,
        introduction: { text: 'I am Ana Lucía Ruiz and I want to help others.', excerpts: [] },
        evidence: {
          text: 'What happened.',
          excerpts: [{ id: 'ex-0001', storyId, storyTitle: 'Kitchen', doc: story.doc }],
        },
      },
    });
    return { dir, work, storyId, testimonyId: t.id };
  } finally {
    await vault.close();
  }
}

const grantArgs = (dir: string, source: string[], extra: string[] = []) =>
  consentAddArgs(dir, source, { audience: 'Home Affairs Committee', purpose: 'written evidence' }, extra);

useBuiltCli();

describe('harbor testimony, consent add --testimony and export --testimony', () => {
  it('lists the testimony, gives one consent for it and the story it quotes, and exports it in its template’s layout', async () => {
    const { dir, work, storyId, testimonyId } = await vaultWithTestimony();
    const list = await harbor(['testimony', 'list', dir, '--passphrase-stdin'], lines(PASS));
    expectExit(list, 0);
    const [id, , template, quoted, title] = list.stdout.trim().split('\t');
    expect([id, template, quoted, title]).toEqual([testimonyId, 'uk-written-evidence', '1 story quoted', 'Evidence']);
    const json = JSON.parse(
      (await harbor(['testimony', 'list', dir, '--json', '--passphrase-stdin'], lines(PASS))).stdout,
    );
    expect(json).toMatchObject([{ id: testimonyId, quotedStoryIds: [storyId] }]);

    const added = await harbor(grantArgs(dir, ['--testimony', testimonyId], ['--public-record-ack']), lines(PASS));
    expectExit(added, 0);
    expect(added.stderr).toContain('It covers the testimony and the story it quotes.');
    const grantId = added.stdout.trim();
    const grants = JSON.parse(
      (await harbor(['consent', 'list', dir, '--json', '--passphrase-stdin'], lines(PASS))).stdout,
    );
    expect(grants[0].sourceIds).toEqual([testimonyId, storyId]);

    const out = path.join(work, 'evidence.docx');
    const exportArgs = (format: string, file: string) => [
      'export',
      dir,
      '--testimony',
      testimonyId,
      '--grant',
      grantId,
      '--format',
      format,
      '--out',
      file,
      '--paper',
      'a4',
      '--accept-unmarked',
      '--passphrase-stdin',
    ];
    expectExit(await harbor(exportArgs('docx', out), lines(PASS)), 0);
    const docx = await fs.readFile(out);
    const paragraphs = paragraphsWithNumbers(docx);
    expect(paragraphs[0]).toBe('Written evidence submitted by A. L. R.');
    expect(paragraphs).toContain('1. I am A. L. R. and I want to help others.');
    expect(paragraphs.some((p) => p.includes('was never paid'))).toBe(true);
    for (const [part, xml] of docxParts(docx)) expect(xml, part).not.toMatch(/Ruiz|Lucía/);

    // UK committees take Word, not PDF: refused with the reason, and nothing written.
    const pdf = path.join(work, 'evidence.pdf');
    const refused = await harbor(exportArgs('pdf', pdf), lines(PASS));
    expectExit(refused, 5);
    expect(refused.stderr).toMatch(
      /only as DOCX\. Those who receive “UK select committee: written evidence” do not accept PDF files\./,
    );
    await expect(fs.stat(pdf)).rejects.toThrow();
  });

  it('export --testimony starts from the testimony’s own language and its template’s paper, as the app does', async () => {
    const { dir, work, testimonyId } = await vaultWithTestimony('es');
    const added = await harbor(grantArgs(dir, ['--testimony', testimonyId], ['--public-record-ack']), lines(PASS));
    expectExit(added, 0);
    const grantId = added.stdout.trim();
    const exportTo = async (file: string, extra: string[] = []) => {
      const args = ['export', dir, '--testimony', testimonyId, '--grant', grantId, '--format', 'docx', '--out', file];
      expectExit(await harbor([...args, ...extra, '--accept-unmarked', '--passphrase-stdin'], lines(PASS)), 0);
      const bytes = await fs.readFile(file);
      return { paragraphs: paragraphsWithNumbers(bytes), parts: docxParts(bytes) };
    };
    const { paragraphs: inSpanish, parts: spanish } = await exportTo(path.join(work, 'es.docx'));
    expect(inSpanish).toContain('Introducción');
    // The first page's footer and the running header of the others: both labelled in Spanish.
    const pageLabels = [...spanish].filter(([name]) => /^word\/(header|footer)\d+\.xml$/.test(name));
    expect(pageLabels.map(([, xml]) => xml).join('\n')).toMatch(/Página [\s\S]* de /);
    expect(spanish.get('word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);

    const { paragraphs: inEnglish, parts: english } = await exportTo(path.join(work, 'en.docx'), [
      '--language',
      'en',
      '--paper',
      'letter',
    ]);
    expect(inEnglish).toContain('Introduction');
    const englishLabels = [...english].filter(([name]) => /^word\/(header|footer)\d+\.xml$/.test(name));
    expect(englishLabels.map(([, xml]) => xml).join('\n')).toMatch(/Page [\s\S]* of /);
    expect(english.get('word/document.xml')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('a consent for the story alone does not cover the testimony; --story and --testimony together are a usage error', async () => {
    const { dir, work, storyId, testimonyId } = await vaultWithTestimony();
    const storyOnly = await harbor(grantArgs(dir, ['--story', storyId], ['--public-record-ack']), lines(PASS));
    expectExit(storyOnly, 0);
    const refused = await harbor(
      [
        'export',
        dir,
        '--testimony',
        testimonyId,
        '--grant',
        storyOnly.stdout.trim(),
        '--format',
        'docx',
        '--out',
        path.join(work, 'x.docx'),
        '--passphrase-stdin',
      ],
      lines(PASS),
    );
    expectExit(refused, 5);
    expect(refused.stderr).toMatch(/does not cover/);
    const both = await harbor(grantArgs(dir, ['--story', storyId, '--testimony', testimonyId]), lines(PASS));
    expectExit(both, 1);
    expect(both.stderr).toMatch(/--story or --testimony, not both/);
    const missing = await harbor(grantArgs(dir, ['--testimony', 'testimony-not-there']), lines(PASS));
    expectExit(missing, 4);
  });
});
