import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

// A partner's sign-up waiting for the confirmation mail's link (migration 1764000400000): the
// password is already hashed, the token stored as its SHA-256; used once, before expiry.
@Entity({ name: 'pending_registration' })
export class PendingRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ name: 'organisation_name', type: 'varchar', length: 200 })
  organisationName!: string;

  @Column({ name: 'kvk_number', type: 'varchar', length: 8 })
  kvkNumber!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}

// Failed sign-ins per email and IP, shared by the replicas (migration 1764000620000).
@Entity({ name: 'login_backoff' })
export class LoginBackoffEntity {
  @PrimaryColumn({ type: 'varchar', length: 400 })
  key!: string;

  @Column({ type: 'integer' })
  failures!: number;

  @Column({ name: 'locked_until_ms', type: 'double precision' })
  lockedUntilMs!: number;

  @Column({ name: 'last_failure_ms', type: 'double precision' })
  lastFailureMs!: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
