import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withdrawalLetterDocx } from '../../../electron/consent/withdrawal-letter-file';
import { docxParts, joinedText } from '../../support/docx-inspect';
import { grantTerms, noPrinter, outDir, removeOutDirs, setup, TODAY } from '../../support/pipeline-fixtures';
import type { StoryDoc } from '../../../shared/core/story-doc';

const DOC: StoryDoc = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'What I want you to know.' }] }],
};

afterAll(removeOutDirs);

describe('the withdrawal letter', () => {
  it('is addressed to the recipient, signed as the consent allows, dated by the history, and honest about public records', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create([s.story.id], grantTerms());
    const dir = await outDir();
    await s.pipeline(noPrinter).run(s.options(grant.id), async () => path.join(dir, 'testimony.docx'));

    const docx = await withdrawalLetterDocx(s.vault, grant.id, 'en', () => TODAY);
    const text = joinedText(docxParts(docx).get('word/document.xml')!);
    expect(text).toContain('Senate Judiciary Committee');
    expect(text).toContain('M. Q. V.'); // initials, as the consent says
    expect(text).not.toMatch(/Vantongeren|Quirina/);
    expect(text).toContain('1 February 2027'); // the day the testimony was sent
    expect(text).toMatch(/public record.*cannot be recalled/);
    for (const [part, xml] of docxParts(docx)) expect(xml, part).not.toContain('Vantongeren');
  });

  it('is written in Spanish when asked, with the same honesty', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create(
      [s.story.id],
      grantTerms({ identity: { mode: 'pseudonym', pseudonym: 'Rosa' } }),
    );
    const text = joinedText(
      docxParts(await withdrawalLetterDocx(s.vault, grant.id, 'es', () => TODAY)).get('word/document.xml')!,
    );
    expect(text).toContain('Rosa');
    expect(text).toMatch(/registro público.*no se puede retirar/);
  });
});
