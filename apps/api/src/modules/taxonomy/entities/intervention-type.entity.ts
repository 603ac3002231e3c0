import { Column, Entity, PrimaryColumn } from 'typeorm';

// Reference data, kept in step with the taxonomy in libs/domain at every start.
@Entity({ name: 'intervention_type' })
export class InterventionTypeEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ name: 'label_nl', type: 'varchar', length: 200 })
  labelNl!: string;

  @Column({ name: 'label_en', type: 'varchar', length: 200 })
  labelEn!: string;

  @Column({ name: 'description_nl', type: 'text' })
  descriptionNl!: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn!: string;

  @Column({ name: 'evidence_note_nl', type: 'text' })
  evidenceNoteNl!: string;

  @Column({ name: 'evidence_note_en', type: 'text' })
  evidenceNoteEn!: string;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder!: number;
}
