import { describe, expect, it } from 'vitest';
import { PdfReader, writeValue } from '../../../electron/export/pdf-syntax';

const roundTrip = (source: string) => writeValue(new PdfReader(source).value());

describe('PDF names written back by the scrub', () => {
  it('keep plain names as they are', () => {
    expect(roundTrip('<</Type /Page /Font-Name_1.2 /A+B*C~>>')).toBe('<</Type /Page\n/Font-Name_1.2 /A+B*C~>>');
  });

  it('escape what would end or change a name: spaces, delimiters, "#", bytes outside printable ASCII', () => {
    expect(roundTrip('/A#20B')).toBe('/A#20B');
    expect(roundTrip('/x#28y#29')).toBe('/x#28y#29');
    expect(roundTrip('/Tag#23')).toBe('/Tag#23');
    expect(roundTrip('/Caf#e9')).toBe('/Caf#e9');
    expect(roundTrip('/a#2Fb#25c#5B#7B')).toBe('/a#2fb#25c#5b#7b');
    // Decoded when read, so a check sees "JavaScript"; written plain again, it means the same.
    expect(roundTrip('/J#61vaScript')).toBe('/JavaScript');
  });
});
