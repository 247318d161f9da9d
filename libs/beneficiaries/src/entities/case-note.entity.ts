import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Beneficiary } from './beneficiary.entity.js';

/**
 * A dated entry of a beneficiary's case history (запись в деле подопечного). Personal data: erasure
 * deletes it with its earlier versions. An edit keeps the text it replaces as a `CaseNoteVersion`.
 */
@Entity('case_notes')
@Index(['tenantId', 'beneficiaryId', 'notedAt'])
export class CaseNote {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  beneficiaryId: string;

  /** when what the note tells happened (a call, a visit); defaults to when it was written */
  @Column('timestamptz')
  notedAt: Date;

  @Column('text')
  text: string;

  /** who wrote the first version: a user or an API key, as in the audit log */
  @Column('text')
  authorKind: string;

  @Column('uuid')
  authorId: string;

  /** who wrote the current text: the author, or the member who edited it last */
  @Column('text')
  writtenByKind: string;

  @Column('uuid')
  writtenById: string;

  /** 1 for the first text, one more for each edit */
  @Column('integer')
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;

  @ManyToOne(() => Beneficiary, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'beneficiary_id', referencedColumnName: 'id' },
  ])
  beneficiary?: Beneficiary;
}

/** A text a case note held before an edit: who wrote it and when, so the history cannot be rewritten. */
@Entity('case_note_versions')
export class CaseNoteVersion {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  noteId: string;

  @PrimaryColumn('integer')
  version: number;

  @Column('timestamptz')
  notedAt: Date;

  @Column('text')
  text: string;

  @Column('text')
  writtenByKind: string;

  @Column('uuid')
  writtenById: string;

  @Column('timestamptz')
  writtenAt: Date;

  @ManyToOne(() => CaseNote, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'note_id', referencedColumnName: 'id' },
  ])
  note?: CaseNote;
}
