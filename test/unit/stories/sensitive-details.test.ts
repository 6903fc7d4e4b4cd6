import { describe, expect, it } from 'vitest';
import { listSensitiveDetails } from '../../../shared/story/index';
import { bold, doc, para, sensitive, text } from '../../support/doc-fixtures';

describe('listSensitiveDetails', () => {
  it('lists each marked detail once, in order, joining its neighbouring parts', () => {
    const d = doc(
      para(
        text('I met '),
        text('Ana ', sensitive('person', 'd1')),
        text('Pérez', sensitive('person', 'd1'), bold),
        text(' in '),
        text('Lima', sensitive('place', 'd2')),
      ),
      para(
        text('Later '),
        text('Ana', sensitive('person', 'd1')),
        text(' called '),
        text('+51 999', sensitive('contact', 'd3')),
      ),
      {
        type: 'privateNote',
        content: [para(text('Ask about '), text('the shelter', sensitive('organization', 'd4')))],
      } as never,
    );
    expect(listSensitiveDetails(d)).toEqual([
      { id: 'd1', category: 'person', text: 'Ana Pérez Ana' },
      { id: 'd2', category: 'place', text: 'Lima' },
      { id: 'd3', category: 'contact', text: '+51 999' },
      { id: 'd4', category: 'organization', text: 'the shelter' },
    ]);
  });

  it('is empty for a story without marks, and tolerates loose input', () => {
    expect(listSensitiveDetails(doc(para(text('nothing'))))).toEqual([]);
    expect(
      listSensitiveDetails({
        type: 'doc',
        content: [{ type: 'text', text: 'x', marks: [{ type: 'sensitive', attrs: { id: 'z', category: 'bogus' } }] }],
      }),
    ).toEqual([{ id: 'z', category: 'other', text: 'x' }]);
  });
});
