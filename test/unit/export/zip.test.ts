import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../../electron/export/zip';

describe('zip reader and writer', () => {
  it('round-trips any set of entries', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            name: fc.stringMatching(/^[a-zA-Z0-9_/.[\]-]{1,40}$/),
            data: fc.uint8Array({ maxLength: 5000 }),
          }),
          { selector: (e) => e.name, maxLength: 12 },
        ),
        (entries) => {
          const zip = writeZip(entries.map((e) => ({ name: e.name, data: Buffer.from(e.data) })));
          expect(readZip(zip).map((e) => ({ name: e.name, data: new Uint8Array(e.data) }))).toEqual(entries);
        },
      ),
    );
  });

  it('writes the same bytes for the same entries, with fixed 1980-01-01 timestamps', () => {
    const entries = [{ name: 'a.xml', data: Buffer.from('<a/>') }];
    const zip = writeZip(entries);
    expect(zip.equals(writeZip(entries))).toBe(true);
    expect(zip.readUInt16LE(10)).toBe(0); // time
    expect(zip.readUInt16LE(12)).toBe(0x21); // date: 1980-01-01
  });

  it('refuses garbage, duplicates and parts whose size is not what the package declares', () => {
    expect(() => readZip(Buffer.from('not a zip at all, really not'))).toThrow(/could not be read back/);
    const dup = writeZip([
      { name: 'a', data: Buffer.from('1') },
      { name: 'a', data: Buffer.from('2') },
    ]);
    expect(() => readZip(dup)).toThrow(/duplicate/);
    const zip = writeZip([{ name: 'a', data: Buffer.from('hello hello hello') }]);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(18, central + 24); // one byte more than the part holds
    expect(() => readZip(zip)).toThrow(/size mismatch/);
  });

  it('reads a stored (uncompressed) entry and a deflated one', () => {
    const zip = writeZip([{ name: 'x', data: Buffer.from('abc') }]);
    expect(readZip(zip)[0]!.data.toString()).toBe('abc');
    expect(deflateRawSync(Buffer.from('abc')).length).toBeGreaterThan(0);
  });
});
