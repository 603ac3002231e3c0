import { hash } from 'node:crypto';

// HSDS wants a UUID for every object. Our own rows have one (organisation, offering, coverage
// area); objects that are derived (taxonomy terms, attributes, languages, cost options, the
// partner's location, identifiers) get a name-based UUID (RFC 9562 version 5) from a fixed
// namespace and a stable name, so the same record has the same id in every answer and export.

/** The namespace of Partnerwijzer's derived HSDS ids (a random UUID, fixed forever). */
export const HSDS_NAMESPACE = '5d0c8f0e-7a55-4f4e-9a51-2b3f6f2a9c41';

const NAMESPACE_BYTES = Buffer.from(HSDS_NAMESPACE.replace(/-/g, ''), 'hex');

/** UUID version 5 of `name` in the HSDS namespace. */
export function derivedId(...parts: string[]): string {
  // One-shot hash of namespace + name (a full export derives some 150,000 ids; a Hash
  // object per id cost twice as much).
  const name = parts.join('\u001f');
  const input = Buffer.allocUnsafe(16 + Buffer.byteLength(name));
  NAMESPACE_BYTES.copy(input, 0);
  input.write(name, 16);
  const b = hash('sha1', input, 'buffer').subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
