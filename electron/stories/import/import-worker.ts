import { parentPort } from 'node:worker_threads';
import { answerImport, type ImportRequest } from './import-protocol';

/**
 * The import worker's entry (built to import-worker.js beside the main process and the command
 * line). It answers one request and is then ended by its runner. Under Electron's utilityProcess
 * the channel is process.parentPort (messages wrapped in { data }); in a worker thread it is
 * worker_threads' parentPort.
 */
interface UtilityPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const utilityPort = (process as unknown as { parentPort?: UtilityPort }).parentPort;

if (parentPort) {
  const port = parentPort;
  port.once('message', (request: ImportRequest) => {
    void answerImport(request).then((reply) => port.postMessage(reply));
  });
} else if (utilityPort) {
  utilityPort.on('message', ({ data }) => {
    void answerImport(data as ImportRequest).then((reply) => utilityPort.postMessage(reply));
  });
}
