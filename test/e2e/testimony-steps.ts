/** Steps shared by the testimony specs: from a story to the builder, through the UI. */
import type { Page } from 'playwright-core';
import { heading } from './vault-steps';

/** "Prepare testimony" in the open story, then the template named `template`; lands on the builder. */
export async function prepareTestimony(page: Page, template: string): Promise<void> {
  await page.getByRole('button', { name: 'Prepare testimony' }).click();
  await heading(page, 'What are you preparing?');
  await page.getByRole('button', { name: `Use this template: “${template}”` }).click();
  await page.getByRole('form', { name: 'Hearing details' }).waitFor();
}

/** A builder step by its name in the step list ("Write", "Preview", "Export" …). */
export async function builderStep(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: new RegExp(`^\\d+\\. ${name}$`) })
    .click();
}

/** The text area of one section, by the section's title. */
export const sectionText = (page: Page, section: string) =>
  page.getByRole('textbox', { name: `Your text for “${section}”` });

/** Waits for the builder's autosave to land. */
export async function waitTestimonySaved(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('[data-testid="testimony-save-state"][data-state="saved"]').waitFor({ timeout });
}
