import type { ImportOptions, ImportedStory } from './imported-story';

/**
 * Imports a file away from the main process, within a memory limit and a timeout, so a hostile
 * file costs a worker (a utility process in the app, a worker thread in the command line), never
 * the process that holds the vault's keys and answers quick exit. Refusals are HarborErrors with
 * the person's message; nothing is stored by the runner itself.
 */
export interface ImportRunner {
  run(bytes: Buffer, fileName: string, opts?: ImportOptions): Promise<ImportedStory>;
}
