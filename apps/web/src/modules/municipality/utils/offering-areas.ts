import type { MunicipalityOfferingAreasQuery } from '../../../generated/graphql';

export type OfferingAreas = MunicipalityOfferingAreasQuery['municipalityOfferingAreas'];
export type LocalOffering = OfferingAreas['offerings'][number];
export type LocalArea = LocalOffering['areas'][number];

/** Municipality outlines, circles and polygons are drawn; a province is a note, not a shape. */
export function isDrawn(area: LocalArea): boolean {
  return area.kind === 'MUNICIPALITY' || area.kind === 'RADIUS' || area.kind === 'POLYGON';
}

function shapeKey(area: LocalArea): string {
  switch (area.kind) {
    case 'MUNICIPALITY':
      return `M:${area.municipalityCode}`;
    case 'RADIUS':
      return `R:${area.center?.lat},${area.center?.lng},${area.radiusKm}`;
    default:
      return `${area.kind}:${area.id}`;
  }
}

/**
 * The shapes to draw for these offerings, each distinct area once: many offerings share the
 * municipality's own outline, and stacking it would turn its fill opaque.
 */
export function distinctShapes(offerings: readonly LocalOffering[]): LocalArea[] {
  const shapes = new Map<string, LocalArea>();
  for (const offering of offerings) {
    for (const area of offering.areas) {
      const key = shapeKey(area);
      if (isDrawn(area) && !shapes.has(key)) shapes.set(key, area);
    }
  }
  return [...shapes.values()];
}

/** Per province: how many of these offerings work in the whole province (said, not drawn). */
export function provinceWide(
  offerings: readonly LocalOffering[],
): { code: string; name: string; offerings: number }[] {
  const byCode = new Map<string, { code: string; name: string; offerings: number }>();
  for (const offering of offerings) {
    const codes = new Set(
      offering.areas.filter((a) => a.kind === 'PROVINCE').map((a) => a.provinceCode ?? ''),
    );
    for (const area of offering.areas) {
      const code = area.provinceCode ?? '';
      if (area.kind !== 'PROVINCE' || !codes.delete(code)) continue;
      const entry = byCode.get(code) ?? { code, name: area.regionName ?? code, offerings: 0 };
      entry.offerings++;
      byCode.set(code, entry);
    }
  }
  return [...byCode.values()].sort((a, b) => b.offerings - a.offerings);
}
