import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};
const readme = readFileSync('README.md', 'utf8');

describe('npm start is the production app, not the development server', () => {
  it('builds and previews the production app; the dev server is only npm run dev', () => {
    // The dev server listens on a port and reloads code from disk: never for a person's real stories.
    expect(pkg.scripts['start']).not.toMatch(/electron-vite\s+dev|vite\s+dev|--watch/);
    expect(pkg.scripts['start']).toMatch(/^electron-vite preview$/);
    expect(pkg.scripts['dev']).toBe('electron-vite dev');
  });

  it("states the Node version Electron's installer needs, while building and testing still work on Node 20", () => {
    expect(pkg.engines.node).toBe('>=20.19');
    const start = readme.split('\n').find((line) => /^\| start the app +\|/.test(line));
    expect(start).toContain('npm start');
    expect(start).toContain('Node 22.12+');
    expect(readme).toContain('`npm run dev`');
  });
});
