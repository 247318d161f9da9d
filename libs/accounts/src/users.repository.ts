import { DomainError, ErrorCode } from '@careledger/common';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PlatformRole, PlatformRoleName } from './entities/platform-role.entity.js';
import { User } from './entities/user.entity.js';

export interface NewUser {
  email: string;
  passwordHash: string;
  fullName: string;
  /**
   * Whether the address is already proven (default true): an invitation link followed, the operator's
   * configuration. Registration creates the account unproven until its mailed link is followed.
   */
  emailVerified?: boolean;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Users and platform roles: global tables, reached with the caller's transaction manager. */
@Injectable()
export class UsersRepository {
  findByEmail(manager: EntityManager, email: string): Promise<User | null> {
    return manager.findOne(User, { where: { email: normaliseEmail(email) } });
  }

  findById(manager: EntityManager, id: string): Promise<User | null> {
    return manager.findOne(User, { where: { id } });
  }

  async create(manager: EntityManager, user: NewUser): Promise<User> {
    const id = randomUUID();
    const inserted: { id: string }[] = await manager.query(
      `insert into users (id, email, password_hash, full_name, email_verified_at)
       values ($1, $2, $3, $4, case when $5 then now() end)
       on conflict (email) do nothing returning id`,
      [id, normaliseEmail(user.email), user.passwordHash, user.fullName, user.emailVerified ?? true],
    );
    if (inserted.length === 0) {
      throw new DomainError(ErrorCode.Duplicate, 'an account with this email already exists', {
        errors: [{ field: 'email', message: 'is already registered' }],
      });
    }
    return (await this.findById(manager, id)) as User;
  }

  async markEmailVerified(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `update users set email_verified_at = coalesce(email_verified_at, now()) where id = $1`,
      [userId],
    );
  }

  async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.query(`update users set password_hash = $2 where id = $1`, [userId, passwordHash]);
  }

  /** Suspends (with the time) or reinstates (null) the account. */
  async setSuspendedAt(manager: EntityManager, userId: string, suspendedAt: Date | null): Promise<void> {
    await manager.query(`update users set suspended_at = $2 where id = $1`, [userId, suspendedAt]);
  }

  platformRoles(manager: EntityManager, userId: string): Promise<PlatformRole[]> {
    return manager.find(PlatformRole, { where: { userId }, order: { role: 'ASC' } });
  }

  async grantPlatformRole(
    manager: EntityManager,
    userId: string,
    role: PlatformRoleName,
    regionCodes: string[],
  ): Promise<void> {
    await manager.query(
      `insert into platform_roles (user_id, role, region_codes) values ($1, $2, $3)
       on conflict (user_id, role) do update set region_codes = excluded.region_codes`,
      [userId, role, regionCodes],
    );
  }

  async revokePlatformRole(manager: EntityManager, userId: string, role: PlatformRoleName): Promise<boolean> {
    const [, affected] = (await manager.query(`delete from platform_roles where user_id = $1 and role = $2`, [
      userId,
      role,
    ])) as [unknown, number];
    return affected > 0;
  }
}
