import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../shared/errors';
import { BUILT_IN_TEMPLATES, parseTemplateFile, templateToFile } from '../../../shared/templates';

const builtIn = BUILT_IN_TEMPLATES[0]!;

function refusal(text: string): string | null {
  try {
    parseTemplateFile(text);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(HarborError);
    expect((error as HarborError).code).toBe('invalid_input');
    return (error as HarborError).message;
  }
}

/** Replaces the value at a random path inside the template with something hostile. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) return replacement;
  const [key] = entries[path[0]! % entries.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  (copy as Record<string, unknown>)[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

describe('template files', () => {
  it('round-trips every built-in', () => {
    for (const t of BUILT_IN_TEMPLATES) expect(parseTemplateFile(templateToFile(t))).toEqual(t);
  });

  it.each([
    ['', /empty/],
    ['{ not json', /not valid JSON/],
    ['[1,2]', /not a Harbor template/],
    ['{"format":"something-else","template":{}}', /not a Harbor template/],
    [`{"format":"harbor-testimony-template","template":{"schemaVersion":2}}`, /cannot be used/],
    [' '.repeat(10) + 'x'.repeat(500_000), /too large/],
  ])('refuses %#: with a clear message', (text, message) => {
    expect(refusal(text)).toMatch(message);
  });

  it('refuses prototype tricks and unknown keys instead of passing them through', () => {
    const file = JSON.parse(templateToFile(builtIn));
    const hostile = JSON.stringify(file).replace(
      '"schemaVersion":1',
      '"__proto__":{"polluted":true},"schemaVersion":1',
    );
    expect(refusal(hostile)).toMatch(/cannot be used/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const extra = { ...file, template: { ...file.template, script: 'alert(1)' } };
    expect(refusal(JSON.stringify(extra))).toMatch(/cannot be used/);
  });

  it('never crashes on arbitrary text: it parses or refuses with a HarborError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2_000 }), (text) => {
        refusal(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes on arbitrary JSON values in the envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const message = refusal(JSON.stringify({ format: 'harbor-testimony-template', template: value }));
        expect(message).toMatch(/cannot be used/);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid template with one value replaced by anything either still parses or is refused clearly', () => {
    const file = JSON.parse(templateToFile(builtIn)) as { template: unknown };
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ maxLength: 5_000 }), fc.constant(null), fc.double()),
        (path, replacement) => {
          const text = JSON.stringify({ ...file, template: mutate(file.template, path, replacement) });
          const message = refusal(text);
          if (message !== null) expect(message.length).toBeLessThan(600);
        },
      ),
      { numRuns: 400 },
    );
  });
});
