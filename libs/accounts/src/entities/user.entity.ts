import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A person who signs in. Global: one account may belong to several organisations. */
@Entity('users')
export class User {
  @PrimaryColumn('uuid')
  id: string;

  /** Stored lower-cased, so uniqueness ignores case. */
  @Index({ unique: true })
  @Column('text')
  email: string;

  @Column('text')
  passwordHash: string;

  @Column('text')
  fullName: string;

  /** When the person proved the address by following a mailed link; null: they cannot sign in yet. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Set by a platform admin: every session ends and the account cannot sign in until reinstated. */
  @Column({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
