import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxParts, joinedText } from '../../support/docx-inspect';
import { documentLines } from '../export-pipeline/document-text';
import { noPrinter, outDir, refusal, removeOutDirs } from '../../support/pipeline-fixtures';
import { advocateBriefing, shareFrom } from '../../support/briefing-fixtures';
import { SECRETS } from '../../support/share-fixtures';
import { worded } from '../worded';

afterAll(() => removeOutDirs());

const docxText = (docx: Buffer) => joinedText(docxParts(docx).get('word/document.xml')!);

describe('a briefing quoting several shared stories, through the export pipeline', () => {
  it('quotes each as received, credits each as its writer chose, exports, and records a use on each', async () => {
    const maria = await shareFrom('maria', 'A story from the border');
    const second = await shareFrom('second', 'Where I slept');
    const a = await advocateBriefing([maria, second]);
    const pipeline = a.pipeline(noPrinter);

    const preview = await pipeline.preview(a.options());
    expect(preview.refusals).toEqual([]);
    const lines = documentLines(preview.document);
    const quoteAt = lines.indexOf('I am M. R. [name withheld] took me to [place withheld] in the spring.');
    expect(quoteAt, lines.join(' | ')).toBeGreaterThan(-1);
    // Each credit follows its own quote: initials for María, "Anonymous" for the second writer.
    expect(lines.slice(quoteAt)).toEqual(
      expect.arrayContaining(['\u2014 M. R.', 'Nobody asked where I slept.', '\u2014 Anonymous']),
    );
    expect(lines.indexOf('\u2014 M. R.')).toBeLessThan(lines.indexOf('Nobody asked where I slept.'));
    for (const secret of [...SECRETS, 'Ana Torres']) expect(lines.join('\n')).not.toContain(secret);

    const target = path.join(await outDir(), 'briefing.docx');
    const outcome = await pipeline.run({ ...a.options(), fileName: 'briefing.docx' }, async () => target);
    expect(outcome.status).toBe('saved');
    const fileText = docxText(await fs.readFile(target));
    expect(fileText).toContain('\u2014 M. R.');
    expect(fileText).toContain('\u2014 Anonymous');
    expect(fileText).toContain('Nobody asked where I slept.');

    for (const s of a.imported) {
      const view = await a.sharedStories.get(s.id);
      expect(view.uses).toHaveLength(1);
      expect(view.uses[0]).toMatchObject({
        audience: { kind: 'legislative-committee', name: 'Senate Judiciary Committee' },
        purpose: 'the hearing on SB 123',
        format: 'docx',
        fileName: 'briefing.docx',
      });
      expect(view.uses[0]!.sha256).toBe(outcome.status === 'saved' ? outcome.value.sha256 : '');
    }
  });

  it('records a use, sent back to the writer in a receipt, with what the advocate’s own consent withholds left out', async () => {
    const second = await shareFrom('second', 'Where I slept');
    const a = await advocateBriefing([second], {
      grant: {
        identity: { mode: 'anonymous' },
        audience: { kind: 'legislative-committee', name: 'Dana Advocate’s committee' },
      },
    });
    // The advocate names the file after themself; their consent keeps them anonymous.
    const target = path.join(await outDir(), 'Dana Advocate briefing.docx');
    const outcome = await a.pipeline(noPrinter).run({ ...a.options(), fileName: 'x.docx' }, async () => target);
    expect(outcome.status).toBe('saved');
    const [use] = (await a.sharedStories.get(a.imported[0]!.id)).uses;
    expect(use!.fileName.endsWith('briefing.docx')).toBe(true);
    expect(JSON.stringify(use)).not.toMatch(/Dana|Advocate/);
  });

  it('credits in the document’s language', async () => {
    const second = await shareFrom('second', 'Donde dormía');
    const a = await advocateBriefing([second], { language: 'es' });
    const preview = await a.pipeline(noPrinter).preview(a.options());
    expect(documentLines(preview.document)).toContain('\u2014 Anónimo');
  });

  it('an excerpt whose writer shared it for another kind of audience blocks the export, named, and nothing is written', async () => {
    const maria = await shareFrom('maria', 'A story from the border');
    const second = await shareFrom('second', 'Where I slept', {
      audience: { kind: 'advocacy-organization', name: 'Harbor Light' },
      publicRecordAcknowledged: false,
    });
    const a = await advocateBriefing([maria, second]);
    const pipeline = a.pipeline(noPrinter);
    const preview = await pipeline.preview(a.options());
    expect(preview.refusals).toHaveLength(1);
    expect(worded(preview.refusals[0]!)).toMatchObject({
      code: 'excerpt-not-allowed',
      message:
        "Excerpt 2 (from 'Where I slept') was shared only for an advocacy organization, not for a legislative committee. Take it out of this briefing.",
      excerpt: { excerptNumber: 2, sharedStoryId: a.imported[1]!.id, reason: 'audience' },
    });
    expect(worded(preview.refusals[0]!, 'es').message).toMatch(
      /^El extracto 2 \(de «Where I slept»\) se compartió solo para una organización de defensa/,
    );

    const target = path.join(await outDir(), 'briefing.docx');
    const error = await refusal(pipeline.run({ ...a.options(), fileName: 'briefing.docx' }, async () => target));
    expect(error.message).toMatch(/^Excerpt 2 \(from 'Where I slept'\)/);
    await expect(fs.access(target)).rejects.toThrow();
    for (const s of a.imported) expect((await a.sharedStories.get(s.id)).uses).toEqual([]);
  });

  it('an expired package blocks it, and every blocking excerpt is listed at once', async () => {
    const maria = await shareFrom('maria', 'A story from the border', { expiresOn: '2027-03-01' });
    const second = await shareFrom('second', 'Where I slept', { expiresOn: '2027-03-01', formats: ['pdf'] });
    const a = await advocateBriefing([maria, second]);
    a.setNow(new Date('2027-03-02T10:00:00Z'));
    const pipeline = a.pipeline(noPrinter);
    const preview = await pipeline.preview(a.options());
    expect(preview.refusals.map((r) => [r.excerpt?.excerptNumber, r.excerpt?.reason])).toEqual([
      [1, 'expired'],
      [2, 'expired'],
      [2, 'format'],
    ]);
    expect(worded(preview.refusals[0]!).message).toBe(
      "Excerpt 1 (from 'A story from the border'): the consent ended on 1 March 2027. Take it out, or ask the writer whether they want to share it again.",
    );
    const error = await refusal(
      pipeline.run({ ...a.options(), fileName: 'x.docx' }, async () => path.join(await outDir(), 'x.docx')),
    );
    // The command line shows all of them, one per line.
    expect(error.message.split('\n')).toHaveLength(3);
  });

  it('a withdrawn package blocks it and its words are gone from the document', async () => {
    const maria = await shareFrom('maria', 'A story from the border');
    const second = await shareFrom('second', 'Where I slept');
    const a = await advocateBriefing([maria, second]);
    const { bytes } = await second.sent.revoke(second.packageId, 'I changed my mind');
    await a.sharedStories.importRevocation(bytes);
    const preview = await a.pipeline(noPrinter).preview(a.options());
    expect(preview.refusals).toHaveLength(1);
    expect(preview.refusals[0]!.excerpt!.reason).toBe('revoked');
    expect(worded(preview.refusals[0]!).message).toMatch(
      /^Excerpt 2 \(from 'Where I slept'\): the writer withdrew their consent on /,
    );
    expect(documentLines(preview.document).join('\n')).not.toContain('Nobody asked');
  });

  it('a file type the writer did not allow blocks only that type', async () => {
    const second = await shareFrom('second', 'Where I slept', { formats: ['docx'] });
    const a = await advocateBriefing([second]);
    const pipeline = a.pipeline(noPrinter);
    const pdf = await pipeline.preview(a.options({ format: 'pdf' }));
    expect(pdf.refusals.map((r) => worded(r).message)).toEqual([
      "Excerpt 1 (from 'Where I slept') cannot go into a PDF file; the consent allows DOCX.",
    ]);
    await refusal(
      pipeline.run({ ...a.options({ format: 'pdf' }), fileName: 'x.pdf' }, async () =>
        path.join(await outDir(), 'x.pdf'),
      ),
    );
    expect((await pipeline.preview(a.options({ format: 'docx' }))).refusals).toEqual([]);
  });

  it('a purpose worded differently blocks until the advocate confirms it for that story', async () => {
    const second = await shareFrom('second', 'Where I slept', { purpose: 'the SB 123 hearing' });
    const a = await advocateBriefing([second]);
    const pipeline = a.pipeline(noPrinter);
    const refused = await pipeline.preview(a.options());
    expect(refused.refusals.map((r) => r.excerpt?.reason)).toEqual(['purpose']);
    expect(worded(refused.refusals[0]!).message).toBe(
      "Excerpt 1 (from 'Where I slept') was shared for 'the SB 123 hearing'. Confirm this briefing is for that, or take it out.",
    );
    const confirmed = await pipeline.preview(a.options({ purposeConfirmedFor: [a.imported[0]!.id] }));
    expect(confirmed.refusals).toEqual([]);
  });

  it('the use record reaches the writer in a receipt', async () => {
    const maria = await shareFrom('maria', 'A story from the border');
    const a = await advocateBriefing([maria]);
    const target = path.join(await outDir(), 'for-the-committee.docx');
    await a.pipeline(noPrinter).run({ ...a.options(), fileName: 'for-the-committee.docx' }, async () => target);
    const { bytes } = await a.sharedStories.writeReceipt(a.imported[0]!.id);
    const seen = await maria.sent.importReceipt(bytes);
    expect(seen.uses).toEqual([
      expect.objectContaining({ fileName: 'for-the-committee.docx', format: 'docx', purpose: 'the hearing on SB 123' }),
    ]);
  });
});
