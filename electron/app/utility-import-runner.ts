import { utilityProcess } from 'electron';
import { importErrors } from '../stories/import/import-errors';
import { IMPORT_BOUNDS, type ImportBounds } from '../stories/import/import-limits';
import { storyFromReply, type ImportRequest } from '../stories/import/import-protocol';
import type { ImportRunner } from '../stories/import/import-runner';

/**
 * The app's import runner: each file is read in a fresh Electron utility process (import-worker.js,
 * built beside main) with its own heap limit, killed on timeout. The main process keeps answering
 * quick exit and locking whatever the file does; a file that exhausts the worker only ends it.
 */
export function createUtilityImportRunner(workerFile: string, bounds: ImportBounds = IMPORT_BOUNDS): ImportRunner {
  return {
    run(bytes, fileName, opts = {}) {
      return new Promise((resolve, reject) => {
        const child = utilityProcess.fork(workerFile, [], {
          serviceName: 'Harbor import',
          execArgv: [`--max-old-space-size=${bounds.maxOldGenerationSizeMb}`],
          stdio: 'ignore',
        });
        let settled = false;
        const finish = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          child.kill();
          outcome();
        };
        const refuse = () => finish(() => reject(importErrors.tooDemanding()));
        const timer = setTimeout(refuse, bounds.timeoutMs);
        child.once('message', (reply: unknown) =>
          finish(() => {
            try {
              resolve(storyFromReply(reply));
            } catch (error) {
              reject(error);
            }
          }),
        );
        child.once('error', refuse);
        child.once('exit', refuse);
        child.once('spawn', () => {
          const request: ImportRequest = { bytes, fileName, opts };
          child.postMessage(request);
        });
      });
    },
  };
}
