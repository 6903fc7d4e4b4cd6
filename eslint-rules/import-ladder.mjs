// The import ladder inside electron/ and renderer/src/ (as VS Code's code-import-patterns): each
// top-level folder sits on a rung and may import only from rungs below its own, never from its own
// rung's other folders nor from above. A wrong-direction import is where a cycle starts, and a
// cycle is what made "change one folder, retest everything" the rule; docs/decisions/0007 explains.
// In the renderer, features/<area>/ are side by side: one area reaches another only through that
// area's small public.ts, so what the others rely on is written down in one place.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Paths are read from the project's root (this file's parent folder), wherever ESLint runs from. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Top to bottom. A file directly in the root (main.tsx, bridge.ts) counts as a folder of its name. */
export const LADDERS = {
  electron: [
    ['app'],
    ['ipc', 'cli'],
    ['export-pipeline', 'campaigns'],
    ['share', 'testimony', 'search', 'safety'],
    ['consent', 'items'],
    ['stories', 'session'],
    ['vault', 'export', 'prefs'],
    ['platform'],
  ],
  'renderer/src': [['app'], ['features'], ['ui'], ['platform'], ['i18n']],
};

const posix = (p) => p.split(path.sep).join('/');

/** [root, top folder] of a path relative to the project, or null outside a laddered root. */
function place(relative) {
  for (const root of Object.keys(LADDERS)) {
    if (!relative.startsWith(`${root}/`)) continue;
    const rest = relative.slice(root.length + 1);
    const top = rest.split('/')[0].replace(/\.(tsx?|mts|css)$/, '');
    return [root, top];
  }
  return null;
}

const rungOf = (root, folder) => LADDERS[root].findIndex((rung) => rung.includes(folder));

const FEATURES = 'renderer/src/features/';
/** The area of a file under renderer/src/features/, or null. */
const areaOf = (p) => (p.startsWith(FEATURES) ? p.slice(FEATURES.length).split('/')[0] : null);
/** An area's public face: features/<area>/public(.ts). */
const isPublic = (p, area) => p.replace(/\.tsx?$/, '') === `${FEATURES}${area}/public`;

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Imports inside electron/ and renderer/src/ go down the ladder only.' },
    schema: [],
    messages: {
      up: '{{from}}/ may not import from {{to}}/: {{to}}/ is not below it on the import ladder (eslint-rules/import-ladder.mjs).',
      unknown: '{{folder}}/ is not on the import ladder: add it to a rung in eslint-rules/import-ladder.mjs.',
      internal:
        '{{from}}/ may not reach into {{to}}/: import what it needs from {{to}}/public.ts (eslint-rules/import-ladder.mjs).',
    },
  },
  create(context) {
    const file = posix(path.relative(ROOT, context.filename));
    const here = place(file);
    if (!here) return {};
    const [root, from] = here;
    const fromRung = rungOf(root, from);
    const fromArea = areaOf(file);
    const checkFeature = (node, target) => {
      const toArea = areaOf(target);
      if (!fromArea || !toArea || toArea === fromArea || isPublic(target, toArea)) return;
      context.report({
        node: node.source,
        messageId: 'internal',
        data: { from: `${FEATURES}${fromArea}`, to: `${FEATURES}${toArea}` },
      });
    };
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = posix(path.normalize(path.join(path.dirname(file), spec)));
      const there = place(target);
      if (!there || there[0] !== root) return;
      if (there[1] === from) return checkFeature(node, target);
      const to = there[1];
      const toRung = rungOf(root, to);
      if (fromRung < 0) return context.report({ node, messageId: 'unknown', data: { folder: `${root}/${from}` } });
      if (toRung < 0) return context.report({ node, messageId: 'unknown', data: { folder: `${root}/${to}` } });
      if (toRung <= fromRung)
        context.report({ node: node.source, messageId: 'up', data: { from: `${root}/${from}`, to: `${root}/${to}` } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
