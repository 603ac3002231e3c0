import { readFile } from 'node:fs/promises';
import { ImportError, type TextEncodingName } from './import-types.js';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node 20's TextDecoder treats the
// 'windows-1252' label as Latin-1, so those 32 bytes (’ “ ” – — € …) are mapped here.
// prettier-ignore
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * Decodes a data file: UTF-8 when the bytes are valid UTF-8 (with or without BOM), otherwise
 * Windows-1252, the encoding of DUO's own CSV downloads. Valid UTF-8 is practically never
 * meant as Windows-1252 (it would need sequences like "Ã©"), so the check is safe.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

export async function readTextFile(path: string): Promise<DecodedText> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(
      code === 'ENOENT'
        ? `Bestand niet gevonden: ${path} (file not found)`
        : `Bestand ${path} kan niet worden gelezen (cannot read file): ${(error as Error).message}`,
    );
  }
  return decodeText(bytes);
}
