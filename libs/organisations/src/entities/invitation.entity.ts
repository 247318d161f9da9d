import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from './organisation.entity.js';

export enum InvitationStatus {
  Pending = 'pending',
  Accepted = 'accepted',
  Declined = 'declined',
  Revoked = 'revoked',
}

/**
 * An offer to join an organisation in a role, or to hold a platform role, that the person the email
 * belongs to accepts or declines. Until then it grants nothing. Global table, like memberships: the
 * invitee reads their own invitations without a tenant. The mailed token is kept only as its SHA-256.
 */
@Entity('invitations')
@Index(['email'])
@Index(['organisationId'])
@Index(['tokenHash'], { unique: true })
export class Invitation {
  @PrimaryColumn('uuid')
  id: string;

  /** The organisation the invitee would join; null for an invitation to a platform role. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  /** Stored lower-cased, like users.email, so matching ignores case. */
  @Column('text')
  email: string;

  /** A member role (admin, staff, viewer) or, without an organisation, a platform role. */
  @Column('text')
  role: string;

  /** Regions of an authority invitation; empty otherwise. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regionCodes: string[];

  @Column('char', { length: 64 })
  tokenHash: string;

  @Column({ type: 'text', default: InvitationStatus.Pending })
  status: InvitationStatus;

  @Column({ type: 'uuid', nullable: true })
  invitedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
