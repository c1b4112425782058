import type { SmsSegments } from './types';

// GSM 03.38 basic character set (one septet each) and its extension table (escape + char = two septets).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';
const basic = new Set(GSM_BASIC);
const extension = new Set(GSM_EXTENSION);

/** Packs units into segments without splitting an escape pair or a surrogate pair across two segments. */
function pack(units: readonly number[], single: number, multi: number): { segments: number; perSegment: number } {
  const length = units.reduce((a, b) => a + b, 0);
  if (length <= single) return { segments: length === 0 ? 0 : 1, perSegment: single };
  let segments = 1;
  let used = 0;
  for (const u of units) {
    if (used + u > multi) {
      segments++;
      used = 0;
    }
    used += u;
  }
  return { segments, perSegment: multi };
}

/**
 * How many SMS segments a text needs. GSM-7 when every character is in the GSM 03.38 set (160 per message,
 * 153 per part when concatenated; extension characters such as € [ ] { } count 2), otherwise UCS-2
 * (70 UTF-16 units, 67 per part). An empty text needs 0 segments.
 */
export function smsSegments(text: string): SmsSegments {
  const chars = Array.from(text);
  const gsm = chars.every((c) => basic.has(c) || extension.has(c));
  if (gsm) {
    const units = chars.map((c) => (extension.has(c) ? 2 : 1));
    const length = units.reduce((a, b) => a + b, 0);
    return { encoding: 'gsm7', length, ...pack(units, 160, 153) };
  }
  const units = chars.map((c) => c.length);
  return { encoding: 'ucs2', length: text.length, ...pack(units, 70, 67) };
}
