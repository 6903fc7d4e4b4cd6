import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportDocx } from '../../../electron/export/export-docx';

// The Word renderer's warm-up, counted here; warm-up-docx.test below runs the real one.
const warmed = vi.hoisted(() => ({ docx: 0 }));
vi.mock('../../../electron/cli/warm-up-docx', async (original) => ({
  ...(await original<typeof import('../../../electron/cli/warm-up-docx')>()),
  warmUpDocx: async () => {
    warmed.docx += 1;
  },
}));

const { warmUpExport } = await import('../../../electron/cli/warm-up-export');
const { warmUpDocument } = await import('../../../electron/cli/warm-up-document');
const { warmUpStory, warmUpStoryCheck } = await import('../../../electron/cli/warm-up-story');

afterEach(() => {
  warmed.docx = 0;
});

describe("harbor export's warm-up while the key is derived", () => {
  it('renders a Word file of Harbor’s own words, with no vault at all', async () => {
    const doc = warmUpDocument();
    const words = JSON.stringify(doc.blocks);
    // Fixed words only: nothing in it could have come from a person's vault.
    expect(words).toContain('The quick brown fox');
    expect(doc.identity).toBeUndefined();
    const file = await exportDocx(doc);
    expect(file.subarray(0, 2).toString()).toBe('PK');
  });

  it('checks a story of Harbor’s own words that the story schema accepts, as a real story is', () => {
    expect(JSON.stringify(warmUpStory().doc)).toContain('The quick brown fox');
    expect(warmUpStory().details).toBeUndefined();
    expect(warmUpStoryCheck()).toBe(true);
  });

  it('warms the Word renderer for a DOCX export, not for a PDF', async () => {
    await warmUpExport('docx', () => true, true);
    // Three runs, so the busiest code is optimised too.
    expect(warmed.docx).toBe(3);
    await warmUpExport('pdf', () => true, true);
    expect(warmed.docx).toBe(3);
  });

  it('on a busy computer, does not run the Word renderer: it would slow the key derivation', async () => {
    await warmUpExport('docx', () => true, false);
    expect(warmed.docx).toBe(0);
  });

  it('stops as soon as the vault is open: the export itself goes first', async () => {
    await warmUpExport('docx', () => false, true);
    expect(warmed.docx).toBe(0);
    // Open after the first steps (the date formats, the story schema): the Word renderer is not warmed.
    let steps = 0;
    await warmUpExport('docx', () => steps++ < 2, true);
    expect(warmed.docx).toBe(0);
    // Open during the Word renderer's first run: it is not run again.
    steps = 0;
    await warmUpExport('docx', () => steps++ < 3, true);
    expect(warmed.docx).toBe(1);
  });
});
