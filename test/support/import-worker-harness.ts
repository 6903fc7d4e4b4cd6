import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ImportBounds } from '../../electron/stories/import/import-limits';
import type { ImportRunner } from '../../electron/stories/import/import-runner';
import { createWorkerImportRunner } from '../../electron/stories/import/worker-import-runner';

const ENTRY = fileURLToPath(new URL('../../electron/stories/import/import-worker.ts', import.meta.url));

/** Starts the TypeScript worker entry through tsx (the built import-worker.js is plain JavaScript). */
export function startTsWorker(_file: string, options: WorkerOptions): Worker {
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(ENTRY)});`, {
    ...options,
    eval: true,
  });
}

/** The real worker runner over the source entry, with the bounds a test chooses. */
export function testImportRunner(bounds?: ImportBounds): ImportRunner {
  return createWorkerImportRunner({ startWorker: startTsWorker, ...(bounds ? { bounds } : {}) });
}
