import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../electron/export/index';
import { CJK_TRUETYPE_FIRST } from '../../../shared/export/script-fonts';
import { exportDoc } from './helpers/fixtures';
import { pdfjsText } from './helpers/pdfjs-text';
import { useChromiumPrinter } from './helpers/shared-printer';

const printer = useChromiumPrinter();

/** The TrueType CJK serif fonts for simplified Chinese that fontconfig finds on this machine. */
function installedTrueTypeChinese(): string[] {
  try {
    const families = execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' });
    return CJK_TRUETYPE_FIRST['zh-CN'].filter((f) => families.includes(f));
  } catch {
    return [];
  }
}

const SENTENCE = '我们在委员会的听证会上作证，讲述了我们的经历和需要的帮助。';

describe('Chinese in the PDF', () => {
  const fonts = installedTrueTypeChinese();
  // CI installs no CJK font (a 8–60 MB download): docs/templates.md explains the Type 3 cost instead.
  it.skipIf(fonts.length === 0)(
    'is embedded as one named CID font, never as Type 3 fonts, when a TrueType CJK serif is installed',
    async () => {
      const pdf = await exportPdf(
        exportDoc({ blocks: [{ type: 'paragraph', runs: [{ text: SENTENCE.repeat(6) }] }] }),
        printer(),
      );
      const bytes = pdf.toString('latin1');
      expect(bytes).not.toContain('/Type3');
      expect(bytes).toMatch(/\/CIDFontType2/);
      // A subset of the CJK font itself (AR PL UMing is "UMingCN"), beside the Latin serif's.
      expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+(?!Liberation|DejaVu)\w+/);
      expect((await pdfjsText(pdf)).replace(/\s+/g, '')).toContain(SENTENCE);
    },
  );
});
