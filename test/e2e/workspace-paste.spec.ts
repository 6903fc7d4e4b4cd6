import { describe, expect, it } from 'vitest';
import { shot } from './vault-steps';
import { newStory, pasteHtml, storedStory, waitSaved } from './workspace-steps';
import { useWorkspaceApp } from './use-workspace-app';

/**
 * Hostile clipboard HTML. Each payload would set window.__pwned (or cover the page) if anything of
 * it ran or survived; the paste must leave only harmless text in the editor and the stored story.
 */
const PAYLOADS: Record<string, string> = {
  imgOnerror: '<p>photo <img src="x" onerror="window.__pwned = \'img\'"> caption</p>',
  svgOnload: '<svg onload="window.__pwned = \'svg\'"><circle r="5"></circle></svg><p>after svg</p>',
  svgScript: '<svg><script>window.__pwned = "svg-script"</script></svg>',
  script: '<p>before</p><script>window.__pwned = "script"</script><p>after</p>',
  iframe:
    '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  metaRefresh: '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=\'meta\'"><p>meta</p>',
  jsLink: '<p><a href="javascript:window.__pwned=\'link\'">click me</a> and <a href=" JaVaScRiPt:alert(1)">me</a></p>',
  dataLink: '<p><a href="data:text/html,<script>alert(1)</script>">data link</a></p>',
  objectEmbed:
    '<object data="javascript:window.__pwned=1"></object><embed src="javascript:window.__pwned=1"><p>objects</p>',
  styleOverlay:
    '<div style="position:fixed;inset:0;z-index:99999;background:#c00" onclick="window.__pwned=\'overlay\'">Your session expired</div>',
  styleTag: '<style>body { display: none !important } .ProseMirror { visibility: hidden }</style><p>styled</p>',
  handlers:
    '<p onmouseover="window.__pwned=1" onfocus="window.__pwned=1" tabindex="0"><b onclick="window.__pwned=1">bold</b> <span data-sensitive="person" onmouseenter="window.__pwned=1">Ana</span></p>',
  formAndBase:
    '<base href="javascript:alert(1)//"><form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form><p>form</p>',
  details: '<details open ontoggle="window.__pwned=\'details\'"><summary>more</summary>hidden</details>',
  mathml: '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=\'math\'">',
};

describe('workspace: hostile paste', () => {
  const app = useWorkspaceApp();

  it('leaves nothing executable in the document JSON or the DOM', async () => {
    const { page } = app;
    await newStory(page, 'Pasted things');
    await page.keyboard.type('Start. ');

    for (const [name, html] of Object.entries(PAYLOADS)) {
      await pasteHtml(page, html);
      // Give any event handler or load that slipped through a chance to run.
      await page.waitForTimeout(150);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), name).toBeUndefined();
    }
    await waitSaved(page);

    const dom = await page.evaluate(() => {
      const root = document.querySelector('.ProseMirror')!;
      const all = Array.from(root.querySelectorAll('*'));
      return {
        text: root.textContent,
        handlerAttributes: all.flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => /^on/i.test(a.name))
            .map((a) => `${el.tagName}.${a.name}`),
        ),
        styleAttributes: all.filter((el) => el.hasAttribute('style')).map((el) => el.tagName),
        forbidden: [
          ...root.querySelectorAll(
            'script, iframe, svg, meta, link, object, embed, form, button, base, math, details, style, img',
          ),
          ...document.querySelectorAll('iframe, object, embed, base, meta[http-equiv="refresh" i], script:not([src])'),
        ].map((el) => el.tagName),
        jsLinks: Array.from(document.querySelectorAll('[href], [src], [action], [formaction]'))
          .map(
            (el) =>
              el.getAttribute('href') ??
              el.getAttribute('src') ??
              el.getAttribute('action') ??
              el.getAttribute('formaction') ??
              '',
          )
          .filter((v) => /^\s*(javascript|data):/i.test(v)),
        bodyVisible: getComputedStyle(document.body).display !== 'none',
        fixedInEditor: all.filter((el) => getComputedStyle(el).position === 'fixed').length,
      };
    });
    expect(dom.handlerAttributes).toEqual([]);
    expect(dom.styleAttributes).toEqual([]);
    expect(dom.forbidden).toEqual([]);
    expect(dom.jsLinks).toEqual([]);
    expect(dom.bodyVisible).toBe(true);
    expect(dom.fixedInEditor).toBe(0);
    // The harmless words came through as text.
    expect(dom.text).toContain('click me');
    expect(dom.text).toContain('Your session expired');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();

    const json = JSON.stringify((await storedStory(page, 'Pasted things')).doc);
    for (const bad of [
      'javascript:',
      'onerror',
      'onload',
      'onclick',
      'onmouse',
      '<script',
      '<iframe',
      '<svg',
      '<style',
      'http-equiv',
      'position:fixed',
      '"type":"image"',
      '"type":"link"',
    ]) {
      expect(json, bad).not.toContain(bad);
    }
    // Only the schema's own node and mark types are stored.
    const types = new Set([...json.matchAll(/"type":"([A-Za-z]+)"/g)].map((m) => m[1]));
    for (const type of types) {
      expect([
        'doc',
        'paragraph',
        'text',
        'heading',
        'bold',
        'italic',
        'underline',
        'bulletList',
        'orderedList',
        'listItem',
        'blockquote',
        'hardBreak',
        'sensitive',
        'privateNote',
      ]).toContain(type);
    }
    await shot(page, 'workspace-09-after-hostile-paste');
  });
});
