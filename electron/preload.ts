import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/ipc/api';

/**
 * The renderer's only door to the main process: purpose-named functions built from the contract.
 * ipcRenderer itself is never exposed, and listeners receive the payload without the event object.
 */
const api = buildApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (event, listener) => {
    const wrapped = (_e: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
);

contextBridge.exposeInMainWorld('harbor', api);
