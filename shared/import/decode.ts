export interface DecodedText {
  text: string;
  /** "utf-8", "utf-16le", "utf-16be" or "gb18030". */
  encoding: string;
  /** True when some bytes were invalid in the chosen encoding and became U+FFFD. */
  replaced: boolean;
}

function decodeWith(encoding: string, bytes: Uint8Array): DecodedText {
  try {
    // ignoreBOM: false (default) strips a matching BOM.
    const text = new TextDecoder(encoding).decode(bytes);
    return { text, encoding, replaced: text.includes('\uFFFD') };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { text, encoding: 'utf-8', replaced: text.includes('\uFFFD') };
  }
}

/** UTF-16 without a BOM shows as zero bytes in every other position of ASCII-heavy text. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Text of a delimited file: the BOM decides when there is one; otherwise valid UTF-8 is UTF-8 and anything
 * else is read as GB18030 (the superset of GBK that Chinese Excel and ERPs write).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes);
  const wide = utf16WithoutBom(bytes);
  if (wide) return decodeWith(wide, bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', replaced: false };
  } catch {
    return decodeWith('gb18030', bytes);
  }
}
