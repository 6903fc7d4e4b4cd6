// Translation keys written out, as Signal's valid-i18n-keys asks: a key built at run time
// (t(`area.${x}`)) cannot be checked by any tool, so a typo or a deleted key shows up only as a raw
// key on a person's screen. The first argument of t(...) and plural(...) must be a string literal,
// a choice between literals (a ? 'x' : 'y'), or MAP[value] where MAP is a `const ... as const`
// object of literals in the same file; every literal must exist in the English locale.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The literal values of `const NAME = { ... } as const` (null when NAME is anything else). */
function constMapValues(scopeManager, scope, name) {
  for (let s = scope; s; s = s.upper) {
    const variable = s.set.get(name);
    if (!variable) continue;
    const def = variable.defs[0];
    if (def?.type !== 'Variable' || def.parent.kind !== 'const') return null;
    let init = def.node.init;
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
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Translation keys are string literals that exist in the English locale.' },
    schema: [],
    messages: {
      notLiteral:
        "{{callee}}()'s key must be written out: a string literal, a ? 'x' : 'y', or MAP[value] with `const MAP = { ... } as const` in this file.",
      missing: "'{{key}}' is not in the English locale (renderer/src/i18n/locales/).",
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
      if (kind === null) context.report({ node: literal, messageId: 'missing', data: { key: literal.value } });
      else if (wanted === 'plural' && kind !== 'plural')
        context.report({ node: literal, messageId: 'notPlural', data: { key: literal.value } });
      else if (wanted === 'text' && kind !== 'text' && !returnsObjects)
        context.report({ node: literal, messageId: 'missing', data: { key: literal.value } });
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
        return constMapValues(sourceCode.scopeManager, sourceCode.getScope(node), node.object.name);
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
