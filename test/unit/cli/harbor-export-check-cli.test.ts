import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProfileStore } from '../../../electron/consent/profile-store';
import { createStoryService } from '../../../electron/stories/index';
import { createTemplateStore, createTestimonyService } from '../../../electron/testimony';
import { docxParts, joinedText } from '../../support/docx-inspect';
import {
  consentAddArgs,
  expectExit,
  exportArgs,
  harbor,
  inVault,
  lines,
  PASS,
  useBuiltCli,
  vaultWithConsentedStory,
} from './cli-harness';

/** A story whose only identifying-looking detail is an unmarked phone number, and a consent for it. */
const vaultWithPhone = () =>
  vaultWithConsentedStory('Kitchen', 'I worked in a kitchen. The boss called me from 555-123-4567 every night.\n');

useBuiltCli();

describe('harbor export runs the identifying-detail check', () => {
  it('refuses with exit 5 listing the unmarked details; --accept-unmarked or clearing them in the story lets it through', async () => {
    const { dir, work, story, grant } = await vaultWithPhone();
    const out = path.join(work, 'kitchen.docx');

    const refused = await harbor(exportArgs(dir, ['--story', story], grant, out), lines(PASS));
    expectExit(refused, 5);
    expect(refused.stderr.split('\n')).toContain('  Phone number: 555-123-4567');
    expect(refused.stderr).toMatch(
      /Nothing was exported: the details listed above might identify someone and are neither marked nor cleared \(1 in all\)/,
    );
    expect(refused.stdout).toBe('');
    await expect(fs.access(out)).rejects.toThrow();

    expectExit(
      await harbor(exportArgs(dir, ['--story', story], grant, out, { extra: ['--accept-unmarked'] }), lines(PASS)),
      0,
    );
    expect(joinedText(docxParts(await fs.readFile(out)).get('word/document.xml')!)).toContain('555-123-4567');
    await fs.rm(out);

    // "Fine to share" in the app is remembered with the story; the command line respects it.
    await inVault(dir, (vault) => createStoryService(vault).clear(story, ['555-123-4567']));
    expectExit(await harbor(exportArgs(dir, ['--story', story], grant, out), lines(PASS)), 0);
    await fs.access(out);
  }, 120_000);

  it('checks a testimony’s own words and the stories it quotes, and respects what each cleared', async () => {
    const { dir, work, story } = await vaultWithPhone();
    const testimonyId = await inVault(dir, async (vault) => {
      const quoted = await createStoryService(vault).get(story);
      const testimonies = createTestimonyService(vault, createTemplateStore(vault));
      const t = await testimonies.create({ templateId: 'uk-written-evidence', language: 'en', title: 'Evidence' });
      await testimonies.save(t.id, {
        metadata: { committee: 'Home Affairs Committee', inquiry: 'Modern slavery' },
        sections: {
          ...t.sections,
          introduction: { text: 'You can write to me at witness@example.org.', excerpts: [] },
          evidence: {
            text: 'What happened.',
            excerpts: [{ id: 'ex-0001', storyId: story, storyTitle: 'Kitchen', doc: quoted.doc }],
          },
        },
      });
      return t.id;
    });
    const terms = { audience: 'Home Affairs Committee', purpose: 'written evidence' };
    const grant = await harbor(
      consentAddArgs(dir, ['--testimony', testimonyId], terms, ['--public-record-ack']),
      lines(PASS),
    );
    expectExit(grant, 0);
    const out = path.join(work, 'evidence.docx');
    const exportIt = () => harbor(exportArgs(dir, ['--testimony', testimonyId], grant.stdout.trim(), out), lines(PASS));

    const refused = await exportIt();
    expectExit(refused, 5);
    const listed = refused.stderr.split('\n').filter((l) => l.startsWith('  '));
    expect(listed.sort()).toEqual(['  Email: witness@example.org', '  Phone number: 555-123-4567']);

    await inVault(dir, async (vault) => {
      await createStoryService(vault).clear(story, ['555-123-4567']);
      await createTestimonyService(vault, createTemplateStore(vault)).clear(testimonyId, ['WITNESS@example.org']);
    });
    expectExit(await exportIt(), 0);
  }, 120_000);

  it('does not stop at the author’s own name or a marked detail mentioned again: the consent handles both', async () => {
    const { dir, work, story, grant } = await vaultWithPhone();
    await inVault(dir, async (vault) => {
      await createProfileStore(vault).set({ fullName: 'María Quirina Vantongeren' });
      const stories = createStoryService(vault);
      const { doc } = await stories.get(story);
      const sensitive = { type: 'sensitive', attrs: { category: 'person', id: 'boss-0001' } };
      const para = (...content: object[]) => ({ type: 'paragraph', content });
      const written = [
        para(
          { type: 'text', text: 'I am María Vantongeren. The boss was ' },
          { type: 'text', text: 'Carlos Vance', marks: [sensitive] },
        ),
        para({ type: 'text', text: 'Mr. Vance called Quirina every night.' }),
      ];
      await stories.update(story, { doc: { ...doc, content: [...written, ...(doc.content ?? [])] } as never });
    });
    const out = path.join(work, 'kitchen.docx');
    // Only the phone number is listed; the names are not the person's to decide again.
    const refused = await harbor(exportArgs(dir, ['--story', story], grant, out), lines(PASS));
    expectExit(refused, 5);
    expect(refused.stderr.split('\n').filter((l) => l.startsWith('  '))).toEqual(['  Phone number: 555-123-4567']);
    expect(refused.stderr).not.toMatch(/Vance|Quirina|Vantongeren/);

    await inVault(dir, (vault) => createStoryService(vault).clear(story, ['555-123-4567']));
    expectExit(await harbor(exportArgs(dir, ['--story', story], grant, out), lines(PASS)), 0);
    const body = joinedText(docxParts(await fs.readFile(out)).get('word/document.xml')!);
    expect(body).not.toMatch(/Vance|Quirina|Vantongeren|Carlos/);
  }, 120_000);

  it('says so in its help', async () => {
    const help = await harbor(['export', '--help']);
    expectExit(help, 0);
    expect(help.stdout).toMatch(/\[--accept-unmarked\]/);
    expect(help.stdout).toMatch(/--accept-unmarked Export anyway/);
  });
});
