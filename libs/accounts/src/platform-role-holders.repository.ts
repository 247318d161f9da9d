import { CursorPosition } from '@careledger/common';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PlatformRoleName } from './entities/platform-role.entity.js';

export interface PlatformRoleHolderRow {
  user_id: string;
  email: string;
  full_name: string;
  role: PlatformRoleName;
  region_codes: string[];
  created_at: Date;
}

/** Who holds platform roles: the platform admin's overview, one row per grant. */
@Injectable()
export class PlatformRoleHoldersRepository {
  /** Ordered by user and role; `after` is the last row's role (key) and user id. */
  list(
    manager: EntityManager,
    after: CursorPosition | undefined,
    limit: number,
  ): Promise<PlatformRoleHolderRow[]> {
    return manager.query(
      `select p.user_id, u.email, u.full_name, p.role, p.region_codes, p.created_at
         from platform_roles p join users u on u.id = p.user_id
        where $1::uuid is null or (p.user_id, p.role) > ($1::uuid, $2::text)
        order by p.user_id, p.role limit $3`,
      [after?.id ?? null, after?.key ?? null, limit],
    );
  }
}
