import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../../../database/timestamped.entity.js';
import type { ContactRequestStatus } from '../contact-request-status.js';

// A school asks a partner about one offering. School-level only: who asks (a staff member's
// name and work email) and a message — never data about pupils.
@Entity({ name: 'contact_request' })
export class ContactRequestEntity extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** PW-<year>-<number>: the column default takes the year's next number (migration 1765000100000). */
  @Column({ type: 'varchar', length: 20, insert: false, update: false })
  reference!: string;

  @Column({ type: 'varchar', length: 6 })
  vestigingscode!: string;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @Column({ name: 'sender_name', type: 'varchar', length: 120 })
  senderName!: string;

  @Column({ name: 'sender_email', type: 'varchar', length: 254 })
  senderEmail!: string;

  @Column({ type: 'varchar', length: 2000 })
  message!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: ContactRequestStatus;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
