import { describe, expect, it } from 'vitest';
import { coreXml } from '../../../electron/export/docx-properties';
import { escapeXml, parseXml } from '../../../electron/export/xml-tree';

describe('escaping text for a Word part', () => {
  it('escapes the five XML specials and keeps tabs, line feeds and carriage returns', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'\t\n\r`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;\t\n\r');
  });

  it('drops the control characters XML 1.0 cannot hold, so the file still opens', () => {
    const title = `Before\u0000\u0001\u0008\u000B\u000C\u000E\u001Fafter`;
    expect(escapeXml(title)).toBe('Beforeafter');
    // A title with them still gives a well-formed properties part holding the rest of the title.
    const xml = coreXml(title);
    expect(xml).toContain('<dc:title>Beforeafter</dc:title>');
    expect(() => parseXml(xml)).not.toThrow();
    // eslint-disable-next-line no-control-regex -- the control characters are what it looks for
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});
