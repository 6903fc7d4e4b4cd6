import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listSensitiveDetails } from '../../../shared/story/index';
import { doc, para, text } from '../../support/doc-fixtures';
import { imported } from './import-helpers';

describe('importing .html', () => {
  it('keeps the structure the story model has', async () => {
    const html = `<!doctype html><html><head><title>Ignored</title></head><body>
      <h1>Mi  historia</h1>
      <p>Hola <strong>fuerte</strong> <em>suave</em> <u>subrayado</u><br>otra línea</p>
      <h4>Deep heading</h4>
      <ol><li>uno<ul><li>anidado</li></ul></li><li><p>dos</p></li></ol>
      <blockquote><p>cita</p></blockquote>
      <table><tr><td>celda</td><td>otra</td></tr></table>
      <div>suelto <span>texto</span></div>
    </body></html>`;
    const r = await imported(html, 'x.html');
    expect(r.title).toBe('Mi historia');
    expect(r.doc.content).toEqual([
      para(
        text('Hola '),
        text('fuerte', { type: 'bold' }),
        text(' '),
        text('suave', { type: 'italic' }),
        text(' '),
        text('subrayado', { type: 'underline' }),
        { type: 'hardBreak' },
        text('otra línea'),
      ),
      { type: 'heading', attrs: { level: 3 }, content: [text('Deep heading')] },
      {
        type: 'orderedList',
        content: [
          {
            type: 'listItem',
            content: [
              para(text('uno')),
              { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('anidado'))] }] },
            ],
          },
          { type: 'listItem', content: [para(text('dos'))] },
        ],
      },
      { type: 'blockquote', content: [para(text('cita'))] },
      para(text('celda')),
      para(text('otra')),
      para(text('suelto texto')),
    ]);
  });

  it('leaves nothing of hostile markup in the document', async () => {
    const hostile = `
      <meta http-equiv="refresh" content="0;url=https://evil.example/phish">
      <style>body { position: fixed; } .overlay { z-index: 9999; background: url(https://evil.example/bg) }</style>
      <div style="position:fixed;top:0;left:0;width:100%;height:100%" onclick="steal()">Visible words</div>
      <p><img src="x" onerror="alert('img')"> after image</p>
      <svg onload="alert('svg')"><script>alert('svg-script')</script><text>svg text</text><foreignObject><p>inside svg</p></foreignObject></svg>
      <iframe src="https://evil.example/frame" srcdoc="<script>alert('srcdoc')</script>">iframe fallback</iframe>
      <object data="https://evil.example/flash.swf"><embed src="https://evil.example/e.swf">object fallback</object>
      <p><a href="javascript:alert('link')" onmouseover="alert('hover')">click here</a></p>
      <form action="https://evil.example/post"><input value="secret field"><button>Send</button><textarea>typed</textarea></form>
      <template><p>template content</p></template>
      <noscript><p>noscript content</p></noscript>
      <math><mi>x</mi></math>
      <p>Last <b onclick="x()" style="color:red">words</b></p>
      <script src="https://evil.example/x.js"></script><script>document.cookie</script>`;
    const r = await imported(hostile, 'hostile.html');
    const json = JSON.stringify(r);
    for (const bad of [
      'alert',
      'onerror',
      'onload',
      'onclick',
      'onmouseover',
      'javascript',
      'refresh',
      'evil',
      'http',
      'style',
      'position',
      'z-index',
      'iframe',
      'svg',
      'script',
      'cookie',
      'steal',
      'fallback',
      'secret field',
      'typed',
      'Send',
      'template',
      'noscript',
      'inside svg',
      'src',
      'href',
    ]) {
      expect(json, bad).not.toContain(bad);
    }
    expect(r.doc).toEqual(
      doc(
        para(text('Visible words')),
        para(text('after image')),
        para(text('click here')),
        para(text('Last '), text('words', { type: 'bold' })),
      ),
    );
  });

  it('turns data-sensitive spans into sensitive marks with fresh ids', async () => {
    const html = `<p>Met <span data-sensitive="person" data-sensitive-id="attacker-chosen">Ana <b>Pérez</b></span> in
      <span data-sensitive="place">Lima</span>, <span data-sensitive="nonsense">x</span>
      <span data-sensitive="person">Ana</span></p>`;
    const r = await imported(html, 'x.html');
    const details = listSensitiveDetails(r.doc);
    expect(details.map((d) => [d.category, d.text])).toEqual([
      ['person', 'Ana Pérez'],
      ['place', 'Lima'],
      ['other', 'x'],
      ['person', 'Ana'],
    ]);
    const ids = details.map((d) => d.id);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(r.doc)).not.toContain('attacker-chosen');
  });

  it('turns data-private-note blocks into private notes of plain paragraphs', async () => {
    const html = `<h1>Title</h1><p>Public</p><aside data-private-note><h1>Not a title</h1><p>ask <b>María</b></p><ul><li>item</li></ul></aside>
      <div data-private-note>second note</div><aside>ordinary aside</aside>`;
    const r = await imported(html, 'x.html');
    expect(r.title).toBe('Title');
    expect(r.doc.content).toEqual([
      para(text('Public')),
      {
        type: 'privateNote',
        content: [para(text('Not a title')), para(text('ask '), text('María', { type: 'bold' })), para(text('item'))],
      },
      { type: 'privateNote', content: [para(text('second note'))] },
      para(text('ordinary aside')),
    ]);
  });

  it('can keep the title heading in the text', async () => {
    const { importStory } = await import('../../../electron/stories/index');
    const r = await importStory(Buffer.from('<h1>Title</h1><p>Body</p>'), 'x.html', { keepTitleInText: true });
    expect(r).toEqual({
      title: 'Title',
      doc: doc({ type: 'heading', attrs: { level: 1 }, content: [text('Title')] }, para(text('Body'))),
    });
  });

  it('never takes the title from a private note', async () => {
    const r = await imported('<div data-private-note><h1>Secret name</h1></div><p>Text</p>', 'file.html');
    expect(r.title).toBe('file');
  });

  it('handles broken and absurdly nested markup without failing', async () => {
    expect((await imported('<p>unclosed <b>bold <i>both', 'x.html')).doc).toEqual(
      doc(para(text('unclosed '), text('bold ', { type: 'bold' }), text('both', { type: 'bold' }, { type: 'italic' }))),
    );
    const deepLists = '<ul><li>x'.repeat(200);
    const r = await imported(deepLists, 'x.html');
    expect(JSON.stringify(r.doc).match(/"bulletList"/g)!.length).toBeLessThanOrEqual(12);
    expect(JSON.stringify(r.doc).match(/"x"/g)!.length).toBe(200);
    expect((await imported('<li>stray item</li><ul>loose<li>a</li></ul>', 'x.html')).doc).toEqual(
      doc(para(text('stray item')), {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [para(text('loose'))] },
          { type: 'listItem', content: [para(text('a'))] },
        ],
      }),
    );
  });

  it('refuses markup nested thousands deep with a message', async () => {
    const { importRefused } = await import('./import-helpers');
    expect(await importRefused(Buffer.from('<span>'.repeat(10_000)), 'x.html', 'invalid_input')).toMatch(
      /nested too deeply/,
    );
  });

  it('never lets hostile content through, whatever the tag soup around it', async () => {
    const payloads = [
      '<script>PAYLOAD1</script>',
      '<style>PAYLOAD2</style>',
      '<iframe>PAYLOAD3</iframe>',
      '<img src=x onerror=PAYLOAD4>',
      '<a href="javascript:PAYLOAD5">link</a>',
      '<svg onload=PAYLOAD6><text>PAYLOAD7</text></svg>',
      '<meta http-equiv=refresh content="PAYLOAD8">',
      '<object data="PAYLOAD9">',
    ];
    const soup = [
      '<p>',
      '</p>',
      '<ul>',
      '</ul>',
      '<ol>',
      '<li>',
      '</li>',
      '<b>',
      '</b>',
      '<i>',
      '<h1>',
      '</h1>',
      '<h2>',
      '<br>',
      '<pre>',
      '</pre>',
      '<blockquote>',
      '</blockquote>',
      '<div data-private-note>',
      '</div>',
      '<span data-sensitive="person">',
      '</span>',
      'word',
      ' ',
      '\n',
      'palabra',
      '&amp;',
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...soup, ...payloads), { maxLength: 60 }), async (tokens) => {
        const r = await imported(tokens.join(''), 'x.html');
        expect(JSON.stringify(r)).not.toContain('PAYLOAD');
      }),
      { numRuns: 300 },
    );
  });
});
