import { smsSegments } from 'shared/templates';
import { describe, expect, it } from 'vitest';

describe('smsSegments', () => {
  it('GSM-7: 160 fit one message, 161 need two parts of 153', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'gsm7', segments: 1, perSegment: 160, length: 160 });
    expect(smsSegments('a'.repeat(161))).toEqual({ encoding: 'gsm7', segments: 2, perSegment: 153, length: 161 });
    expect(smsSegments('a'.repeat(306))).toMatchObject({ segments: 2 });
    expect(smsSegments('a'.repeat(307))).toMatchObject({ segments: 3 });
  });

  it('GSM-7 extension characters count as two septets', () => {
    expect(smsSegments('€'.repeat(80))).toEqual({ encoding: 'gsm7', segments: 1, perSegment: 160, length: 160 });
    expect(smsSegments(`${'a'.repeat(159)}€`)).toEqual({ encoding: 'gsm7', segments: 2, perSegment: 153, length: 161 });
    expect(smsSegments('[]{}~^|\\')).toMatchObject({ encoding: 'gsm7', length: 16 });
  });

  it('an escape pair is never split across two parts', () => {
    // 152 septets then "€": the pair does not fit in part 1 (153), so it moves to part 2.
    const text = `${'a'.repeat(152)}€${'a'.repeat(152)}`;
    expect(smsSegments(text)).toMatchObject({ encoding: 'gsm7', length: 306, segments: 3 });
  });

  it('UCS-2: 70 fit one message, 71 need two parts of 67, 134 is exactly two', () => {
    expect(smsSegments('款'.repeat(70))).toEqual({ encoding: 'ucs2', segments: 1, perSegment: 70, length: 70 });
    expect(smsSegments('款'.repeat(71))).toEqual({ encoding: 'ucs2', segments: 2, perSegment: 67, length: 71 });
    expect(smsSegments('款'.repeat(134))).toEqual({ encoding: 'ucs2', segments: 2, perSegment: 67, length: 134 });
    expect(smsSegments('款'.repeat(135))).toMatchObject({ segments: 3 });
  });

  it('one non-GSM character switches the whole message to UCS-2', () => {
    expect(smsSegments(`${'a'.repeat(69)}“`)).toMatchObject({ encoding: 'ucs2', segments: 1, length: 70 });
    expect(smsSegments(`${'a'.repeat(70)}“`)).toMatchObject({ encoding: 'ucs2', segments: 2 });
  });

  it('counts an emoji as two UTF-16 units and keeps its surrogate pair together', () => {
    expect(smsSegments('😀'.repeat(35))).toMatchObject({ encoding: 'ucs2', segments: 1, length: 70 });
    expect(smsSegments(`${'款'.repeat(68)}😀`)).toMatchObject({ length: 70, segments: 1 });
    expect(smsSegments(`${'款'.repeat(69)}😀`)).toMatchObject({ length: 71, segments: 2 });
    expect(smsSegments(`${'款'.repeat(66)}😀${'款'.repeat(66)}`)).toMatchObject({ length: 134, segments: 3 });
  });

  it('an empty text needs no segment', () => {
    expect(smsSegments('')).toEqual({ encoding: 'gsm7', segments: 0, perSegment: 160, length: 0 });
  });
});
