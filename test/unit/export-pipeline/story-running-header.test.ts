import { afterAll, describe, expect, it } from 'vitest';
import type { StoryDoc } from '../../../shared/core/story-doc';
import { headerWithTitle, HEADER_TITLE_CHARS } from '../../../shared/export/running-header';
import { docxParts } from '../../support/docx-inspect';
import { para, sensitive, text } from '../export/helpers/fixtures';
import { asRead } from './document-text';
import { grantTerms, noPrinter, removeOutDirs, setup } from '../../support/pipeline-fixtures';

afterAll(() => removeOutDirs());

const DOC: StoryDoc = {
  type: 'doc',
  content: [
    para(
      text('We met '),
      sensitive('José Núñez', 'person', 'p1'),
      text(' in '),
      sensitive('Ciudad Juárez', 'place', 'l1'),
      text('.'),
    ),
  ],
};

describe('a story’s running header', () => {
  it('names the story by its title as the release gate lets it out, then the writer as the consent says', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create([s.story.id], grantTerms());
    const pipeline = s.pipeline(noPrinter);
    const options = s.options(grant.id, { title: 'Leaving Ciudad Juárez with María Vantongeren' });
    const { document } = await pipeline.preview(options);
    expect(asRead(document.runningHeader ?? '')).toBe('Leaving [place withheld] with M. Q. V. • M. Q. V.');
    // The identity the renderers isolate in right-to-left paragraphs is the consent's, never the full name.
    expect(document.identity).toBe('M. Q. V.');
    const docx = await pipeline.render(options);
    const headers = [...docxParts(docx)].filter(([name]) => name.startsWith('word/header')).map(([, xml]) => xml);
    expect(asRead(headers.join(''))).toContain('Leaving [place withheld] with M. Q. V. • M. Q. V. • ');
    for (const withheld of ['Juárez', 'Vantongeren', 'María']) expect(headers.join('')).not.toContain(withheld);
  });

  it('without a printed title names only the writer, as before', async () => {
    const s = await setup(DOC);
    const grant = await s.grants.create([s.story.id], grantTerms());
    const { document } = await s.pipeline(noPrinter).preview(s.options(grant.id, { title: null }));
    expect(document.runningHeader).toBe('M. Q. V.');
  });

  it('shortens a long title at a word so the header keeps to one line beside "Page 2 of 5"', () => {
    const long = 'A story about the two years I spent working in a kitchen far from home without pay';
    const header = headerWithTitle(long, 'M. R.');
    expect(header).toBe('A story about the two years I spent working in a kitchen far… • M. R.');
    expect(headerWithTitle(`${long.slice(0, 58)}xyz and more`, 'M. R.')).toBe(
      'A story about the two years I spent working in a kitchen…' + ' • M. R.',
    );
    // One unbroken word longer than the limit is cut at the limit.
    expect([...headerWithTitle('x'.repeat(100), 'M').split(' • ')[0]!]).toHaveLength(HEADER_TITLE_CHARS + 1);
    expect(headerWithTitle('   ', 'M. R.')).toBe('M. R.');
  });
});
