import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../../database/timestamped.entity.js';

// What a partner offers. Relations are loaded by id (DataLoader), not through TypeORM
// relation properties, which keeps ESM import cycles out of the entities.
@Entity({ name: 'offering' })
export class OfferingEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'intervention_types', type: 'text', array: true })
  interventionTypes!: string[];

  @Column({ type: 'text', array: true })
  sectors!: string[];

  @Column({ name: 'target_groups', type: 'text', array: true })
  targetGroups!: string[];

  @Column({ name: 'groep_min', type: 'smallint', nullable: true })
  groepMin!: number | null;

  @Column({ name: 'groep_max', type: 'smallint', nullable: true })
  groepMax!: number | null;

  @Column({ name: 'age_min', type: 'smallint', nullable: true })
  ageMin!: number | null;

  @Column({ name: 'age_max', type: 'smallint', nullable: true })
  ageMax!: number | null;

  @Column({ name: 'delivery_modes', type: 'text', array: true })
  deliveryModes!: string[];

  @Column({ name: 'cost_type', type: 'varchar', length: 12 })
  costType!: string;

  @Column({ name: 'cost_amount_eur', type: 'numeric', precision: 10, scale: 2, nullable: true })
  costAmountEur!: string | null;

  @Column({ name: 'cost_note', type: 'varchar', length: 500, nullable: true })
  costNote!: string | null;

  @Column({ name: 'funding_routes', type: 'text', array: true })
  fundingRoutes!: string[];

  /** Codes from the funding-route catalogue (libs/domain); the labels above stay free text. */
  @Column({ name: 'funding_route_codes', type: 'varchar', array: true })
  fundingRouteCodes!: string[];

  @Column({ name: 'evidence_register', type: 'varchar', length: 20 })
  evidenceRegister!: string;

  @Column({ name: 'evidence_level', type: 'varchar', length: 30 })
  evidenceLevel!: string;

  @Column({ name: 'evidence_source', type: 'varchar', length: 500, nullable: true })
  evidenceSource!: string | null;

  @Column({ name: 'capacity_per_year', type: 'integer', nullable: true })
  capacityPerYear!: number | null;

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'varchar', length: 12 })
  status!: string;

  @Column({ name: 'last_confirmed_at', type: 'timestamptz', nullable: true })
  lastConfirmedAt!: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
