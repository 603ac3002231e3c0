import { Column } from 'typeorm';
import type { AreaGeometry } from '@partnerwijzer/domain';
import { TimestampedEntity } from '../../../database/timestamped.entity.js';

/** What a province and a municipality both carry: a name, an outline and its bounding box. */
export abstract class RegionAreaEntity extends TimestampedEntity {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'jsonb', nullable: true })
  geometry!: AreaGeometry | null;

  @Column({ name: 'bbox', type: 'double precision', array: true, nullable: true })
  bbox!: number[] | null;
}
