import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { appXml, coreXml } from '../../../electron/export/docx-properties';
import { resolveTarget, relsSource } from '../../../electron/export/opc-parts';
import { renderDocx } from '../../support/render-docx-zip';
import { scrubDocx } from '../../../electron/export/scrub-docx-file';
import { readZip } from '../../../electron/export/zip';
import { writeZip } from '../../../electron/export/zip-write';
import { docxHaystacks } from './helpers/export-haystacks';
import { docxParts } from '../../support/docx-inspect';
import { exportDoc } from './helpers/fixtures';
import { findLeak, prepare } from './helpers/leak-check';

const SECRET = 'Maricruz Ibáñez';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word file with everything a scrubber must remove, as Word itself would leave it. */
async function dirtyDocx(): Promise<Buffer> {
  const clean = await renderDocx(exportDoc({ blocks: [{ type: 'paragraph', runs: [{ text: 'Visible words.' }] }] }));
  const parts = new Map(readZip(clean).map((e) => [e.name, e.data.toString('utf8')]));
  const edit = (name: string, fn: (xml: string) => string) => parts.set(name, fn(parts.get(name)!));
  edit('word/document.xml', (xml) =>
    xml.replace(
      '<w:body>',
      '<w:body><!-- draft for ' +
        SECRET +
        ' -->' +
        '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6" w14:paraId="1A2B3C4D" w14:textId="77777777">' +
        `<w:bookmarkStart w:id="0" w:name="${SECRET.replace(' ', '_')}"/><w:bookmarkEnd w:id="0"/>` +
        '<w:commentRangeStart w:id="1"/>' +
        `<w:r w:rsidRPr="00112233"><w:rPr><w:vanish/></w:rPr><w:t>${SECRET} hidden</w:t></w:r>` +
        `<w:del w:id="2" w:author="${SECRET}" w:date="2024-05-01T10:00:00Z"><w:r><w:delText>${SECRET} deleted</w:delText></w:r></w:del>` +
        `<w:ins w:id="3" w:author="${SECRET}" w:date="2024-05-01T10:00:00Z"><w:r><w:t>Inserted words.</w:t></w:r></w:ins>` +
        `<w:r><w:rPr><w:b/><w:rPrChange w:id="4" w:author="${SECRET}"><w:rPr/></w:rPrChange></w:rPr><w:t>Formatted.</w:t></w:r>` +
        '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>' +
        '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>Shown anyway.</w:t></w:r>' +
        '</w:p>',
    ),
  );
  edit('word/settings.xml', (xml) =>
    xml.replace(
      '<w:defaultTabStop',
      `<w:trackRevisions/><w:attachedTemplate r:id="rId99"/><w:docVars><w:docVar w:name="who" w:val="${SECRET}"/></w:docVars>` +
        '<w:rsids><w:rsidRoot w:val="00A1B2C3"/><w:rsid w:val="00A1B2C3"/></w:rsids><w:defaultTabStop',
    ),
  );
  parts.set(
    'word/_rels/settings.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///C:/Users/${encodeURIComponent(SECRET)}/Normal.dotm" TargetMode="External"/></Relationships>`,
  );
  parts.set(
    'word/comments.xml',
    `<w:comments ${W}><w:comment w:id="1" w:author="${SECRET}"><w:p><w:r><w:t>${SECRET} said so</w:t></w:r></w:p></w:comment></w:comments>`,
  );
  parts.set(
    'word/people.xml',
    `<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="${SECRET}"/></w15:people>`,
  );
  parts.set(
    'docProps/custom.xml',
    `<Properties><property name="Owner"><vt:lpwstr>${SECRET}</vt:lpwstr></property></Properties>`,
  );
  parts.set('docProps/thumbnail.jpeg', `JFIF ${SECRET}`);
  parts.set('customXml/item1.xml', `<root>${SECRET}</root>`);
  edit('docProps/core.xml', (xml) => xml.replace('<dc:creator></dc:creator>', `<dc:creator>${SECRET}</dc:creator>`));
  parts.set(
    'docProps/app.xml',
    `<Properties><Company>${SECRET}</Company><TotalTime>312</TotalTime><Template>Normal.dotm</Template></Properties>`,
  );
  edit('word/_rels/document.xml.rels', (xml) =>
    xml.replace(
      '</Relationships>',
      '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' +
        '<Relationship Id="rId91" Type="http://schemas.microsoft.com/office/2011/relationships/people" Target="people.xml"/>' +
        '<Relationship Id="rId92" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/?q=x" TargetMode="External"/></Relationships>',
    ),
  );
  edit('_rels/.rels', (xml) =>
    xml.replace(
      '</Relationships>',
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/></Relationships>',
    ),
  );
  edit('[Content_Types].xml', (xml) =>
    xml.replace(
      '</Types>',
      '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml" PartName="/word/comments.xml"/></Types>',
    ),
  );
  return writeZip([...parts].map(([name, xml]) => ({ name, data: Buffer.from(xml, 'utf8') })));
}

describe('scrubDocx', () => {
  it('keeps only allow-listed parts', async () => {
    const names = readZip(scrubDocx(await dirtyDocx(), { title: 'T' })).map((e) => e.name);
    expect(names).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/_rels/fontTable.xml.rels',
      'word/_rels/footer1.xml.rels',
      'word/_rels/settings.xml.rels',
      'word/document.xml',
      'word/fontTable.xml',
      'word/footer1.xml',
      'word/numbering.xml',
      'word/settings.xml',
      'word/styles.xml',
      'word/theme/theme1.xml',
    ]);
  });

  it('drops a relationships part whose part is not in the package', async () => {
    const orphan = {
      name: 'word/_rels/header7.xml.rels',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
      ),
    };
    const dirty = writeZip([...readZip(await dirtyDocx()), orphan]);
    const names = readZip(scrubDocx(dirty, { title: null })).map((e) => e.name);
    expect(names).not.toContain(orphan.name);
    expect(names).toContain('_rels/.rels');
    expect(names).toContain('word/_rels/document.xml.rels');
  });

  it('leaves the secret nowhere: not in comments, history, hidden text, variables, bookmarks or metadata', async () => {
    const dirty = await dirtyDocx();
    expect(findLeak(SECRET, prepare(docxHaystacks(dirty)))).not.toBeNull(); // the fixture really is dirty
    expect(findLeak(SECRET, prepare(docxHaystacks(scrubDocx(dirty, { title: null }))))).toBeNull();
  });

  it('removes revision ids, hidden text, tracked changes and comment anchors, keeping accepted text', async () => {
    const doc = docxParts(scrubDocx(await dirtyDocx(), { title: null })).get('word/document.xml')!;
    expect(doc).not.toMatch(
      /rsid|w14:paraId|w14:textId|w:vanish|w:ins\b|w:del\b|w:delText|rPrChange|commentRange|commentReference|bookmark|<!--/,
    );
    expect(doc).toContain('Inserted words.');
    expect(doc).toContain('Formatted.');
    expect(doc).toContain('Shown anyway.');
    expect(doc).toContain('Visible words.');
    const settings = docxParts(scrubDocx(await dirtyDocx(), { title: null })).get('word/settings.xml')!;
    expect(settings).not.toMatch(/rsid|trackRevisions|docVars|attachedTemplate/);
  });

  it('rewrites core.xml and app.xml to the allowed values exactly', async () => {
    const parts = docxParts(scrubDocx(await dirtyDocx(), { title: 'Testimony & <notes>' }));
    expect(parts.get('docProps/core.xml')).toBe(coreXml('Testimony & <notes>'));
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Testimony &amp; &lt;notes&gt;</dc:title>');
    expect(parts.get('docProps/app.xml')).toBe(appXml());
  });

  it('leaves no relationship or content type pointing at a removed part, and nothing external', async () => {
    const parts = docxParts(scrubDocx(await dirtyDocx(), { title: null }));
    for (const [name, xml] of parts) {
      if (!name.endsWith('.rels')) continue;
      expect(xml).not.toContain('External');
      for (const m of xml.matchAll(/Target="([^"]+)"/g))
        expect(parts.has(resolveTarget(relsSource(name), m[1]!))).toBe(true);
    }
    for (const m of parts.get('[Content_Types].xml')!.matchAll(/PartName="\/([^"]+)"/g))
      expect(parts.has(m[1]!)).toBe(true);
  });

  it('gives a file another reader (mammoth) opens, with the same words', async () => {
    const { value } = await mammoth.extractRawText({ buffer: scrubDocx(await dirtyDocx(), { title: null }) });
    expect(value).toContain('Inserted words.Formatted.Shown anyway.');
    expect(value).toContain('Visible words.');
    expect(value).not.toContain(SECRET);
  });
});
