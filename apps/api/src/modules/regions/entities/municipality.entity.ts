import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RegionAreaEntity } from './region-area.js';

@Entity({ name: 'municipality' })
export class MunicipalityEntity extends RegionAreaEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 4 })
  provinceCode!: string;

  @Column({ name: 'center_lat', type: 'double precision' })
  centerLat!: number;

  @Column({ name: 'center_lng', type: 'double precision' })
  centerLng!: number;
}
