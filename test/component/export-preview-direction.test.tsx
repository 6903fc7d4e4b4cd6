import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { ExportDocumentView } from '../../renderer/src/features/export/ExportDocumentView';

beforeAll(() => {
  initI18n('en');
});

describe('the export preview', () => {
  it('lets each paragraph, heading and list item take its own direction, with the placeholder marked apart', () => {
    render(
      <ExportDocumentView
        document={{
          language: 'en',
          title: null,
          byline: null,
          paper: 'a4',
          blocks: [
            { type: 'heading', level: 1, runs: [{ text: 'شهادة' }] },
            {
              type: 'paragraph',
              runs: [{ text: 'قال ' }, { text: '[name withheld]', change: 'redacted' }, { text: ' إنه غادر.' }],
            },
            { type: 'list', ordered: false, items: [[{ type: 'paragraph', runs: [{ text: 'שלום' }] }]] },
          ],
        }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'شهادة' }).getAttribute('dir')).toBe('auto');
    const placeholder = screen.getByText('[name withheld]');
    expect(placeholder.closest('mark')?.className).toContain('change--redacted');
    expect(placeholder.closest('p')?.getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('listitem').getAttribute('dir')).toBe('auto');
  });
});
