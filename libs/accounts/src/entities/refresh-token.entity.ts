import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity.js';

/**
 * One refresh token of a rotation family. A token works once; presenting a spent one means it was
 * stolen or replayed, and the whole family is revoked.
 */
@Entity('refresh_tokens')
@Index(['familyId'])
@Index(['userId'])
export class RefreshToken {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  familyId: string;

  @Column('uuid')
  userId: string;

  /** SHA-256 of the secret part; the secret itself is never stored. */
  @Column('char', { length: 64 })
  secretHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
