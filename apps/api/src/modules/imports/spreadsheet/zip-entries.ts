import { strFromU8, unzipSync } from 'fflate';
import { ImportError } from '../import-types.js';
import { MAX_XML_BYTES } from './sheet-types.js';

// The entries of a zip container (ODS and XLSX are both zip files of XML), read with fflate.

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4
  );
}

/** Unpacks the wanted entries as text; entries the file lacks are absent from the map. */
export function unzipText(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  fileLabel: string,
): Map<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        if (f.originalSize > MAX_XML_BYTES) {
          throw new ImportError(
            `${fileLabel}: onderdeel ${f.name} is uitgepakt groter dan ${MAX_XML_BYTES / 1024 / 1024} MB; het bestand wordt niet gelezen. (Entry too large when unpacked.)`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `${fileLabel} is geen leesbaar zip-bestand (ODS/XLSX): ${(error as Error).message}. (Not a readable zip container.)`,
    );
  }
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}
