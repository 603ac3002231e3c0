import { CoverageIndex, bruteForceCoveringAt, validateAreaGeometry, type CoverageEntry, type Position } from './index.js';

it('bench', () => {
  const entries: CoverageEntry[] = [];
  let r = 1;
  const rnd = () => ((r = (r * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < 50000; i++) {
    const lng = 3.5 + rnd() * 3.5, lat = 50.8 + rnd() * 2.7;
    const k = i % 5;
    entries.push({ offeringId: `o${i}`, areaId: `a${i}`, area:
      k === 0 ? { kind: 'MUNICIPALITY', municipalityCode: `GM0${100 + (i % 300)}` } :
      k === 1 ? { kind: 'RADIUS', center: { lat, lng }, radiusKm: 2 + rnd() * 20 } :
      { kind: 'POLYGON', geometry: { type: 'Polygon', coordinates: [Array.from({ length: 41 }, (_, j) => { const a = (2 * Math.PI * (j % 40)) / 40; return [lng + 0.05 * Math.cos(a), lat + 0.03 * Math.sin(a)] as Position; })] } } });
  }
  let t = performance.now();
  const idx = new CoverageIndex(entries);
  const build = performance.now() - t;
  const qs = Array.from({ length: 2000 }, (_, i) => ({ point: { lng: 3.5 + rnd() * 3.5, lat: 50.8 + rnd() * 2.7 }, municipalityCode: `GM0${100 + (i % 300)}` }));
  t = performance.now(); let n = 0;
  for (const q of qs) n += idx.coveringAt(q).length;
  const qi = performance.now() - t;
  t = performance.now(); let m = 0;
  for (const q of qs.slice(0, 200)) m += bruteForceCoveringAt(entries, q).length;
  const qb = (performance.now() - t) * 10;
  t = performance.now();
  for (let i = 0; i < 5000; i++) idx.upsertOffering(`o${i}`, [{ ...entries[i], area: { kind: 'RADIUS', center: { lat: 52, lng: 5 }, radiusKm: 3 } }]);
  const up = performance.now() - t;
  // worst-case validation: zigzag of 5000 vertices all overlapping in x
  const ring: Position[] = [];
  for (let i = 0; i < 4998; i++) ring.push([5 + (i % 2) * 0.5 + i * 1e-6, 52 + i * 1e-4]);
  ring.push([4.9, 52.6]); ring.push([4.9, 52]); ring.push(ring[0]);
  t = performance.now();
  const v = validateAreaGeometry({ type: 'Polygon', coordinates: [ring] });
  const val = performance.now() - t;
  console.log({ build, qi, qb, n, m, up, val, ok: v.ok, size: idx.size });
});
