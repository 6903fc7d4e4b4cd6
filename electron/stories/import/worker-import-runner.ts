import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { importErrors } from './import-errors';
import { IMPORT_BOUNDS, type ImportBounds } from './import-limits';
import { storyFromReply, type ImportRequest } from './import-protocol';
import type { ImportRunner } from './import-runner';

export interface WorkerImportRunnerOptions {
  /** The built import-worker.js; defaults to the one beside this bundle (out/cli). */
  workerFile?: string;
  bounds?: ImportBounds;
  /** How a worker is started; tests start the TypeScript entry through tsx. */
  startWorker?: (workerFile: string, options: WorkerOptions) => Worker;
}

/**
 * Each import in a fresh worker thread with its own heap limit: past it V8 ends the worker (not
 * this process), and past the timeout the worker is terminated. Either way the person is told
 * plainly and nothing is added. For the command line and tests; the app uses a utility process.
 */
export function createWorkerImportRunner(options: WorkerImportRunnerOptions = {}): ImportRunner {
  const bounds = options.bounds ?? IMPORT_BOUNDS;
  const workerFile = options.workerFile ?? path.join(__dirname, 'import-worker.js');
  const start = options.startWorker ?? ((file, opts) => new Worker(file, opts));
  return {
    run(bytes, fileName, opts = {}) {
      return new Promise((resolve, reject) => {
        const worker = start(workerFile, {
          resourceLimits: { maxOldGenerationSizeMb: bounds.maxOldGenerationSizeMb },
          stdout: true,
          stderr: true,
        });
        let settled = false;
        const finish = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          void worker.terminate();
          outcome();
        };
        const refuse = () => finish(() => reject(importErrors.tooDemanding()));
        const timer = setTimeout(refuse, bounds.timeoutMs);
        worker.once('message', (reply: unknown) =>
          finish(() => {
            try {
              resolve(storyFromReply(reply));
            } catch (error) {
              reject(error);
            }
          }),
        );
        // ERR_WORKER_OUT_OF_MEMORY, or anything else that ended it early.
        worker.once('error', refuse);
        worker.once('exit', refuse);
        const request: ImportRequest = { bytes, fileName, opts };
        worker.postMessage(request);
      });
    },
  };
}
