// The prefix and suffix tests by string search (src/compile/affixes.ts) answer as startsWith and endsWith do.
import fc from 'fast-check';
import { hasPrefix, hasSuffix } from '../src/compile/affixes';

/** Strings over a small alphabet (so that affixes often match), with two-byte and astral characters. */
const text = fc.string({ unit: fc.constantFrom('a', 'b', ':', '*', 'é', '\u{1F600}'), maxLength: 12 });

describe('affixes', () => {
  test('hasPrefix is startsWith, hasSuffix is endsWith', () => {
    fc.assert(
      fc.property(text, text, text, (head, middle, tail) => {
        for (const [value, affix] of [[head + middle, head], [head + middle + tail, middle], [middle, head + middle], [head, tail]] as const) {
          expect(hasPrefix(value, affix)).toBe(value.startsWith(affix));
          expect(hasSuffix(value, affix)).toBe(value.endsWith(affix));
        }
      }),
      { numRuns: 5_000, seed: 16 },
    );
  });
});
