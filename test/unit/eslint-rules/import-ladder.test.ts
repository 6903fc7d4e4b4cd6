import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The project's own lint configuration over one line of code placed at `file`. */
async function lintErrors(rule: string, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}
const ladderErrors = (file: string, code: string) => lintErrors('harbor/import-ladder', file, code);

describe('the import ladder', () => {
  it.each([
    ['electron/vault/rogue.ts', "import { createMainServices } from '../ipc/main-services';", 'electron/ipc'],
    ['electron/platform/rogue.ts', "export { isVaultFolder } from '../vault/vault-folder';", 'electron/vault'],
    ['electron/session/rogue.ts', "import type { SafetyService } from '../safety/safety-service';", 'electron/safety'],
    ['electron/cli/rogue.ts', "import { createHandlers } from '../ipc/create-handlers';", 'electron/ipc'],
    ['electron/stories/import/rogue.ts', "const m = import('../../search/story-search');", 'electron/search'],
    [
      'renderer/src/ui/Rogue.tsx',
      "import { Workspace } from '../features/library/Workspace';",
      'renderer/src/features',
    ],
    ['renderer/src/platform/Rogue.tsx', "import { ConfirmDialog } from '../ui/ConfirmDialog';", 'renderer/src/ui'],
    ['renderer/src/ui/Rogue.tsx', "import { docLanguage } from '../features/consent/public';", 'renderer/src/features'],
    ['renderer/src/features/share/Rogue.tsx', "import { harborApp } from '../../app/App';", 'renderer/src/app'],
  ])('refuses a wrong-direction import in %s', async (file, code, to) => {
    const errors = await ladderErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`may not import from ${to}/`);
  });

  it.each([
    ['electron/ipc/rogue.ts', "import { createMainServices } from './main-services';"],
    ['electron/ipc/rogue.ts', "import { saveFile } from '../platform/save-file';"],
    ['electron/safety/rogue.ts', "import type { VaultSession } from '../session/vault-session';"],
    ['electron/vault/rogue.ts', "import { HarborError } from '../../shared/errors';"],
    ['renderer/src/features/library/Rogue.tsx', "import { ConfirmDialog } from '../../ui/ConfirmDialog';"],
    ['renderer/src/features/export/Rogue.tsx', "import { GrantForm } from '../consent/public';"],
    ['renderer/src/features/testimony/builder/Rogue.tsx', "import { PracticeMode } from '../../practice/public';"],
    ['renderer/src/features/consent/Rogue.tsx', "import { GrantList } from './GrantList';"],
    ['renderer/src/app/Rogue.tsx', "import { SettingsScreen } from '../features/settings/SettingsScreen';"],
  ])('lets %s import downwards', async (file, code) => {
    expect(await ladderErrors(file, code)).toEqual([]);
  });

  it.each([
    ['renderer/src/features/export/Rogue.tsx', "import { GrantForm } from '../consent/GrantForm';", 'consent'],
    [
      'renderer/src/features/testimony/builder/Rogue.tsx',
      "import { PracticeMode } from '../../practice/PracticeMode';",
      'practice',
    ],
    [
      'renderer/src/features/editor/Rogue.tsx',
      "export { VersionsPanel } from '../versions/VersionsPanel';",
      'versions',
    ],
  ])("keeps %s out of another area's inside", async (file, code, area) => {
    const errors = await ladderErrors(file, code);
    expect(errors).toEqual([
      expect.stringContaining(`may not reach into renderer/src/features/${area}/: import what it needs from`),
    ]);
  });

  it.each([
    ['renderer/src/features/library/Rogue.tsx', 'export const list = () => window.harbor.stories.list();'],
    ['renderer/src/ui/Rogue.tsx', 'const { harbor } = window;\nexport const api = harbor;'],
    ['renderer/src/app/Rogue.tsx', "export const lock = () => window['harbor'].vault.lock();"],
  ])('refuses window.harbor in %s', async (file, code) => {
    expect(await lintErrors('no-restricted-syntax', file, code)).toEqual([
      expect.stringContaining('through renderer/src/platform/'),
    ]);
  });

  it('lets platform/ hold the bridge', async () => {
    const code = 'export const list = () => window.harbor.stories.list();';
    expect(await lintErrors('no-restricted-syntax', 'renderer/src/platform/rogue.ts', code)).toEqual([]);
  });

  it('names a new folder that is on no rung', async () => {
    const errors = await ladderErrors(
      'electron/newthing/rogue.ts',
      "import { saveFile } from '../platform/save-file';",
    );
    expect(errors).toEqual([expect.stringContaining('electron/newthing/ is not on the import ladder')]);
  });
});
