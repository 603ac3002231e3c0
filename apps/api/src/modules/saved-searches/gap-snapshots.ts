import { Injectable } from '@nestjs/common';
import type { InterventionCode } from '@partnerwijzer/domain';
import { CoverageService } from '../municipality-view/index.js';

export interface Gap {
  /** `vestigingscode:TYPE`, as stored in saved_search.gap_keys. */
  key: string;
  schoolName: string;
  interventionCode: InterventionCode;
}

/**
 * A municipality's gaps now (school × intervention type with no offering that reaches and fits
 * it; cells marked GAP in the municipality view), from the in-memory matching engine. An
 * officer's digest lists the gaps that are not in the stored snapshot of the last digest.
 */
@Injectable()
export class GapSnapshots {
  constructor(private readonly coverage: CoverageService) {}

  async current(municipalityCode: string): Promise<Gap[]> {
    const view = await this.coverage.municipalityCoverage(municipalityCode);
    return view.schools.flatMap((school) =>
      school.cells
        .filter((c) => c.status === 'GAP')
        .map((c) => ({
          key: `${school.vestigingscode}:${c.interventionType}`,
          schoolName: school.name,
          interventionCode: c.interventionType,
        })),
    );
  }
}
