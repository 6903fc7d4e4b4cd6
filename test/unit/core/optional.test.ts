import { describe, expect, it } from 'vitest';
import { optional } from '../../../shared/core/optional';

describe('optional', () => {
  it('leaves the key out when there is no value, so no `key: undefined` reaches a file or IPC', () => {
    const spread = { a: 1, ...optional('b', undefined) };
    expect(Object.keys(spread)).toEqual(['a']);
    expect(structuredClone(spread)).toEqual({ a: 1 });
    expect('b' in structuredClone(spread)).toBe(false);
  });

  it('keeps every value that is not undefined, falsy ones included', () => {
    expect({ ...optional('n', 0), ...optional('s', ''), ...optional('f', false), ...optional('z', null) }).toEqual({
      n: 0,
      s: '',
      f: false,
      z: null,
    });
    expect(JSON.stringify({ x: 1, ...optional('name', 'Draft') })).toBe('{"x":1,"name":"Draft"}');
  });
});
