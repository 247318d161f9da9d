import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity.js';

export enum PlatformRoleName {
  PlatformAdmin = 'platform_admin',
  Authority = 'authority',
}

/** A role above any one organisation: platform administrator, or regional authority for some regions. */
@Entity('platform_roles')
export class PlatformRole {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('text')
  role: PlatformRoleName;

  /** Regions an authority sees; empty for platform_admin. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regionCodes: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
