import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profilesFolder } from '../../../electron/export/print-profiles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'harbor-profiles-folder-'));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

describe("where Chromium's print profile is made", () => {
  it('is the in-memory shared folder on Linux when no $TMPDIR is set', () => {
    expect(profilesFolder({ env: {}, platform: 'linux', sharedMemory: dir })).toBe(dir);
  });

  it('is $TMPDIR when it is set, and never the shared folder off Linux', () => {
    expect(profilesFolder({ env: { TMPDIR: '/somewhere' }, platform: 'linux', sharedMemory: dir })).toBe(os.tmpdir());
    expect(profilesFolder({ env: {}, platform: 'darwin', sharedMemory: dir })).toBe(os.tmpdir());
  });

  it('is the temporary folder when the shared folder is missing, a file, or not ours to write', () => {
    expect(profilesFolder({ env: {}, platform: 'linux', sharedMemory: path.join(dir, 'absent') })).toBe(os.tmpdir());
    const file = path.join(dir, 'file');
    writeFileSync(file, '');
    expect(profilesFolder({ env: {}, platform: 'linux', sharedMemory: file })).toBe(os.tmpdir());
    if (process.getuid?.() !== 0) {
      // root may write anywhere: only another user sees a read-only folder refused.
      chmodSync(dir, 0o500);
      expect(profilesFolder({ env: {}, platform: 'linux', sharedMemory: dir })).toBe(os.tmpdir());
    }
  });
});
