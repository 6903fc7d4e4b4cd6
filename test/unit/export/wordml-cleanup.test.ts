import { describe, expect, it } from 'vitest';
import { cleanWordXml } from '../../../electron/export/wordml-cleanup';
import { parseXml, serializeXml } from '../../../electron/export/xml-tree';

// Every part of a Word file is cleaned here before it leaves Harbor (scrub-docx.ts): history, hidden
// text and private data must go with everything inside them, and the words a reader sees must stay.
const SECRET = 'Maricruz Ibáñez';
const clean = (xml: string) => serializeXml(cleanWordXml(parseXml(xml)));
const para = (inner: string) => `<w:p><w:r><w:t>Seen.</w:t></w:r>${inner}</w:p>`;

/** Each element that carries history, hidden text or private data, with the secret inside. */
const DROPPED = [
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:delInstrText',
  'w:rPrChange',
  'w:pPrChange',
  'w:sectPrChange',
  'w:tblPrChange',
  'w:tblPrExChange',
  'w:tblGridChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:numberingChange',
  'w:moveFromRangeStart',
  'w:moveFromRangeEnd',
  'w:moveToRangeStart',
  'w:moveToRangeEnd',
  'w:customXmlInsRangeStart',
  'w:customXmlInsRangeEnd',
  'w:customXmlDelRangeStart',
  'w:customXmlDelRangeEnd',
  'w:customXmlMoveFromRangeStart',
  'w:customXmlMoveFromRangeEnd',
  'w:customXmlMoveToRangeStart',
  'w:customXmlMoveToRangeEnd',
  'w:commentRangeStart',
  'w:commentRangeEnd',
  'w:commentReference',
  'w:annotationRef',
  'w:rsids',
  'w:trackRevisions',
  'w:docVars',
  'w:attachedTemplate',
  'w:dataBinding',
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:permStart',
  'w:permEnd',
  'w:proofErr',
  'w:vanish',
  'w:specVanish',
  'w:webHidden',
];

describe('cleaning a WordprocessingML part', () => {
  it.each(DROPPED)('drops <%s> with everything inside it, and keeps the words around it', (name) => {
    const out = clean(para(`<${name} w:author="${SECRET}"><w:t>${SECRET}</w:t></${name}>`));
    expect(out).toBe('<w:p><w:r><w:t>Seen.</w:t></w:r></w:p>');
  });

  it.each(['w:ins', 'w:moveTo', 'w:customXml', 'w:smartTag'])(
    'keeps the words of <%s> but not the wrapper that records their history',
    (name) => {
      const out = clean(`<w:p><${name} w:author="${SECRET}"><w:r><w:t>Kept words.</w:t></w:r></${name}></w:p>`);
      expect(out).toBe('<w:p><w:r><w:t>Kept words.</w:t></w:r></w:p>');
    },
  );

  it('removes a run formatted as hidden with its text, unless the hiding is switched off', () => {
    const run = (props: string) => `<w:r><w:rPr><w:b/>${props}</w:rPr><w:t>${SECRET}</w:t></w:r>`;
    for (const hidden of ['<w:vanish/>', '<w:vanish w:val="true"/>', '<w:vanish w:val="1"/>', '<w:specVanish/>']) {
      expect(clean(para(run(hidden))), hidden).toBe('<w:p><w:r><w:t>Seen.</w:t></w:r></w:p>');
    }
    for (const off of ['0', 'false', 'off']) {
      expect(clean(para(run(`<w:vanish w:val="${off}"/>`))), off).toBe(
        `<w:p><w:r><w:t>Seen.</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>${SECRET}</w:t></w:r></w:p>`,
      );
    }
    // Properties written after the text still hide it.
    expect(clean(para(`<w:r><w:t>${SECRET}</w:t><w:rPr><w:vanish/></w:rPr></w:r>`))).toBe(
      '<w:p><w:r><w:t>Seen.</w:t></w:r></w:p>',
    );
    // Hidden only as a paragraph mark (not a run): the paragraph's words stay, the hiding goes.
    expect(clean(`<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>Words.</w:t></w:r></w:p>`)).toBe(
      '<w:p><w:pPr><w:rPr></w:rPr></w:pPr><w:r><w:t>Words.</w:t></w:r></w:p>',
    );
  });

  it('drops revision-session and paragraph ids, and keeps every other attribute', () => {
    const out = clean(
      '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6" w:rsidP="00112233" w14:paraId="1A2B3C4D" ' +
        'w14:textId="77777777" w16cid:durableId="12345678" w:id="4" w:val="kept">' +
        '<w:r w:rsidRPr="00112233" w:rsidDel="00445566"><w:t xml:space="preserve">Words.</w:t></w:r></w:p>',
    );
    expect(out).toBe('<w:p w:id="4" w:val="kept"><w:r><w:t xml:space="preserve">Words.</w:t></w:r></w:p>');
  });

  it('drops XML comments and processing instructions other than the declaration', () => {
    const out = clean(
      `<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?>` +
        `<!-- drafted for ${SECRET} --><w:document><w:body>${para('')}</w:body></w:document>`,
    );
    expect(out).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><w:document><w:body><w:p><w:r><w:t>Seen.</w:t></w:r></w:p></w:body></w:document>',
    );
  });

  it('removes a run left with only its properties, and keeps empty paragraphs and runs with words', () => {
    const out = clean(
      '<w:body><w:p><w:r><w:rPr><w:b/></w:rPr><w:commentReference w:id="1"/></w:r><w:r></w:r>' +
        '<w:r><w:rPr><w:i/></w:rPr><w:t>Italic.</w:t></w:r><w:r><w:tab/></w:r></w:p>' +
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p><w:p/></w:body>',
    );
    expect(out).toBe(
      '<w:body><w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Italic.</w:t></w:r><w:r><w:tab/></w:r></w:p>' +
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p><w:p/></w:body>',
    );
  });

  it('keeps text between elements as written, CDATA sections included', () => {
    expect(clean('<w:t><![CDATA[Words & more]]></w:t>')).toBe('<w:t><![CDATA[Words & more]]></w:t>');
    expect(clean('<w:t xml:space="preserve"> two  spaces </w:t>')).toBe(
      '<w:t xml:space="preserve"> two  spaces </w:t>',
    );
  });
});
