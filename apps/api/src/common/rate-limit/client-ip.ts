import type { Request } from 'express';

/**
 * The key for per-client limits: the caller's IP address as Express sees it (X-Forwarded-For
 * only with TRUST_PROXY_HOPS set), IPv4-mapped IPv6 written as IPv4, and other IPv6 addresses
 * cut to their /64 network, since one household or school usually owns a whole /64.
 */
export function clientIp(req: Pick<Request, 'ip' | 'socket'>): string {
  return rateLimitKeyOfIp(req.ip ?? req.socket?.remoteAddress ?? 'unknown');
}

export function rateLimitKeyOfIp(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [
          ...left,
          ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'),
          ...right,
        ];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
