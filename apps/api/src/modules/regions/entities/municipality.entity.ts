import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AreaGeometry } from '@partnerwijzer/domain';

@Entity({ name: 'municipality' })
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 4 })
  provinceCode!: string;

  @Column({ name: 'center_lat', type: 'double precision' })
  centerLat!: number;

  @Column({ name: 'center_lng', type: 'double precision' })
  centerLng!: number;

  @Column({ type: 'jsonb', nullable: true })
  geometry!: AreaGeometry | null;

  @Column({ name: 'bbox', type: 'double precision', array: true, nullable: true })
  bbox!: number[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
