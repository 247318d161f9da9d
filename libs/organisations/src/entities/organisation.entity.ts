import { Region } from '@careledger/regions';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

export enum OrganisationStatus {
  Active = 'active',
  Suspended = 'suspended',
}

/** A CSO: the tenant. Global table: its id is the tenant_id of every tenant row. */
@Entity('organisations')
@Index(['regionCode'])
@Check('CHK_organisations_suspension', `("status" = 'suspended') = ("suspended_at" IS NOT NULL)`)
export class Organisation {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  inn: string | null;

  @Column({ type: 'varchar', length: 15, nullable: true })
  ogrn: string | null;

  @Column({ type: 'char', length: 2 })
  regionCode: string;

  @Column({ type: 'text', nullable: true })
  legalForm: string | null;

  @Column({ type: 'text', nullable: true })
  publicDescription: string | null;

  @Column({ type: 'text', default: OrganisationStatus.Active })
  status: OrganisationStatus;

  /** Since when the organisation is suspended; null while it is active. */
  @Column({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  /** Why a platform admin suspended it, as its members read it; null while active (or suspended before reasons were kept). */
  @Column({ type: 'text', nullable: true })
  suspensionReason: string | null;

  @Column({ type: 'boolean', default: false })
  allowNegativeStock: boolean;

  /**
   * The IANA time zone its days and months of care are counted in; its region's unless its admin
   * changed it (a database trigger fills it in from the region when an insert names none).
   */
  @Column('text')
  timeZone: string;

  /**
   * When a platform admin verified the organisation (registry numbers and region); null until then.
   * Only verified, active organisations count in public statistics and the league (the database view
   * `counted_organisations`); an organisation sees its own figures either way.
   */
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Region;
}
