import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { HarborError } from '../../shared/errors';
import { failWith, ok } from '../../shared/ipc/result';
import type { RevisionView } from '../../shared/ipc/contract';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { VersionsPanel } from '../../renderer/src/features/versions/VersionsPanel';
import { installHarbor, type HarborStub } from './harbor-stub';
import { revision } from './workspace-fixtures';

beforeAll(() => {
  initI18n('en');
});

const ID = 'story-name-0002';
const OLDER = revision(3, '2025-06-01T09:30:00.000Z');
const CURRENT = revision(7, '2025-06-02T17:05:00.000Z');
/** The sitting's next autosave, which replaces the current version under the next number (decision 0017). */
const REPLACED_BY = revision(8, '2025-06-02T17:06:00.000Z');

/**
 * The versions list over a stub vault whose versions the test changes as autosave and retention
 * would while a name is being typed. A name for a version the vault no longer holds fails as the
 * story service answers it (not found).
 */
function setUp() {
  const vault = { versions: [CURRENT, OLDER] as RevisionView[] };
  const stub: HarborStub = installHarbor({
    'story:revisions': () => ok(vault.versions),
    'story:name-revision': ({ revision: n, name }) => {
      const found = vault.versions.find((v) => v.revision === n);
      if (!found) return failWith(new HarborError('not_found', 'story.notFound'));
      vault.versions = vault.versions.map((v) => (v === found ? { ...v, ...(name ? { revisionName: name } : {}) } : v));
      return ok(undefined);
    },
  });
  const panel = (refreshKey: number) => (
    <VersionsPanel storyId={ID} refreshKey={refreshKey} onView={() => undefined} onCompare={() => undefined} />
  );
  const view = render(panel(0));
  return { vault, stub, refresh: (key: number) => view.rerender(panel(key)) };
}

const item = (n: number) => document.querySelector<HTMLElement>(`[data-revision="${n}"]`);

async function startNaming(n: number, draft: string) {
  await waitFor(() => expect(item(n)).toBeTruthy());
  fireEvent.click(within(item(n)!).getByRole('button', { name: /^Name the version from/ }));
  const input = screen.getByLabelText('Name for this version');
  fireEvent.change(input, { target: { value: draft } });
  return input;
}

describe('versions: a name being typed while the list changes is not lost', () => {
  it('when the current version is replaced by the next autosave, the form moves to it with the words typed', async () => {
    const { vault, refresh } = setUp();
    await startNaming(7, 'Before the hearing');
    vault.versions = [REPLACED_BY, OLDER];
    refresh(1);
    await waitFor(() => expect(item(7)).toBeNull(), { timeout: 2_000 });
    const input = within(item(8)!).getByLabelText('Name for this version');
    expect((input as HTMLInputElement).value).toBe('Before the hearing');
    expect(document.activeElement).toBe(input);
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(item(8)?.textContent).toContain('Before the hearing'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('when it is replaced after the list was read, saving the name names the version that replaced it', async () => {
    const { vault, stub } = setUp();
    const input = await startNaming(7, 'After the call');
    vault.versions = [REPLACED_BY, OLDER];
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(item(8)?.textContent).toContain('After the call'));
    expect(stub.callsTo('story:name-revision')).toEqual([
      { id: ID, revision: 7, name: 'After the call' },
      { id: ID, revision: 8, name: 'After the call' },
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('an older version that is gone is never confused with the current one: its error is shown', async () => {
    const { vault, stub } = setUp();
    const input = await startNaming(3, 'The first draft');
    vault.versions = [REPLACED_BY];
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''));
    expect(stub.callsTo('story:name-revision')).toHaveLength(1);
    expect(vault.versions[0]!.revisionName).toBeUndefined();
  });

  it('when an older version being named is no longer kept, the form closes and says so, with the keyboard on that', async () => {
    const { vault, refresh } = setUp();
    await startNaming(3, 'The first draft');
    vault.versions = [CURRENT];
    refresh(1);
    const notice = await screen.findByText(/no longer kept, so it could not be named/, {}, { timeout: 2_000 });
    expect(screen.queryByLabelText('Name for this version')).toBeNull();
    expect(document.activeElement).toBe(notice);
  });

  it('when the writer has gone back to the story meanwhile, the message does not take the keyboard from it', async () => {
    const { vault, refresh } = setUp();
    await startNaming(3, 'The first draft');
    const story = document.body.appendChild(document.createElement('textarea'));
    story.focus();
    vault.versions = [CURRENT];
    refresh(1);
    await screen.findByText(/no longer kept, so it could not be named/, {}, { timeout: 2_000 });
    expect(document.activeElement).toBe(story);
    story.remove();
  });
});
