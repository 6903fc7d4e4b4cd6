import { closeSync, openSync, readSync } from 'node:fs';

/*
 * Which characters a font file has glyphs for, read from its cmap table alone (TrueType, OpenType
 * and the first face of a collection): a CJK font of 20 MB is judged by reading a few hundred KB.
 */

/** Code point ranges a font maps, [first, last] inclusive, sorted. */
export type Coverage = readonly (readonly [number, number])[];

const readAt = (fd: number, offset: number, length: number): Buffer => {
  const buf = Buffer.alloc(length);
  const read = readSync(fd, buf, 0, length, offset);
  if (read < length) throw new Error('font file ends early');
  return buf;
};

/** Ranges of a cmap subtable in format 4 (the BMP) or 12 (all planes). */
function subtableRanges(fd: number, offset: number): Coverage | null {
  const format = readAt(fd, offset, 2).readUInt16BE(0);
  if (format === 4) {
    const head = readAt(fd, offset, 14);
    const length = head.readUInt16BE(2);
    const t = readAt(fd, offset, length);
    const segs = t.readUInt16BE(6) / 2;
    const ranges: [number, number][] = [];
    for (let i = 0; i < segs; i += 1) {
      const end = t.readUInt16BE(14 + i * 2);
      const start = t.readUInt16BE(16 + segs * 2 + i * 2);
      if (start === 0xffff) continue;
      const rangeAt = 16 + segs * 6 + i * 2;
      const rangeOffset = t.readUInt16BE(rangeAt);
      if (rangeOffset === 0) {
        // Every code point of the segment maps to a glyph by adding the segment's delta.
        ranges.push([start, end]);
        continue;
      }
      // Glyph ids come from the array: a 0 there is "no glyph" for that code point.
      for (let cp = start; cp <= end; cp += 1) {
        const at = rangeAt + rangeOffset + (cp - start) * 2;
        if (at + 2 > t.length) break;
        if (t.readUInt16BE(at) !== 0) ranges.push([cp, cp]);
      }
    }
    return merge(ranges);
  }
  if (format === 12) {
    const head = readAt(fd, offset, 16);
    const groups = head.readUInt32BE(12);
    const t = readAt(fd, offset + 16, groups * 12);
    const ranges: [number, number][] = [];
    for (let i = 0; i < groups; i += 1) ranges.push([t.readUInt32BE(i * 12), t.readUInt32BE(i * 12 + 4)]);
    return merge(ranges);
  }
  return null;
}

function merge(ranges: [number, number][]): Coverage {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** The characters a font file covers; null when it is not a font this can read. */
export function fontCoverage(file: string): Coverage | null {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    let face = 0;
    if (readAt(fd, 0, 4).toString('latin1') === 'ttcf') face = readAt(fd, 12, 4).readUInt32BE(0);
    const tables = readAt(fd, face + 4, 2).readUInt16BE(0);
    const dir = readAt(fd, face + 12, tables * 16);
    for (let i = 0; i < tables; i += 1) {
      if (dir.toString('latin1', i * 16, i * 16 + 4) !== 'cmap') continue;
      const cmap = dir.readUInt32BE(i * 16 + 8);
      const count = readAt(fd, cmap + 2, 2).readUInt16BE(0);
      const records = readAt(fd, cmap + 4, count * 8);
      // The Unicode subtables, the full-repertoire one (format 12) first.
      const offsets = Array.from({ length: count }, (_, r) => ({
        platform: records.readUInt16BE(r * 8),
        encoding: records.readUInt16BE(r * 8 + 2),
        offset: cmap + records.readUInt32BE(r * 8 + 4),
      })).filter((r) => r.platform === 0 || (r.platform === 3 && (r.encoding === 1 || r.encoding === 10)));
      let best: Coverage | null = null;
      for (const r of offsets) {
        const ranges = subtableRanges(fd, r.offset);
        if (ranges && (!best || size(ranges) > size(best))) best = ranges;
      }
      return best;
    }
    return null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

const size = (c: Coverage) => c.reduce((n, [a, b]) => n + b - a + 1, 0);

/** Whether a font covering `coverage` has a glyph for a code point. */
export function covers(coverage: Coverage, cp: number): boolean {
  let lo = 0;
  let hi = coverage.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = coverage[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}
