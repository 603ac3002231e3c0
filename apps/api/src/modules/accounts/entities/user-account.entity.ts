import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../../database/timestamped.entity.js';

// An account: one role, and the links that role needs (an organisation for a partner editor,
// schools for school staff, municipalities for an officer). Migration 1763900400000; the email
// is unique case-insensitively (index on lower(email)).
@Entity({ name: 'user_account' })
export class UserAccountEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** argon2id (or an older scrypt) hash; null until the invitation's password is set. */
  @Column({ name: 'password_hash', type: 'varchar', length: 300, nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 24 })
  role!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'school_codes', type: 'text', array: true, default: () => "'{}'" })
  schoolCodes!: string[];

  @Column({ name: 'municipality_codes', type: 'text', array: true, default: () => "'{}'" })
  municipalityCodes!: string[];
}
