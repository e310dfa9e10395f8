// Our ucs2length replaces ajv's in the bundle (scripts/build.mjs): it must count exactly the same.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import ucs2length from '../../../src/validate/ucs2length.js';

const ajvUcs2length = (createRequire(import.meta.url)('ajv/dist/runtime/ucs2length') as { default: (s: string) => number }).default;

describe('ucs2length', () => {
  it.each(['', 'abc', 'café', '😀', 'a😀b', '\uD83D', '\uDE00', '\uDE00\uD83D', '\uD83D\uD83D\uDE00', 'x\uD83D', '👩‍👩‍👧'])('%j', (text) => {
    expect(ucs2length(text)).toBe(ajvUcs2length(text));
  });

  it('matches ajv on any string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 50 }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }), (a, b) => {
      const text = a + b + a;
      expect(ucs2length(text)).toBe(ajvUcs2length(text));
    }));
  });
});
