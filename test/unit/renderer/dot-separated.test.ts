import { describe, expect, it } from 'vitest';
import { DOT_SEPARATOR, dotSeparated } from '../../../renderer/src/ui/dot-separated';

/** Where a line may break in `text`: after a plain space, never after a no-break one (UAX #14, simplified). */
const breakBefore = (text: string) =>
  [...text].flatMap((c, i) => (c === ' ' ? [text.slice(i + 1).split(/[ \u00a0]/)[0]] : []));

describe('items separated by middle dots', () => {
  it('leaves out items that are missing or empty', () => {
    expect(dotSeparated(['12 May', null, '', 'Hearing', undefined, false, 'Senate office'])).toBe(
      ['12 May', 'Hearing', 'Senate office'].join(DOT_SEPARATOR),
    );
    expect(dotSeparated([])).toBe('');
    expect(dotSeparated(['alone'])).toBe('alone');
  });

  it('wraps only before a dot, so each dot starts a line with the item it introduces', () => {
    const line = dotSeparated(['12 May', 'Hearing', 'Senate office']);
    // The line may break inside an item ("12 May", "Senate office") or before a dot, never after one.
    expect(breakBefore(line)).toEqual(['May', '·', '·', 'office']);
    expect(line).not.toMatch(/· /);
  });
});
