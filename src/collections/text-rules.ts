/**
 * What a content file's text may hold, before any of it is parsed. Each rule either
 * normalises (a BOM, CRLF line endings) or rejects with the line it found the problem on.
 */
import { BIDI_CONTROL, CONTROL_CHARACTER, codePoint } from '../schemas/characters.ts';

export type DecodedText = { ok: true; text: string } | { ok: false; problems: string[] };

/** Decodes a content file as UTF-8, strips a BOM, turns CRLF into LF, and refuses invisible control and bidirectional characters. */
export function decodeContentFile(bytes: Uint8Array): DecodedText {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const valid = firstInvalidByte(bytes);
    const line = new TextDecoder('utf-8').decode(bytes.subarray(0, valid)).split('\n').length;
    return { ok: false, problems: [`line ${line}: the file is not UTF-8 text (invalid byte at offset ${valid}); save it as UTF-8`] };
  }
  text = text.replace(/\r\n?/g, '\n');
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    const control = CONTROL_CHARACTER.exec(line);
    if (control) problems.push(`line ${i + 1}: invisible control character ${codePoint(control[0])} is not allowed; delete it`);
    const bidi = BIDI_CONTROL.exec(line);
    if (bidi)
      problems.push(
        `line ${i + 1}: bidirectional control character ${codePoint(bidi[0])} is not allowed; it can make text read differently from what is stored`,
      );
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, text };
}

function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes; in stream mode an unfinished last character is not an error, so the test is monotonic.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
