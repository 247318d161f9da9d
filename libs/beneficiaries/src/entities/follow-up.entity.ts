import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Beneficiary } from './beneficiary.entity.js';

/**
 * Something to do for a beneficiary by a date, assigned to a member (a call back, a visit). Personal
 * data like a case note: erasure deletes it.
 */
@Entity('follow_ups')
@Index(['tenantId', 'beneficiaryId', 'dueOn'])
@Index(['tenantId', 'assigneeId', 'dueOn'], { where: 'done_at IS NULL' })
export class FollowUp {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  beneficiaryId: string;

  @Column('text')
  text: string;

  @Column('date')
  dueOn: string;

  /** the member (user) who is to do it */
  @Column('uuid')
  assigneeId: string;

  @Column('text')
  createdByKind: string;

  @Column('uuid')
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @ManyToOne(() => Beneficiary, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'beneficiary_id', referencedColumnName: 'id' },
  ])
  beneficiary?: Beneficiary;
}
