import fc from 'fast-check';
import { canonicalJson } from 'shared/audit';
import { describe, expect, it } from 'vitest';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('omits undefined properties and escapes strings like JSON', () => {
    expect(canonicalJson({ a: undefined, b: '引号"\n' })).toBe('{"b":"引号\\"\\n"}');
  });

  it('sorts by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ b: 0, B: 0, 中: 0, a: 0 })).toBe('{"B":0,"a":0,"b":0,"中":0}');
  });

  it('refuses values a hash must not silently depend on', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });

  it('is independent of key insertion order and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        const reparsed: unknown = JSON.parse(text);
        expect(canonicalJson(reparsed)).toBe(text);
        expect(text).toBe(canonicalJson(JSON.parse(JSON.stringify(value))));
      }),
    );
    const a = { x: 1, y: [1, 2], z: { q: 'w', p: 'e' } };
    const b = { z: { p: 'e', q: 'w' }, y: [1, 2], x: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });
});
