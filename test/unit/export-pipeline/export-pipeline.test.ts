import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryDoc } from '../../../shared/core/story-doc';
import { exportDocx } from '../../../electron/export/export-file';
import type { SourceResolver } from '../../../electron/export-pipeline/source-resolver';
import { createSharingHistory } from '../../../electron/consent/sharing-history';
import { docxParts, joinedText } from '../../support/docx-inspect';
import { extractText } from '../export/helpers/pdf-inspect';
import { para, sensitive, text } from '../export/helpers/fixtures';
import { useChromiumPrinter } from '../export/helpers/shared-printer';
import { asRead, documentLines, squeezed } from './document-text';
import {
  AUTHOR,
  grantTerms,
  noPrinter,
  outDir,
  refusal,
  removeOutDirs,
  setup,
  TODAY,
} from '../../support/pipeline-fixtures';
import { worded } from '../worded';

const printer = useChromiumPrinter();
afterAll(() => removeOutDirs());

const DOC: StoryDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Before')] },
    para(
      text('My name is María Vantongeren. We met '),
      sensitive('José ', 'person', 'p1', 'bold'),
      sensitive('Núñez', 'person', 'p1', 'italic'),
      text(' in '),
      sensitive('Ciudad Juárez', 'place', 'l1'),
      text(' on '),
      sensitive('3 May 2019', 'date', 'd1'),
      text('.'),
    ),
    { type: 'privateNote', content: [para(text('Ask Rosa about the storage unit on Elm Street'))] },
    { type: 'blockquote', content: [para(text('Quirina, you will never leave.'))] },
  ],
};

const docxText = (docx: Buffer) => joinedText(docxParts(docx).get('word/document.xml')!);
/** The PDF's text without the footer Chromium draws on each page. */
const pdfBodyText = (pdf: Buffer) => extractText(pdf).replace(/Page\s*\d+\s*of\s*\d+/g, '');

describe('the export pipeline', () => {
  it('refuses, in plain words and before asking where to save, when the consent does not allow the export', async () => {
    const s = await setup(DOC);
    const ok = await s.grants.create([s.story.id], grantTerms({ formats: ['pdf'], expiresOn: '2027-03-01' }));
    let asked = 0;
    const choose = async () => {
      asked++;
      return path.join(await outDir(), 'x.docx');
    };
    const pipeline = s.pipeline(noPrinter);

    // Format not allowed.
    const wrongFormat = await refusal(pipeline.run(s.options(ok.id, { format: 'docx' }), choose));
    expect(wrongFormat.message).toBe('This consent does not allow Word (DOCX) files.');

    // Expired: the same grant a month later.
    s.setNow(new Date('2027-03-02T09:00:00Z'));
    const expired = await refusal(pipeline.run(s.options(ok.id, { format: 'pdf' }), choose));
    expect(expired.message).toBe('This consent ended on 2027-03-01. Create a new one if you still want to share.');
    s.setNow(TODAY);

    // Revoked.
    const revoked = await s.grants.create([s.story.id], grantTerms());
    await s.grants.revoke(revoked.id, 'changed my mind');
    expect((await refusal(pipeline.run(s.options(revoked.id), choose))).message).toMatch(
      /^This consent was withdrawn on 2027-02-01/,
    );

    // Source not covered: a grant for another story.
    const other = await s.grants.create(['0123456789abcdef0123456789abcdef'], grantTerms());
    expect((await refusal(pipeline.run(s.options(other.id), choose))).message).toBe(
      'This consent does not cover one of the stories this document quotes.',
    );

    // No such grant.
    expect((await refusal(pipeline.run(s.options('fedcba9876543210fedcba9876543210'), choose))).message).toMatch(
      /There is no consent for this export/,
    );

    // Public-record acknowledgement missing (the store refuses to save such a grant, so write it as an older version might have).
    const unacked = await s.grants.create([s.story.id], grantTerms());
    const record = await s.vault.get<Record<string, unknown>>(unacked.id);
    await s.vault.put(unacked.id, { ...record.data, publicRecordAcknowledged: false });
    expect((await refusal(pipeline.run(s.options(unacked.id), choose))).message).toMatch(/public record/);

    expect(asked).toBe(0);
    expect(await createSharingHistory(s.vault).list()).toEqual([]);
    // The preview reports the same refusals instead of throwing.
    const preview = await pipeline.preview(s.options(ok.id, { format: 'docx' }));
    expect(preview.refusals.map((r) => r.code)).toEqual(['format-not-allowed']);
  });

  it('writes the file 0600 where chosen, and records time, grant, audience, format, file name only and the SHA-256 of the bytes', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create([s.story.id], grantTerms());
    const dir = await outDir();
    for (const format of ['docx', 'pdf'] as const) {
      const target = path.join(dir, `for the committee.${format}`);
      let suggested = '';
      const outcome = await s
        .pipeline(printer())
        .run({ ...s.options(grant.id, { format }), fileName: '' }, async (name) => {
          suggested = name;
          return target;
        });
      expect(suggested).toBe(`story-2027-02-01.${format}`);
      const bytes = await fs.readFile(target);
      expect(outcome).toEqual({
        status: 'saved',
        value: {
          id: expect.any(String),
          at: TODAY.toISOString(),
          grantId: grant.id,
          audience: 'Senate Judiciary Committee',
          audienceKind: 'legislative-committee',
          format,
          fileName: `for the committee.${format}`,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          sourceIds: [s.story.id],
          title: null,
          // The folder's own name for the Exported page; its path is never handed over.
          folder: path.basename(dir),
        },
      });
      if (process.platform !== 'win32') expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
    }
    const history = await createSharingHistory(s.vault).list();
    expect(history.map((r) => r.format).sort()).toEqual(['docx', 'pdf']);
    expect(JSON.stringify(history)).not.toContain(dir);
    expect(JSON.stringify(history)).not.toContain(path.basename(dir));
    // Nothing but the two files (no temp file left behind).
    expect((await fs.readdir(dir)).sort()).toEqual(['for the committee.docx', 'for the committee.pdf']);
  });

  it('writes nothing and records nothing when the person cancels', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create([s.story.id], grantTerms());
    const outcome = await s.pipeline(noPrinter).run({ ...s.options(grant.id), fileName: 'x' }, async () => null);
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(await createSharingHistory(s.vault).list()).toEqual([]);
  });

  it('applies the identity to the byline and every mention of the author, and never exports private notes', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create(
      [s.story.id],
      grantTerms({ identity: { mode: 'pseudonym', pseudonym: 'Luz' } }),
    );
    const pipeline = s.pipeline(printer());
    const docx = await pipeline.render(s.options(grant.id));
    const pdf = await pipeline.render(s.options(grant.id, { format: 'pdf' }));
    for (const [label, body] of [
      ['docx', docxText(docx)],
      ['pdf', extractText(pdf)],
    ] as const) {
      expect(body, label).toContain('My name is Luz.');
      expect(squeezed(body), label).toContain(squeezed('Luz, you will never leave.'));
      for (const gone of ['María', 'Vantongeren', 'Quirina', 'Rosa', 'storage unit', 'Elm Street', 'José', 'Juárez']) {
        expect(body, `${label}: ${gone}`).not.toContain(gone);
      }
    }
    const preview = await pipeline.preview(s.options(grant.id));
    expect(preview.document.byline).toBe('Luz');
    expect(preview.report).toEqual({
      redacted: { person: 1, place: 1 },
      identityReplacements: 2,
      privateNotesDropped: 1,
    });
  });

  it('signs with the identity when the source has a signature (a testimony-style resolver)', async () => {
    const testimony: SourceResolver = async (_vault, id) => ({
      body: { doc: { type: 'doc', content: [para(text('I, Quirina Vantongeren, testify.'))] } },
      quotedSourceIds: [id],
      headingBlock: ['Written evidence submitted by María Vantongeren'],
      salutation: 'Chair Ruiz and Members of the Committee:',
      signature: ['Respectfully submitted,'],
      signed: true,
      byline: false,
      numberedParagraphs: true,
      allowedFormats: ['docx'],
      fileStem: 'testimony',
      // Its one name is the author's: the identity replaces it, nothing to decide.
      undecided: () => [],
    });
    const s = await setup(DOC, { resolvers: { testimony } });
    const grant = await s.grants.create([s.story.id], grantTerms({ identity: { mode: 'initials' } }));
    const options = s.options(grant.id, { source: { kind: 'testimony', id: s.story.id } });
    const pipeline = s.pipeline(noPrinter);
    const preview = await pipeline.preview(options);
    expect(preview.refusals).toEqual([]);
    expect(preview.suggestedFileName).toBe('testimony-2027-02-01.docx');
    expect((await pipeline.preview({ ...options, language: 'es' })).suggestedFileName).toBe(
      'testimonio-2027-02-01.docx',
    );
    expect(preview.document.byline).toBeNull();
    expect(preview.document.headingBlock).toEqual(['Written evidence submitted by M. Q. V.']);
    expect(preview.document.signature).toEqual(['Respectfully submitted,', 'M. Q. V.']);
    const body = docxText(await pipeline.render(options));
    expect(body).toContain('I, M. Q. V., testify.');
    expect(body).toMatch(/Respectfully submitted,.*M\. Q\. V\.$/);
    expect(body).not.toMatch(/Quirina|Vantongeren|María/);
    // The resolver's own format limit is a refusal too.
    const pdfPreview = await pipeline.preview({ ...options, format: 'pdf' });
    expect(pdfPreview.refusals.map((r) => worded(r))).toEqual([
      { code: 'format-not-accepted', message: 'This document can be exported only as DOCX.' },
    ]);
  });

  it('previews exactly the text the files hold, with each change flagged only in the preview', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create([s.story.id], grantTerms({ coverNote: true, identity: { mode: 'first' } }));
    const pipeline = s.pipeline(printer());
    const preview = await pipeline.preview(s.options(grant.id, { title: 'Testimony on SB 123' }));
    const lines = documentLines(preview.document);
    expect(lines[0]).toBe('Testimony on SB 123');
    expect(lines[1]).toBe('María');
    // The cover note is the first paragraph: the terms and how to withdraw.
    expect(lines[2]).toMatch(
      /^The author shares this document with Senate Judiciary Committee for the hearing on SB 123, with their consent, until 1 June 2027\. Some names and places have been removed\. They may withdraw/,
    );
    const runs = preview.document.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs : []));
    expect(runs.filter((r) => r.change).map((r) => [asRead(r.text), r.change])).toEqual([
      ['María', 'identity'],
      ['[name withheld]', 'redacted'],
      ['[place withheld]', 'redacted'],
    ]);
    // Dates were not redacted under this grant.
    expect(lines.join('\n')).toContain('3 May 2019');

    const docx = await pipeline.render(s.options(grant.id, { title: 'Testimony on SB 123' }));
    const pdf = await pipeline.render(s.options(grant.id, { title: 'Testimony on SB 123', format: 'pdf' }));
    expect(squeezed(docxText(docx))).toBe(squeezed(lines.join('')));
    expect(squeezed(pdfBodyText(pdf))).toBe(squeezed(lines.join('')));
    // The flags are the preview's alone: the file is what the same document renders to without them.
    for (const xml of docxParts(docx).values()) expect(xml).not.toMatch(/redacted|identity/);
    // The file is named after its title.
    expect(preview.suggestedFileName).toBe('Testimony on SB 123.docx');
    expect(docx.equals(await exportDocx(preview.document))).toBe(true);
  });

  it('titles the file and names it after the title only as the consent lets it out: no withheld name in either', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create([s.story.id], grantTerms());
    const pipeline = s.pipeline(printer());
    // The writer's own title names a marked person, a marked place and the writer.
    const title = 'What José Núñez did to María Vantongeren in Ciudad Juárez';
    const options = s.options(grant.id, { title });
    const preview = await pipeline.preview(options);
    expect(documentLines(preview.document)[0]).toBe('What [name withheld] did to M. Q. V. in [place withheld]');
    expect(preview.suggestedFileName).toBe('What [name withheld] did to M. Q. V. in [place withheld].docx');

    const dir = await outDir();
    let suggested = '';
    const outcome = await pipeline.run({ ...options, fileName: '' }, async (name) => {
      suggested = name;
      return path.join(dir, name);
    });
    expect(suggested).toBe(preview.suggestedFileName);
    const written = await fs.readFile(path.join(dir, suggested));
    const everything = [...docxParts(written).values()].join('\n');
    expect(asRead(docxText(written))).toContain('What [name withheld] did to M. Q. V. in [place withheld]');
    for (const withheld of ['José', 'Núñez', 'Juárez', 'Vantongeren', 'María', 'Quirina']) {
      expect(everything).not.toContain(withheld);
      expect(suggested).not.toContain(withheld);
      expect(JSON.stringify(outcome)).not.toContain(withheld);
    }
    // The sharing history names what was shared, by the title as it left.
    const history = await createSharingHistory(s.vault).list();
    expect(history.map((r) => asRead(r.title ?? ''))).toEqual([
      'What [name withheld] did to M. Q. V. in [place withheld]',
    ]);
    expect(JSON.stringify(history)).not.toContain('Núñez');

    // No title: the neutral name of what it is, a story, in the document's language; no title line.
    const untitled = await pipeline.preview(s.options(grant.id, { title: null }));
    expect(untitled.suggestedFileName).toBe('story-2027-02-01.docx');
    expect(untitled.document.title).toBeNull();
    const untitledEs = await pipeline.preview(s.options(grant.id, { title: null, language: 'es' }));
    expect(untitledEs.suggestedFileName).toBe('historia-2027-02-01.docx');
  });

  it('never puts the profile name in an anonymous export: byline and mentions say so in the document language', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create(
      [s.story.id],
      grantTerms({ identity: { mode: 'anonymous' }, redact: { categories: [], keep: [] } }),
    );
    const preview = await s.pipeline(noPrinter).preview(s.options(grant.id, { language: 'es' }));
    expect(preview.document.byline).toBe('Anónimo');
    const all = documentLines(preview.document).join('\n');
    for (const part of AUTHOR.split(' ')) expect(all).not.toContain(part);
    expect(all).toContain('My name is [nombre omitido].');
    // Nothing redacted under this grant: the marked details stay.
    expect(all).toContain('José Núñez');
  });
});

describe('a story opening with its own title as a heading', () => {
  it('prints the title once: the heading that repeats it is not printed again below it', async () => {
    const doc: StoryDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('Coming home')] },
        para(text('It took two years.')),
        { type: 'heading', attrs: { level: 1 }, content: [text('After')] },
      ],
    };
    const s = await setup(doc);
    const grant = await s.grants.create([s.story.id], grantTerms());
    const titled = await s.pipeline(noPrinter).preview(s.options(grant.id, { title: 'Coming home' }));
    expect(documentLines(titled.document).filter((l) => l === 'Coming home')).toHaveLength(1);
    expect(titled.document.title).toBe('Coming home');
    expect(titled.document.blocks[0]).toMatchObject({ type: 'paragraph' });
    // Another title keeps the story's own heading.
    const other = await s.pipeline(noPrinter).preview(s.options(grant.id, { title: 'For the committee' }));
    expect(other.document.blocks[0]).toMatchObject({ type: 'heading', runs: [{ text: 'Coming home' }] });
  });
});
