import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The project's own lint configuration over a few lines placed in a renderer component. */
async function keyErrors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, {
    filePath: path.join(root, 'renderer/src/components/Rogue.tsx'),
  });
  return result!.messages.filter((m) => m.ruleId === 'harbor-i18n/i18n-keys').map((m) => m.message);
}

const withT = (body: string) => `declare const t: (key: string, o?: object) => string;
declare const plural: (key: string, n: number) => string;
declare const x: 'speaking' | 'reading';
export const out = [${body}];`;

describe('translation keys are written out and exist (eslint-rules/i18n-keys.mjs)', () => {
  it.each([
    ['a key built at run time', 't(`workspace.status.${x}`)'],
    ['a key in a variable', 't(x)'],
    ['a key joined with +', "t('workspace.status.' + x)"],
    ['a plural key built at run time', 'plural(`workspace.status.${x}`, 2)'],
  ])('refuses %s', async (_name, call) => {
    expect(await keyErrors(withT(call))).toEqual([expect.stringContaining('must be written out')]);
  });

  it('refuses a map that is not a const object of literals', async () => {
    const errors = await keyErrors(`const M: Record<string, string> = { speaking: 'workspace.status.speaking' };
let N = { speaking: 'workspace.status.speaking' } as const;
${withT('t(M[x]), t(N[x])')}`);
    expect(errors).toEqual([
      expect.stringContaining('must be written out'),
      expect.stringContaining('must be written out'),
    ]);
  });

  it('names a key the English locale does not have, wherever it is written', async () => {
    const errors =
      await keyErrors(`const M = { speaking: 'workspace.status.speakingUnderOn', reading: 'workspace.status.readingUnderOne' } as const;
${withT("t('workspace.status.nope'), t(x ? 'workspace.status.statsLabel' : 'workspace.nope'), t(M[x])")}`);
    expect(errors).toEqual([
      // Reported where each literal is written: the map's value first.
      "'workspace.status.speakingUnderOn' is not in the English locale (renderer/src/i18n/locales/).",
      "'workspace.status.nope' is not in the English locale (renderer/src/i18n/locales/).",
      "'workspace.nope' is not in the English locale (renderer/src/i18n/locales/).",
    ]);
  });

  it('refuses a group where a sentence is wanted, and a sentence where plural forms are wanted', async () => {
    const errors = await keyErrors(withT("t('workspace.status'), plural('workspace.status.statsLabel', 2)"));
    expect(errors).toEqual([
      expect.stringContaining("'workspace.status' is not in the English locale"),
      expect.stringContaining("'workspace.status.statsLabel' has no { one, other }"),
    ]);
  });

  it('accepts literals, a choice of literals, a const map of literals and a list read as objects', async () => {
    const code = `const M = { speaking: 'workspace.status.speaking', reading: 'workspace.status.reading' } as const satisfies Record<string, string>;
${withT(
  "t('workspace.status.statsLabel'), t(`workspace.status.speakingHint`), " +
    "t(x === 'speaking' ? 'workspace.status.speakingUnderOne' : 'workspace.status.readingUnderOne'), " +
    "plural(M[x], 3), plural('workspace.status.words', 1), t('safety.guide.protects.points', { returnObjects: true })",
)}`;
    expect(await keyErrors(code)).toEqual([]);
  });
  describe('a map imported from another module', () => {
    const imports = `import { LOOSE_LABEL, STATUS_LABEL, TYPO_LABEL, WORDS_LABEL as W } from '../../../test/unit/eslint-rules/fixtures/label-maps';
import { PUBLIC_STATUS_LABEL, TYPO_LABEL as T2 } from '../../../test/unit/eslint-rules/fixtures/label-public';`;

    it('is followed to its const object, through an alias and a re-export, and its keys accepted', async () => {
      expect(
        await keyErrors(
          `${imports}\n${withT('plural(STATUS_LABEL[x], 2), plural(W[x], 1), plural(PUBLIC_STATUS_LABEL[x], 3)')}`,
        ),
      ).toEqual([]);
    });

    it('names a key of the imported map the English locale does not have, where the map is used', async () => {
      const errors = await keyErrors(`${imports}\n${withT('plural(TYPO_LABEL[x], 2), plural(T2[x], 2)')}`);
      expect(errors).toEqual([
        "'workspace.status.speakingg' (from the imported map TYPO_LABEL) is not in the English locale (renderer/src/i18n/locales/).",
        "'workspace.status.speakingg' (from the imported map T2) is not in the English locale (renderer/src/i18n/locales/).",
      ]);
    });

    it('asks the same of its keys as of a literal (plural forms for plural, a sentence for t)', async () => {
      const errors = await keyErrors(`${imports}\n${withT('t(STATUS_LABEL[x])')}`);
      expect(errors).toEqual([
        expect.stringContaining("'workspace.status.speaking' (from the imported map STATUS_LABEL)"),
        expect.stringContaining("'workspace.status.reading' (from the imported map STATUS_LABEL)"),
      ]);
    });

    it('refuses an imported map that is not a const object of literals, and one from a package', async () => {
      const errors = await keyErrors(`${imports}
import { LABELS } from 'some-package';
${withT('t(LOOSE_LABEL[x]), t(LABELS[x])')}`);
      expect(errors).toEqual([
        expect.stringContaining('must be written out'),
        expect.stringContaining('must be written out'),
      ]);
    });
  });
});
