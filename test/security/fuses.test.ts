import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const afterPack = require('../../electron/packaging/fuses.cjs') as {
  FUSE_SETTINGS: Record<string | number, unknown>;
  executablePath: (ctx: unknown) => string;
};

describe('Electron fuses flipped at packaging', () => {
  const s = afterPack.FUSE_SETTINGS;
  it.each([
    ['RunAsNode', FuseV1Options.RunAsNode, false],
    ['EnableNodeOptionsEnvironmentVariable', FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    ['EnableNodeCliInspectArguments', FuseV1Options.EnableNodeCliInspectArguments, false],
    ['EnableEmbeddedAsarIntegrityValidation', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    ['OnlyLoadAppFromAsar', FuseV1Options.OnlyLoadAppFromAsar, true],
    ['EnableCookieEncryption', FuseV1Options.EnableCookieEncryption, true],
    ['GrantFileProtocolExtraPrivileges', FuseV1Options.GrantFileProtocolExtraPrivileges, false],
  ])('%s is %s', (_name, fuse, expected) => {
    expect(s[fuse]).toBe(expected);
  });

  it('uses fuse wire V1', () => {
    expect(s.version).toBe(FuseVersion.V1);
  });

  it('finds the executable on each platform', () => {
    const ctx = (platform: string) => ({
      electronPlatformName: platform,
      appOutDir: '/o',
      packager: { appInfo: { productFilename: 'Harbor' }, executableName: 'harbor' },
    });
    expect(afterPack.executablePath(ctx('linux'))).toBe('/o/harbor');
    expect(afterPack.executablePath(ctx('win32'))).toBe('/o/Harbor.exe');
    expect(afterPack.executablePath(ctx('darwin'))).toBe('/o/Harbor.app');
  });

  it('is the afterPack hook of the packaging config, with asar on and no update feed', async () => {
    const yml = await readFile('electron-builder.yml', 'utf8');
    expect(yml).toMatch(/^afterPack: \.\/electron\/packaging\/fuses\.cjs$/m);
    expect(yml).toMatch(/^asar: true$/m);
    expect(yml).toMatch(/^publish: null$/m);
    expect(yml).toMatch(/AppImage[\s\S]*deb/);
  });
});
