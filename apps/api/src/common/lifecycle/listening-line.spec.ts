import { listeningLine } from './listening-line.js';

describe('the start-up line', () => {
  const db = 'PGlite in ./.data/pglite';

  it('names the address the server listens on, not localhost whatever HOST is', () => {
    expect(listeningLine({ address: '127.0.0.1', family: 'IPv4', port: 3106 }, undefined, db)).toBe(
      'Klaar op (listening on) http://127.0.0.1:3106 — database: PGlite in ./.data/pglite',
    );
    expect(listeningLine({ address: '192.0.2.7', family: 'IPv4', port: 80 }, undefined, db)).toBe(
      'Klaar op (listening on) http://192.0.2.7:80 — database: PGlite in ./.data/pglite',
    );
    expect(listeningLine({ address: '::1', family: 'IPv6', port: 3000 }, undefined, db)).toContain(
      'http://[::1]:3000 —',
    );
  });

  it('says when it listens on every network address', () => {
    for (const address of [
      { address: '0.0.0.0', family: 'IPv4', port: 3000 },
      { address: '::', family: 'IPv6', port: 3000 },
    ]) {
      expect(listeningLine(address, undefined, db)).toMatch(
        /^Klaar op \(listening on\) http:\/\/(0\.0\.0\.0|\[::\]):3000 \(alle netwerkadressen van deze machine, all network addresses of this machine\) — database/,
      );
    }
  });

  it('adds PUBLIC_URL when it is set', () => {
    expect(
      listeningLine(
        { address: '0.0.0.0', family: 'IPv4', port: 3000 },
        'https://partnerwijzer.example.nl',
        'PostgreSQL (DATABASE_URL)',
      ),
    ).toBe(
      'Klaar op (listening on) http://0.0.0.0:3000 (alle netwerkadressen van deze machine, all network addresses of this machine) — te openen op (public address) https://partnerwijzer.example.nl — database: PostgreSQL (DATABASE_URL)',
    );
  });
});
