import { Entity, PrimaryColumn } from 'typeorm';
import { RegionAreaEntity } from './region-area.js';

@Entity({ name: 'province' })
export class ProvinceEntity extends RegionAreaEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code!: string;
}
