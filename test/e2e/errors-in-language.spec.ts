import { describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../../shared/error-text/error-catalog';
import { expectAxeClean } from './harness/axe';
import { words } from './locale-steps';
import { heading, shot } from './vault-steps';
import { useWorkspaceApp } from './use-workspace-app';

/** A file that claims to be Word but holds no Word document: what a damaged download looks like. */
const BROKEN_DOCX = {
  name: 'mi-historia.docx',
  mimeType: 'application/octet-stream',
  buffer: Buffer.from('PK\u0003\u0004 not really a document'),
};

describe('errors from the main process, in the person\u2019s language', () => {
  const harbor = useWorkspaceApp();

  it('says why a damaged .docx could not be imported in Spanish, and nothing is added', async () => {
    const { page } = harbor;
    const es = words('es');
    const set = await page.evaluate(() => window.harbor.prefs.set({ language: 'es' }));
    expect(set.ok).toBe(true);
    await page.reload();
    await heading(page, es('workspace.library.title'));

    await page.getByTestId('import-input').setInputFiles(BROKEN_DOCX);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: es('workspace.import.failed', { name: BROKEN_DOCX.name }) });
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.innerText();
    expect(text).toContain(formatErrorMessage('es', 'import.unreadableDocx'));
    expect(text).not.toContain(formatErrorMessage('en', 'import.unreadableDocx'));
    await shot(page, 'errors-00-import-failed-es');
    await expectAxeClean(page, 'a failed import, in Spanish');

    const stories = await page.evaluate(() => window.harbor.story.list({}));
    expect(stories.ok && stories.value).toEqual([]);
  });
});
