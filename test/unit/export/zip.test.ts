import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { Unzip, UnzipInflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../electron/export/zip';
import { writeZip } from '../../../electron/export/zip-write';

describe('zip reader and writer', () => {
  it('round-trips any set of entries', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            // Any name but __proto__, which is refused (below).
            name: fc.stringMatching(/^[a-zA-Z0-9_/.[\]-]{1,40}$/).filter((name) => name !== '__proto__'),
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

  it('refuses a part named __proto__ rather than losing the parts after it (found by the property above)', () => {
    const zip = writeZip([
      { name: '__proto__', data: Buffer.from('') },
      { name: 'length', data: Buffer.from('') },
    ]);
    expect(() => readZip(zip)).toThrow(/could not be read back.*\(a part named __proto__\)/);
    const plain = writeZip([
      { name: 'constructor', data: Buffer.from('c') },
      { name: 'length', data: Buffer.from('l') },
    ]);
    expect(readZip(plain).map((e) => `${e.name}=${e.data.toString()}`)).toEqual(['constructor=c', 'length=l']);
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

  it('writes CRC-32s a strict reader accepts, in the local headers as in the directory', () => {
    // Computed here bit by bit, apart from the writer's (Node's zlib): fflate does not check them, Word does.
    const crc = (data: Uint8Array) => {
      let c = ~0;
      for (const byte of data) {
        c ^= byte;
        for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
      }
      return ~c >>> 0;
    };
    const entries = [
      { name: 'word/document.xml', data: Buffer.from('<w:document>'.repeat(500)) },
      { name: 'empty', data: Buffer.alloc(0) },
    ];
    const zip = writeZip(entries);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(zip.readUInt32LE(14)).toBe(crc(entries[0]!.data));
    expect(zip.readUInt32LE(central + 16)).toBe(crc(entries[0]!.data));
    expect(zip.readUInt32LE(zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), central + 1) + 16)).toBe(0);
  });

  it('is read part by part from its local headers alone, as a streaming reader does', () => {
    const entries = [
      { name: 'a.xml', data: Buffer.from('<a>hello hello hello</a>') },
      { name: 'b/c.xml', data: Buffer.from('x'.repeat(3000)) },
    ];
    const seen: { name: string; data: string }[] = [];
    const unzip = new Unzip((file) => {
      const chunks: Uint8Array[] = [];
      file.ondata = (error, chunk, final) => {
        if (error) throw error;
        chunks.push(chunk);
        if (final) seen.push({ name: file.name, data: Buffer.concat(chunks).toString() });
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(writeZip(entries), true);
    expect(seen).toEqual(entries.map((e) => ({ name: e.name, data: e.data.toString() })));
  });

  it('marks a name that is not ASCII as UTF-8, so it reads back the same', () => {
    const zip = writeZip([{ name: 'señal/über.xml', data: Buffer.from('<a/>') }]);
    expect(zip.readUInt16LE(6) & 0x0800).toBe(0x0800);
    expect(readZip(zip)[0]!.name).toBe('señal/über.xml');
    expect(writeZip([{ name: 'plain.xml', data: Buffer.from('<a/>') }]).readUInt16LE(6) & 0x0800).toBe(0);
  });
});
