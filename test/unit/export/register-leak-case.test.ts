import { describe, expect, it } from 'vitest';
import { buildRegisterLeakCase, secretsAreDistinct, type LeakCaseSpec } from './helpers/register-leak-case';

/**
 * The leak property skips cases whose secret cannot be told from text that legitimately stays.
 * Skip too little and it reports leaks that are not there (CI found "Jojo" inside the kept
 * "Juájo Joca" with spaces removed); skip too much and it stops looking at all.
 */
const spec = (place: string[]): LeakCaseSpec => ({
  author: ['Jojo', 'Jojo'],
  details: [{ category: 'person', words: ['Joma'] }],
  blocks: [{ kind: 'paragraph', segments: [{ kind: 'filler', text: 'We waited at the station for hours.' }] }],
  fields: [{ category: 'place', words: place }],
  redact: [],
  identity: 'anonymous',
  titlePick: 0,
  linePick: 0,
});

describe('which leak cases can be judged', () => {
  it('skips a hidden name spelled across the space of a kept place', () => {
    expect(secretsAreDistinct(buildRegisterLeakCase(spec(['Juájo', 'Joca'])))).toBe(false);
  });

  it('still judges a hidden name that no kept text holds', () => {
    const c = buildRegisterLeakCase(spec(['Juan', 'Cabo']));
    expect(c.secrets).toEqual(['Jojo']);
    expect(secretsAreDistinct(c)).toBe(true);
  });
});
