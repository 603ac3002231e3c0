import type { Queryable } from '../../database/queryable.js';
import { schoolsIn } from '../schools/repository.js';
import { findCollaborations, type CollaborationRow } from './repository.js';

/**
 * A municipality's collaboration records: with one of its schools or the municipality as a
 * party. Shared by the collaborations service and the municipality view's coalition downloads
 * (which cannot use the service: the collaborations module already depends on that view).
 */
export async function collaborationRowsInMunicipality(
  db: Queryable,
  code: string,
): Promise<CollaborationRow[]> {
  const schools = await schoolsIn(db, code);
  return findCollaborations(
    db,
    { municipalityCodes: [code], vestigingscodes: schools.map((s) => s.vestigingscode) },
    5000,
  );
}
