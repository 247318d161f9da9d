import { User } from '@careledger/accounts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from './organisation.entity.js';

export enum MemberRole {
  Admin = 'admin',
  Staff = 'staff',
  Viewer = 'viewer',
}

/** A user's role in one organisation. Global table: a signed-in user reads their own memberships. */
@Entity('memberships')
@Index(['userId'])
export class Membership {
  @PrimaryColumn('uuid')
  organisationId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @Column('text')
  role: MemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
