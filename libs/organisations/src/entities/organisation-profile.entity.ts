import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from './organisation.entity.js';

/** Yearly facts the league table uses: staff (full-time equivalents) and volunteers. Tenant table. */
@Entity('organisation_profiles')
@Index(['tenantId', 'year'], { unique: true })
export class OrganisationProfile {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('smallint')
  year: number;

  @Column({ type: 'numeric', precision: 8, scale: 2 })
  staffFte: string;

  @Column('integer')
  volunteers: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Organisation;
}
