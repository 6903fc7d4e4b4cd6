import { chmodSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/*
 * Builds the `harbor` command line: CommonJS for Node 20+, out/cli/harbor.js and its workers
 * out/cli/import-worker.js and out/cli/kdf-worker.js (with whatever code they share in a chunk
 * beside them).
 * `vite build --config electron/cli/vite.config.ts`. Our code is bundled; every dependency and
 * Node built-in stays an external require(), resolved from node_modules at run time.
 */

const root = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const packages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Bundled in its own place (see resolve.alias below), though a dependency. */
const ALIASED = new Set(['compromise']);

/**
 * Bundled, though dependencies. Every command that opens a vault validates with zod before it can
 * start deriving the key, and require('zod') reads 95 files (a megabyte, sixty languages of
 * messages); bundled, only the parts Harbor uses are loaded, from one file.
 */
const BUNDLED = /^zod(\/|$)/;

function isExternal(id: string): boolean {
  if (ALIASED.has(id) || BUNDLED.test(id)) return false;
  if (id.startsWith('node:') || builtins.has(id)) return true;
  return packages.some((p) => id === p || id.startsWith(`${p}/`));
}

/** The command line runs without Electron; importing it anywhere in its graph is a build error. */
function forbidElectron(): Plugin {
  return {
    name: 'harbor-cli-forbid-electron',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === 'electron' || id.startsWith('electron/')) {
        this.error(`The harbor command line must not import 'electron' (imported from ${importer ?? 'the entry'}).`);
      }
      return null;
    },
  };
}

/** So `./out/cli/harbor.js` and the npm bin link run directly. */
function makeExecutable(file: string): Plugin {
  return {
    name: 'harbor-cli-executable',
    apply: 'build',
    writeBundle() {
      if (process.platform !== 'win32') chmodSync(file, 0o755);
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: [forbidElectron(), makeExecutable(resolve(root, 'out/cli/harbor.js'))],
  resolve: {
    alias: [
      // The identifying-detail check's language model loads when the check first runs (see the file).
      { find: /^compromise$/, replacement: resolve(root, 'electron/platform/lazy-compromise.ts') },
      // Each export format loads only its own renderer, when it is first used (see the file).
      { find: /^\.\.\/export\/export-file$/, replacement: resolve(root, 'electron/cli/lazy-export-file.ts') },
    ],
  },
  build: {
    ssr: true,
    target: 'node20',
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    copyPublicDir: false,
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      // The import worker runs each imported file in a worker thread with its own memory limit;
      // the KDF worker derives a vault's key while the command loads what it needs next.
      entry: {
        harbor: resolve(root, 'electron/cli/main.ts'),
        'import-worker': resolve(root, 'electron/stories/import/import-worker.ts'),
        'kdf-worker': resolve(root, 'electron/vault/kdf-worker.ts'),
      },
      formats: ['cjs'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        banner: (chunk) => (chunk.name === 'harbor' ? '#!/usr/bin/env node' : ''),
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        // Export and import both write zip packages and read XML; left to itself the bundler puts
        // that code in the import chunk, so every `harbor export` loaded the importers (mammoth,
        // markdown-it …) it never uses. The zip writer and the XML helpers get a chunk of their
        // own, and the zip reader (fflate) another: an export writes a package but never reads one.
        codeSplitting: {
          // Only these modules: what they import stays where it was (the start-up chunk keeps the
          // error catalog, and loads no zip code).
          groups: [
            {
              name: 'zip-package',
              test: /electron[\\/]export[\\/](zip-write|xml-tree)\.ts$/,
              includeDependenciesRecursively: false,
            },
            { name: 'zip-read', test: /electron[\\/]export[\\/]zip\.ts$/, includeDependenciesRecursively: false },
            // zod, bundled (see BUNDLED), in a chunk of its own name: `harbor --help` must not load it.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  ssr: { target: 'node', noExternal: [BUNDLED] },
});
