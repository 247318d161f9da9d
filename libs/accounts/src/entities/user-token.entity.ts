import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity.js';

export enum UserTokenPurpose {
  EmailVerification = 'email_verification',
  PasswordReset = 'password_reset',
}

/**
 * The secret of a mailed one-time link (verify the address, reset the password). Only its hash is
 * stored; a token works once, until it expires, and only for its purpose.
 */
@Entity('user_tokens')
@Index(['userId'])
export class UserToken {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @Column('text')
  purpose: UserTokenPurpose;

  /** SHA-256 of the secret part. */
  @Column('char', { length: 64 })
  secretHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  /** Set when the token is spent, or when a newer link for the same purpose replaces it. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
