import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { SchoolEntity } from './entities/school.entity.js';
import type { SchoolModel } from './models/school.model.js';
import { toSchoolModel } from './school.mappers.js';

/**
 * Every active school in memory, so that a match needs no database round trip to find its
 * school. Whoever follows the change feed (the matching index) calls `reload` for changed
 * schools; nothing here reads the feed itself.
 */
@Injectable()
export class ActiveSchoolsCache {
  private readonly schools = new Map<string, SchoolModel>();

  constructor(private readonly db: DataSource) {}

  get size(): number {
    return this.schools.size;
  }

  get(vestigingscode: string): SchoolModel | undefined {
    return this.schools.get(vestigingscode);
  }

  values(): IterableIterator<SchoolModel> {
    return this.schools.values();
  }

  /** Reloads these schools (all when null); inactive or deleted ones leave the cache. */
  async reload(codes: string[] | null): Promise<void> {
    const repo = this.db.getRepository(SchoolEntity);
    const rows =
      codes === null
        ? await repo.findBy({ active: true })
        : await repo.findBy({ vestigingscode: In(codes) });
    if (codes !== null) for (const code of codes) this.schools.delete(code);
    for (const row of rows)
      if (row.active) this.schools.set(row.vestigingscode, toSchoolModel(row));
  }
}
