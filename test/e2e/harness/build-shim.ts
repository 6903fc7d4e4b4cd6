import { fileURLToPath } from 'node:url';
import { build } from 'vite';

let cached: Promise<string> | null = null;

/** Bundles bridge-shim.ts (and the shared buildApi it uses) into one script for addInitScript. */
export function buildBridgeShim(): Promise<string> {
  cached ??= (async () => {
    const entry = fileURLToPath(new URL('./bridge-shim.ts', import.meta.url));
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: { entry, formats: ['iife'], name: 'harborBridgeShim', fileName: 'shim' },
      },
    });
    const first = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
    const code = first.output[0]?.code;
    if (!code) throw new Error('Could not build the bridge shim');
    return code;
  })();
  return cached;
}
