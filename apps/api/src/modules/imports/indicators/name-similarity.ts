// How alike two school names are, 0–1: the Dice coefficient of the character pairs of both
// names after dropping case, accents, punctuation and the words every school name has.

const FILLER = new Set([
  'basisschool',
  'bs',
  'obs',
  'cbs',
  'pcbs',
  'rkbs',
  'kbs',
  'ikc',
  'ibs',
  'sbo',
  'school',
  'openbare',
  'christelijke',
  'katholieke',
  'protestants',
  'rooms',
  'rk',
  'pc',
  'prot',
  'chr',
  'kindcentrum',
  'integraal',
  'kindcampus',
  'de',
  'het',
  'een',
  'van',
  'voor',
  'en',
  'op',
  'locatie',
  'loc',
  'vestiging',
  'dependance',
]);

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w))
    .join(' ');
}

function pairs(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const p = s.slice(i, i + 2);
    out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  const px = pairs(x);
  const py = pairs(y);
  let shared = 0;
  for (const [p, n] of px) shared += Math.min(n, py.get(p) ?? 0);
  const total = Math.max(1, x.length - 1) + Math.max(1, y.length - 1);
  return (2 * shared) / total;
}
