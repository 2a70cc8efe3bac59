/** The text of a content file, or where it stops being UTF-8. */
export type DecodedFile = { ok: true; text: string } | { ok: false; line: number; column: number; byte: number };

const REPLACEMENT = '\uFFFD';
const REPLACEMENT_BYTES = [0xef, 0xbf, 0xbd];

/**
 * Decodes `bytes` as strict UTF-8 and normalises it the way authors expect:
 * no byte-order mark, `\n` line endings. Invalid bytes (a file saved as GBK,
 * say) are reported with their position instead of becoming `�`.
 */
export function decodeContentFile(bytes: Uint8Array): DecodedFile {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text: normalizeText(text) };
  } catch {
    return { ok: false, ...firstInvalidByte(bytes) };
  }
}

/** Strips a leading BOM and turns CRLF and lone CR into LF. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

/**
 * The lossy decoder turns each bad sequence into U+FFFD; the first U+FFFD not
 * written as its own three bytes in the file marks the first bad byte.
 */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number; byte: number } {
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  for (let index = lossy.indexOf(REPLACEMENT); index !== -1; index = lossy.indexOf(REPLACEMENT, index + 1)) {
    const before = lossy.slice(0, index);
    const offset = encoder.encode(before).length;
    if (REPLACEMENT_BYTES.every((b, i) => bytes[offset + i] === b)) continue;
    const lines = before.split('\n');
    return { line: lines.length, column: [...lines.at(-1)!].length + 1, byte: bytes[offset]! };
  }
  return { line: 1, column: 1, byte: bytes[0] ?? 0 };
}
