import { describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { shot } from './vault-steps';
import { backToLibrary, editorBody, markPerson, newStory, openStory, storedStory, waitSaved } from './workspace-steps';
import { useWorkspaceApp } from './use-workspace-app';

describe('workspace: the register of sensitive details', () => {
  const app = useWorkspaceApp();

  it('shows a later unmarked "Victor", and a spelling turned off stays off after reopening', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await newStory(page, 'The kitchen');
    await page.keyboard.type('I worked for Victor Salgado in the kitchen.');
    await markPerson(page, 'Victor Salgado');
    // The caret to the end through the editor (a key pressed while the menu hands the text its
    // selection back could still land on the marked name).
    await page.evaluate(() =>
      (
        document.querySelector('.ProseMirror') as unknown as { editor: { commands: { focus(at: 'end'): void } } }
      ).editor.commands.focus('end'),
    );
    await page.waitForFunction(
      () => getSelection()?.isCollapsed && document.activeElement?.classList.contains('ProseMirror'),
    );
    await page.keyboard.press('Enter');
    await page.keyboard.type('Later Victor took our papers.');

    // Typed after the marking, not marked: highlighted in the text and counted in the panel.
    const mention = editorBody(page).locator('.mention');
    await mention.first().waitFor();
    await expect(mention.allTextContents()).resolves.toEqual(['Victor']);
    const detail = page.getByRole('list', { name: 'Sensitive details' }).getByRole('listitem').first();
    await detail.getByText('1 unmarked mention').waitFor();

    await detail.getByRole('button', { name: /^Spellings Harbor looks for/ }).click();
    const victor = detail.getByRole('checkbox', { name: 'Victor', exact: true });
    await expect(victor.isChecked()).resolves.toBe(true);
    await expectAxeClean(page, 'sensitive details with spellings');
    await shot(page, 'workspace-register-spellings');

    await victor.uncheck();
    await mention.first().waitFor({ state: 'detached' });
    await detail.getByText(/unmarked mention/).waitFor({ state: 'detached' });
    await waitSaved(page);
    await expect
      .poll(
        async () => (await storedStory(page, 'The kitchen')).details?.[0]?.variants.find((v) => v.text === 'Victor'),
        { timeout: 15_000 },
      )
      .toEqual({ text: 'Victor', on: false });

    await backToLibrary(page);
    await openStory(page, 'The kitchen');
    const reopened = page.getByRole('list', { name: 'Sensitive details' }).getByRole('listitem').first();
    await reopened.getByRole('button', { name: /^Spellings Harbor looks for/ }).click();
    await expect(reopened.getByRole('checkbox', { name: 'Victor', exact: true }).isChecked()).resolves.toBe(false);
    await expect(reopened.getByRole('checkbox', { name: 'Salgado', exact: true }).isChecked()).resolves.toBe(true);
    await expect(editorBody(page).locator('.mention').count()).resolves.toBe(0);
  });
});
