import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openVault, recoverVault } from '../../../electron/vault/index';
import {
  FIXTURE_FILES,
  FIXTURE_PASSPHRASE,
  FIXTURE_RECOVERY_KEY,
  FIXTURE_SETTINGS_ID,
  FIXTURE_STORY_ID,
} from './fixtures/vault-v1';
import { expectHarborError, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

/** The fixture's bytes in a fresh folder (recovery rewrites the vault, so each test has its own). */
async function fixtureVault(): Promise<string> {
  const dir = path.join(await tempDir('format'), 'v');
  for (const [rel, b64] of Object.entries(FIXTURE_FILES)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), Buffer.from(b64, 'base64'));
  }
  return dir;
}

const LATEST = { title: 'Mi historia', body: 'Rosa Delgado cruzó el río de noche.' };
const FIRST = { title: 'Mi historia', body: 'Rosa Delgado cruzó el río.' };

// Every purpose string, AAD field, kind code and layout offset of the format is pinned by bytes
// written before: a change to any of them would lock a person out of the stories already saved.
describe('a vault written by an earlier Harbor', () => {
  it('opens with its passphrase: every story, every version and its name, as written', async () => {
    const vault = await openVault(await fixtureVault(), FIXTURE_PASSPHRASE);
    try {
      expect((await vault.get(FIXTURE_STORY_ID)).data).toEqual(LATEST);
      expect((await vault.list('story')).map((r) => [r.id, r.kind, r.data])).toEqual([
        [FIXTURE_STORY_ID, 'story', LATEST],
      ]);
      expect((await vault.list('settings')).map((r) => r.data)).toEqual([{ locale: 'es' }]);
      expect((await vault.get(FIXTURE_SETTINGS_ID)).kind).toBe('settings');
      const history = await vault.revisions(FIXTURE_STORY_ID);
      expect(history.map((r) => [r.revision, r.revisionName])).toEqual([
        [2, 'Enviada'],
        [1, undefined],
      ]);
      expect(history[0]!.savedAt >= history[1]!.savedAt).toBe(true);
      expect(history[1]!.savedAt.startsWith('2026-')).toBe(true);
      expect((await vault.getRevision(FIXTURE_STORY_ID, 1)).data).toEqual(FIRST);
      const report = await vault.verify();
      expect(report.damaged).toEqual([]);
      expect(await vault.verifyPassphrase(FIXTURE_PASSPHRASE)).toBe(true);
      expect(await vault.verifyPassphrase('Ñandú y café, una frase larg')).toBe(false);
    } finally {
      await vault.close();
    }
  });

  it('opens with the passphrase typed with decomposed accents, and refuses a wrong one', async () => {
    const dir = await fixtureVault();
    const vault = await openVault(dir, FIXTURE_PASSPHRASE.normalize('NFD'));
    expect((await vault.get(FIXTURE_STORY_ID)).data).toEqual(LATEST);
    await vault.close();
    await expectHarborError(openVault(dir, 'Nandu y cafe, una frase larga'), 'wrong_passphrase');
  });

  it('opens with its recovery key, typed in lower case without dashes, and keeps every word', async () => {
    const dir = await fixtureVault();
    const typed = FIXTURE_RECOVERY_KEY.toLowerCase().replace(/-/g, '');
    const { vault, recoveryKey } = await recoverVault(dir, typed, 'a new passphrase after recovery');
    try {
      expect(recoveryKey).not.toBe(FIXTURE_RECOVERY_KEY);
      expect((await vault.get(FIXTURE_STORY_ID)).data).toEqual(LATEST);
      expect((await vault.getRevision(FIXTURE_STORY_ID, 1)).data).toEqual(FIRST);
    } finally {
      await vault.close();
    }
    const again = await openVault(dir, 'a new passphrase after recovery');
    expect((await again.revisions(FIXTURE_STORY_ID))[0]!.revisionName).toBe('Enviada');
    await again.close();
  });
});
