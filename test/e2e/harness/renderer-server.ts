import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';

export const RENDERER_DIR = path.resolve('out/renderer');

/** Serves the built renderer on loopback, the way the app's protocol serves it from disk. */
export async function startRendererServer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built. Run `npm run build` first (npm test does this).');
  }
  const server: PreviewServer = await preview({
    configFile: false,
    root: RENDERER_DIR,
    logLevel: 'silent',
    build: { outDir: RENDERER_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The renderer server did not report its address');
  return { url, close: () => server.close() };
}
