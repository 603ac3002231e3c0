import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * The created_at / updated_at pair most tables carry, set by TypeORM on insert and update.
 * Not an entity itself: entities extend it and TypeORM maps the inherited columns.
 */
export abstract class TimestampedEntity {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
