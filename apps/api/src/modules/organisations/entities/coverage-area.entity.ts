import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AreaGeometry } from '@partnerwijzer/domain';

// Where an offering is available; the kind decides which columns are set (checked in SQL).
@Entity({ name: 'coverage_area' })
export class CoverageAreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 4, nullable: true })
  provinceCode!: string | null;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6, nullable: true })
  municipalityCode!: string | null;

  @Column({ name: 'center_lat', type: 'double precision', nullable: true })
  centerLat!: number | null;

  @Column({ name: 'center_lng', type: 'double precision', nullable: true })
  centerLng!: number | null;

  @Column({ name: 'radius_km', type: 'double precision', nullable: true })
  radiusKm!: number | null;

  @Column({ name: 'center_label', type: 'varchar', length: 120, nullable: true })
  centerLabel!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  geometry!: AreaGeometry | null;

  /** POLYGON: the area's name, e.g. the uploaded file's. */
  @Column({ name: 'area_label', type: 'varchar', length: 120, nullable: true })
  areaLabel!: string | null;

  @Column({ name: 'bbox', type: 'double precision', array: true, nullable: true })
  bbox!: number[] | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note!: string | null;

  /** Place in the offering's list as saved (0 first); every read orders by it. */
  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
