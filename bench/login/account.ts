// The one real account bench:login signs in with (created by login/server.ts).
export const BENCH_EMAIL = 'bench.login@voorbeeld.nl';
export const BENCH_PASSWORD = 'de trein naar utrecht vertrekt om half negen';
