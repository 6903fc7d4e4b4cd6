import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { splitErrorLanguages } from './electron/build/split-error-languages';

export default defineConfig({
  main: {
    // The identifying-detail check's language model loads when a story is first checked, not at
    // start (see the file).
    resolve: { alias: { compromise: resolve(__dirname, 'electron/platform/lazy-compromise.ts') } },
    // Dependencies stay external (Electron's Node 24 can require ESM-only electron-store), so the
    // built main holds only our code and Electronegativity can read all of it.
    build: {
      // Not external by name, so the alias above applies (the module it names requires it when used).
      externalizeDeps: { exclude: ['compromise'] },
      // import-worker.js runs imported files in a utility process, away from the vault's keys;
      // kdf-worker.js derives the vault's keys in a worker thread, so the window keeps answering.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/app/main.ts'),
          'import-worker': resolve(__dirname, 'electron/stories/import/import-worker.ts'),
          'kdf-worker': resolve(__dirname, 'electron/vault/kdf-worker.ts'),
        },
      },
    },
  },
  preload: {
    // The sandboxed preload cannot load modules: one self-contained CommonJS file.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // The error catalog's Spanish loads on demand (see the plugin).
    plugins: [react(), splitErrorLanguages()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
      // No inlined data: URIs: the CSP allows only 'self'.
      assetsInlineLimit: 0,
      minify: true,
      modulePreload: { polyfill: false },
    },
  },
});
