import { exportDocx } from '../export/export-docx';
import { warmUpDocument } from './warm-up-document';

/*
 * `harbor export --format docx` spends most of the time after the unlock in code run for the first
 * time: the `docx` package, the Word scrubber, the zip writer, each compiled as it first runs.
 * Rendering the warm-up page once while the key is derived gets that code compiled first.
 */

/** Renders the warm-up page to a Word file in memory, and drops it. */
export async function warmUpDocx(): Promise<void> {
  await exportDocx(warmUpDocument());
}
