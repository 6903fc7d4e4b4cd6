/** Steps shared by specs that grant consent and export through the UI, from an open story. */
import type { Page } from 'playwright-core';

export interface ConsentTerms {
  audience: string;
  purpose: string;
}

/** The story's Consent panel → New consent: an advocacy organization, anonymous, saved. */
export async function grantConsent(page: Page, terms: ConsentTerms, beforeSave?: () => Promise<void>): Promise<void> {
  await page.getByRole('tab', { name: 'Consent' }).click();
  await page.getByRole('button', { name: 'New consent' }).click();
  await page.getByLabel('Who will receive it').selectOption('advocacy-organization');
  await page.getByLabel('Their name', { exact: true }).fill(terms.audience);
  await page.getByLabel('What it is for', { exact: true }).fill(terms.purpose);
  await page.getByRole('radio', { name: 'Anonymous' }).check();
  await beforeSave?.();
  await page.getByRole('button', { name: 'Save consent' }).click();
  await page.getByText('Consent saved.').waitFor();
}

/**
 * The identifying-detail check: every candidate needs a decision before the export goes on. Says
 * "fine to share" to each one left (after `before`, which may mark some), then continues.
 */
export async function decideCheck(page: Page, before?: () => Promise<void>): Promise<void> {
  await page.getByRole('heading', { name: 'Details that might identify someone' }).waitFor();
  await before?.();
  await clearFindings(page);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Says "fine to share" to each candidate the check lists, one after another as a person would. */
export async function clearFindings(page: Page, label: RegExp = / is fine to share$/): Promise<void> {
  const buttons = page.getByRole('button', { name: label });
  while ((await buttons.count()) > 0) {
    const name = (await buttons.first().getAttribute('aria-label'))!;
    await buttons.first().click();
    await page.getByRole('button', { name, exact: true }).waitFor({ state: 'detached' });
  }
}

export interface ExportHooks {
  /** On the identifying-detail check, before the rest is cleared as fine to share. */
  check?: () => Promise<void>;
  /** On "What leaves Harbor", before going on. */
  whatLeaves?: () => Promise<void>;
  /** On the file step, with the suggested file name, before exporting. */
  file?: (fileName: string) => Promise<void>;
}

/** Export… → reflection → the consent for `audience` → detail check (decided) → what leaves → Word → Exported. */
export async function exportDocx(page: Page, audience: string, hooks: ExportHooks = {}): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).first().click();
  await page.getByRole('button', { name: "I'm ready to continue" }).click();
  await page.getByRole('heading', { name: 'Choose a consent' }).waitFor();
  await page.getByRole('radio', { name: new RegExp(audience) }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await decideCheck(page, hooks.check);
  await page.getByRole('heading', { name: 'What leaves Harbor' }).waitFor();
  await hooks.whatLeaves?.();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'File' }).waitFor();
  await page.getByRole('radio', { name: 'Word (DOCX)' }).check();
  const fileName = await page.getByLabel('File name', { exact: true }).inputValue();
  await hooks.file?.(fileName);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('heading', { name: 'Exported' }).waitFor({ timeout: 30_000 });
  return fileName;
}
