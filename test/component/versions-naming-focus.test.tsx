import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../shared/ipc/result';
import type { RevisionView } from '../../shared/ipc/contract';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { VersionsPanel } from '../../renderer/src/features/versions/VersionsPanel';
import { installHarbor } from './harbor-stub';
import { revision } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});

const ID = 'story-name-0001';
const OLDER = revision(3, '2025-06-01T09:30:00.000Z');
const LATEST = revision(7, '2025-06-02T17:05:00.000Z');

/**
 * The versions list over a stub vault. `rewrites`: naming the latest version writes it whole
 * under the next number first, as the service does for a sitting's autosave (decision 0017).
 */
function renderPanel(rewrites: boolean) {
  let versions: RevisionView[] = [LATEST, OLDER];
  installHarbor({
    'story:revisions': () => ok(versions),
    'story:name-revision': ({ revision: n, name }) => {
      const named =
        rewrites && n === LATEST.revision ? { ...LATEST, revision: 8 } : versions.find((v) => v.revision === n)!;
      versions = [
        { ...named, ...(name ? { revisionName: name } : {}) },
        ...versions.filter((v) => v.revision !== n && v.revision !== named.revision),
      ].sort((a, b) => b.revision - a.revision);
      return ok(undefined);
    },
  });
  render(<VersionsPanel storyId={ID} refreshKey={0} onView={() => undefined} onCompare={() => undefined} />);
}

const item = (n: number) => document.querySelector<HTMLElement>(`[data-revision="${n}"]`)!;

describe('versions: naming one keeps the keyboard where it was', () => {
  for (const rewrites of [false, true]) {
    it(`after saving the name, focus is on that version's Rename button${rewrites ? ' (written whole under a new number)' : ''}`, async () => {
      renderPanel(rewrites);
      await waitFor(() => expect(item(7)).toBeTruthy());
      fireEvent.click(within(item(7)).getByRole('button', { name: /^Name the version from/ }));
      const input = screen.getByLabelText('Name for this version');
      expect(document.activeElement).toBe(input);
      fireEvent.change(input, { target: { value: 'Before the hearing' } });
      fireEvent.submit(input.closest('form')!);
      const named = rewrites ? 8 : 7;
      await waitFor(() => expect(item(named)?.textContent).toContain('Before the hearing'));
      await waitFor(() =>
        expect(document.activeElement).toBe(within(item(named)).getByRole('button', { name: /^Rename the version/ })),
      );
    });
  }

  it('after Escape or Cancel, focus is back on the Name button it came from', async () => {
    renderPanel(false);
    await waitFor(() => expect(item(3)).toBeTruthy());
    const name = () => within(item(3)).getByRole('button', { name: /^Name the version from/ });
    fireEvent.click(name());
    fireEvent.keyDown(screen.getByLabelText('Name for this version'), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(name()));
    fireEvent.click(name());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(name()));
  });
});
