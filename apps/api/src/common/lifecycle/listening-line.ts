import type { AddressInfo } from 'node:net';

/** The URL of the address a server listens on (IPv6 in brackets). */
export function listeningUrl(address: AddressInfo): string {
  const host =
    address.family === 'IPv6' || address.address.includes(':')
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}`;
}

const EVERY_INTERFACE = new Set(['0.0.0.0', '::']);

/**
 * The start-up line: the address the server really listens on (HOST decides it; 0.0.0.0 and
 * :: are every network address of the machine, said so), PUBLIC_URL when it is set (the
 * address people open, behind a proxy), and the database.
 */
export function listeningLine(
  address: AddressInfo | string | null,
  publicUrl: string | undefined,
  database: string,
): string {
  const where =
    address === null
      ? 'onbekend adres (unknown address)'
      : typeof address === 'string'
        ? address
        : EVERY_INTERFACE.has(address.address)
          ? `${listeningUrl(address)} (alle netwerkadressen van deze machine, all network addresses of this machine)`
          : listeningUrl(address);
  const open = publicUrl ? ` — te openen op (public address) ${publicUrl}` : '';
  return `Klaar op (listening on) ${where}${open} — database: ${database}`;
}
