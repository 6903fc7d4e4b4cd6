// Translation keys written out, as Signal's valid-i18n-keys asks: a key built at run time
// (t(`area.${x}`)) cannot be checked by any tool, so a typo or a deleted key shows up only as a raw
// key on a person's screen. The first argument of t(...) and plural(...) must be a string literal,
// a choice between literals (a ? 'x' : 'y'), or MAP[value] where MAP is a `const ... as const`
// object of literals, declared in the same file or imported from another module (followed through
// re-exports), so one map per concept can serve every screen; every literal must exist in the
// English locale.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@typescript-eslint/parser';

const LOCALES = fileURLToPath(new URL('../renderer/src/i18n/locales/', import.meta.url));

/** The English resources as i18n.ts assembles them: en.json at the top, `<area>.en.json` under its area. */
export function englishLocale(dir = LOCALES) {
  const tree = {};
  for (const file of readdirSync(dir).sort()) {
    const match = /^(?:(\w+)\.)?en\.json$/.exec(file);
    if (!match) continue;
    const content = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    if (match[1]) tree[match[1]] = content;
    else Object.assign(tree, content);
  }
  return tree;
}

let cached = null;
const english = () => (cached ??= englishLocale());

/** What a dotted key names in the locale: 'text', 'plural' ({ one, other }), 'object', or null. */
export function keyKind(tree, key) {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return null;
    node = node[part];
  }
  if (typeof node === 'string') return 'text';
  if (typeof node === 'object' && node !== null) {
    return typeof node.one === 'string' && typeof node.other === 'string' ? 'plural' : 'object';
  }
  return null;
}

const CALLEES = { t: 'text', plural: 'plural' };

const unwrap = (node) =>
  node && (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression') ? unwrap(node.expression) : node;

const isConstAssertion = (node) =>
  node?.type === 'TSAsExpression' &&
  node.typeAnnotation.type === 'TSTypeReference' &&
  node.typeAnnotation.typeName.type === 'Identifier' &&
  node.typeAnnotation.typeName.name === 'const';

/** The string literals of `{ ... } as const` (optionally `satisfies …`), or null when it is anything else. */
function literalValues(init) {
  while (init?.type === 'TSSatisfiesExpression') init = init.expression;
  if (!isConstAssertion(init) || unwrap(init).type !== 'ObjectExpression') return null;
  const values = [];
  for (const property of unwrap(init).properties) {
    if (property.type !== 'Property' || property.value.type !== 'Literal' || typeof property.value.value !== 'string')
      return null;
    values.push(property.value);
  }
  return values;
}

const EXTENSIONS = ['.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'];

/** The file a relative import names (a package import is not followed: it holds no label map). */
function resolveModule(fromFile, source) {
  if (!source.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), source);
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const parsed = new Map();
/** The program of a module, parsed once per version of the file. */
function programOf(file) {
  const mtime = statSync(file).mtimeMs;
  const hit = parsed.get(file);
  if (hit?.mtime === mtime) return hit.program;
  let program = null;
  try {
    program = parse(readFileSync(file, 'utf8'), { jsx: file.endsWith('.tsx'), range: true, loc: true });
  } catch {
    // A module that does not parse holds no map the rule can trust.
  }
  parsed.set(file, { mtime, program });
  return program;
}

/**
 * The literal values of the map `name` exports from `file`: `export const name = { ... } as const`,
 * or `const name = …; export { name }`, or a re-export (`export { name } from './x'`) followed on.
 */
function exportedMapValues(file, name, seen = new Set()) {
  if (seen.has(`${file}#${name}`) || seen.size > 10) return null;
  seen.add(`${file}#${name}`);
  const program = programOf(file);
  if (!program) return null;
  const localConst = (local) => {
    for (const statement of program.body) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
      const found = declaration.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === local);
      if (found) return literalValues(found.init);
    }
    return null;
  };
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration') {
      const declaration = statement.declaration;
      if (declaration?.type === 'VariableDeclaration') {
        if (declaration.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === name))
          return declaration.kind === 'const' ? localConst(name) : null;
        continue;
      }
      for (const spec of statement.specifiers ?? []) {
        const exported = spec.exported.type === 'Identifier' ? spec.exported.name : spec.exported.value;
        if (exported !== name) continue;
        const local = spec.local.type === 'Identifier' ? spec.local.name : spec.local.value;
        if (!statement.source) return localConst(local);
        const target = resolveModule(file, statement.source.value);
        return target ? exportedMapValues(target, local, seen) : null;
      }
    }
    if (statement.type === 'ExportAllDeclaration' && !statement.exported && statement.source) {
      const target = resolveModule(file, statement.source.value);
      const values = target ? exportedMapValues(target, name, seen) : null;
      if (values) return values;
    }
  }
  return null;
}

/**
 * The literal values of the map `name` (null when it is not a const map of literals): declared in
 * this file, or imported by name from a module of the project.
 */
function constMapValues(scope, name, filename) {
  for (let s = scope; s; s = s.upper) {
    const variable = s.set.get(name);
    if (!variable) continue;
    const def = variable.defs[0];
    if (def?.type === 'ImportBinding' && def.node.type === 'ImportSpecifier') {
      const imported = def.node.imported.type === 'Identifier' ? def.node.imported.name : def.node.imported.value;
      const file = resolveModule(filename, def.parent.source.value);
      const values = file ? exportedMapValues(file, imported) : null;
      // Reported where the key is used: the map's own lines are another file's.
      return values && values.map((v) => ({ value: v.value, imported: true }));
    }
    if (def?.type !== 'Variable' || def.parent.kind !== 'const') return null;
    return literalValues(def.node.init);
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Translation keys are string literals that exist in the English locale.' },
    schema: [],
    messages: {
      notLiteral:
        "{{callee}}()'s key must be written out: a string literal, a ? 'x' : 'y', or MAP[value] with `const MAP = { ... } as const` in this file or imported from one.",
      missing: "'{{key}}' is not in the English locale (renderer/src/i18n/locales/).",
      missingInMap:
        "'{{key}}' (from the imported map {{map}}) is not in the English locale (renderer/src/i18n/locales/).",
      notPlural: "'{{key}}' has no { one, other } in the English locale, so plural() cannot word it.",
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    function checkLiteral(literal, callee, options) {
      const kind = keyKind(english(), literal.value);
      const wanted = CALLEES[callee];
      const returnsObjects =
        options?.type === 'ObjectExpression' &&
        options.properties.some((p) => p.type === 'Property' && p.key.name === 'returnObjects');
      // An imported map's value is reported where the map is used: its own lines are another file's.
      const node = literal.imported ? literal.at : literal;
      const missing = literal.imported ? 'missingInMap' : 'missing';
      const data = { key: literal.value, map: literal.at?.object.name };
      if (kind === null) context.report({ node, messageId: missing, data });
      else if (wanted === 'plural' && kind !== 'plural') context.report({ node, messageId: 'notPlural', data });
      else if (wanted === 'text' && kind !== 'text' && !returnsObjects)
        context.report({ node, messageId: missing, data });
    }

    /** The key literals an argument can be, or null when it is not written out. */
    function literalsOf(node) {
      if (node.type === 'Literal' && typeof node.value === 'string') return [node];
      if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
        return [{ ...node, value: node.quasis[0].value.cooked }];
      if (node.type === 'ConditionalExpression') {
        const a = literalsOf(node.consequent);
        const b = literalsOf(node.alternate);
        return a && b ? [...a, ...b] : null;
      }
      if (node.type === 'MemberExpression' && node.computed && node.object.type === 'Identifier') {
        const values = constMapValues(sourceCode.getScope(node), node.object.name, context.filename);
        return values && values.map((v) => (v.imported ? { ...v, at: node } : v));
      }
      return null;
    }

    return {
      CallExpression(node) {
        if (node.callee.type !== 'Identifier' || !Object.hasOwn(CALLEES, node.callee.name)) return;
        const [key, options] = node.arguments;
        if (!key) return;
        const literals = literalsOf(key);
        if (!literals) {
          context.report({ node: key, messageId: 'notLiteral', data: { callee: node.callee.name } });
          return;
        }
        for (const literal of literals) checkLiteral(literal, node.callee.name, options);
      },
    };
  },
};
