import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript the first screen loads: the entry script of the built index.html and every chunk
 * it imports statically, transitively. Chunks behind import() (the workspace, loaded on demand or
 * prefetched after the first screen shows) are left out.
 */
export function firstScreenScripts(rendererDir: string): string[] {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (abs: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const code = readFileSync(abs, 'utf8');
    // Static imports only: `import x from "./a.js"`, `export * from "./a.js"`, `import "./a.js"`.
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
      visit(path.join(path.dirname(abs), m[1]!));
    }
  };
  for (const entry of entries) visit(path.resolve(rendererDir, entry.replace(/^\//, '')));
  return [...seen];
}

/** Bytes of those scripts, raw and gzip -9 (what a compressing server would send; here, what is parsed). */
export function firstScreenSize(rendererDir: string): { files: number; raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  const files = firstScreenScripts(rendererDir);
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}
