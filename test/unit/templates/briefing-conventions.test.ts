import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/export/export-file';
import type { ExportDocument } from '../../../shared/export/export-document';
import { fromDoc } from '../../../shared/export/from-doc';
import { renderPrintHtml } from '../../../shared/export/print-html';
import { builtInTemplate } from '../../../shared/templates/builtin/index';
import { templateSchema, type Template } from '../../../shared/templates/template-schema';
import { buildTestimonyExport } from '../../../shared/testimony/build-testimony-export';
import { docxParts, joinedText } from '../../support/docx-inspect';
import { filledTestimony } from '../../support/fill-template';

const briefing = builtInTemplate('briefing')!;
/** The briefing with its memo setting on, as a person's copy of the template would say. */
const memo: Template = templateSchema.parse({ ...briefing, layout: { ...briefing.layout, headingStyle: 'memo' } });

function document(template: Template, language: 'en' | 'es' = 'en'): ExportDocument {
  const built = buildTestimonyExport(filledTestimony(template, language), {
    language,
    witness: 'M.',
    today: '2025-04-09',
  });
  return {
    language,
    title: language === 'en' ? 'Protecting survivors' : 'Proteger a sobrevivientes',
    byline: null,
    headingBlock: built.headingBlock,
    titleFirst: built.titleFirst,
    blocks: fromDoc(built.doc),
    paper: built.paper,
  };
}

const headings = (doc: ExportDocument) =>
  doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.runs.map((r) => r.text).join('')] : []));

describe('a briefing reads title, audience, date, then the asks', () => {
  it('the model: title first, then who it is for, the organization and bill, the date; the key asks before the narrative', () => {
    expect(briefing.version).toBe(2);
    const doc = document(briefing);
    expect(doc.titleFirst).toBe(true);
    expect(doc.headingBlock).toEqual(['For Senator Ruiz', 'Harbor Light • SB 123 • Support', 'April 9, 2025']);
    expect(headings(doc)).toEqual([
      'Key asks',
      'The issue',
      'Why it matters',
      'Survivor perspectives',
      'The data',
      'Contact',
    ]);
    expect(headings(document(briefing, 'es'))[0]).toBe('Lo que pedimos');
  });

  it('as a memo: TO, FROM, RE, DATE in that order, in the document’s language', () => {
    expect(document(memo).headingBlock).toEqual([
      'TO: Senator Ruiz',
      'FROM: Harbor Light',
      'RE: SB 123 — Survivor Protection Act (Support)',
      'DATE: April 9, 2025',
    ]);
    expect(document(memo, 'es').headingBlock).toEqual([
      'PARA: Senator Ruiz',
      'DE: Harbor Light',
      'ASUNTO: SB 123 — Survivor Protection Act (A favor)',
      'FECHA: 9 de abril de 2025',
    ]);
    // A line whose fact is missing drops out instead of printing "TO:" alone.
    const t = filledTestimony(memo);
    delete t.metadata.recipient;
    expect(buildTestimonyExport(t, { language: 'en', witness: 'M.', today: '2025-04-09' }).headingBlock[0]).toBe(
      'FROM: Harbor Light',
    );
  });

  it('DOCX: the title, then the memo block in order, then the key asks before the issue', async () => {
    const text = joinedText(docxParts(await exportDocx(document(memo))).get('word/document.xml')!);
    const order = ['Protecting survivors', 'TO: Senator Ruiz', 'FROM:', 'RE: SB 123', 'DATE:', 'Key asks', 'The issue'];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('print HTML: the title above the heading block; written testimony keeps its caption above the title', () => {
    const html = renderPrintHtml(document(briefing));
    expect(html.indexOf('<h1 class="title"')).toBeGreaterThan(0);
    expect(html.indexOf('<h1 class="title"')).toBeLessThan(html.indexOf('<header class="heading-block'));
    expect(html.indexOf('Key asks')).toBeLessThan(html.indexOf('The issue'));
    const state = buildTestimonyExport(filledTestimony(builtInTemplate('us-state-written')!), {
      language: 'en',
      witness: 'M.',
    });
    const written = renderPrintHtml({
      language: 'en',
      title: 'My testimony',
      byline: null,
      headingBlock: state.headingBlock,
      titleFirst: state.titleFirst,
      blocks: [],
      paper: 'letter',
    });
    expect(written.indexOf('<header class="heading-block')).toBeLessThan(written.indexOf('<h1 class="title"'));
  });
});
