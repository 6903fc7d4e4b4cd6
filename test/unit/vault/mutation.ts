import fc from 'fast-check';

/** Random edits of a valid file: flips, overwrites, insertions, deletions, truncations, splices. */
export const mutation = (original: Buffer) =>
  fc
    .array(
      fc.oneof(
        fc.record({ op: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
        fc.record({
          op: fc.constant('set' as const),
          at: fc.nat(),
          bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
        }),
        fc.record({
          op: fc.constant('insert' as const),
          at: fc.nat(),
          bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
        }),
        fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 64 }) }),
        fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
        fc.record({
          op: fc.constant('length' as const),
          at: fc.nat(),
          value: fc.constantFrom(0, 1, 0xff, 0xffff, 0xffffffff),
        }),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((ops) => {
      let b = Buffer.from(original);
      for (const op of ops) {
        const at = b.length === 0 ? 0 : op.at % b.length;
        if (op.op === 'flip' && b.length) b[at]! ^= op.mask;
        else if (op.op === 'set')
          b = Buffer.concat([b.subarray(0, at), Buffer.from(op.bytes), b.subarray(at + op.bytes.length)]);
        else if (op.op === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(op.bytes), b.subarray(at)]);
        else if (op.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + op.count)]);
        else if (op.op === 'truncate') b = b.subarray(0, at);
        else if (op.op === 'length' && b.length >= at + 4) {
          b = Buffer.from(b);
          b.writeUInt32BE(op.value >>> 0, at);
        }
      }
      return b;
    })
    .filter((b) => !b.equals(original));
