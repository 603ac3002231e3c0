import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../../database/timestamped.entity.js';

// A DUO school location (vestiging). Holds school-level facts only, never pupil data.
@Entity({ name: 'school' })
export class SchoolEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  vestigingscode!: string;

  @Column({ type: 'varchar', length: 4 })
  instellingscode!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 2 })
  sector!: string;

  @Column({ name: 'school_type', type: 'varchar', length: 8 })
  schoolType!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  denomination!: string | null;

  @Column({ type: 'varchar', length: 300 })
  address!: string;

  @Column({ type: 'varchar', length: 6 })
  postcode!: string;

  @Column({ type: 'varchar', length: 100 })
  city!: string;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 4 })
  provinceCode!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ type: 'integer', nullable: true })
  pupils!: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
