import { PlatformRoleName, UsersRepository } from '@careledger/accounts';
import { DomainError, ErrorCode } from '@careledger/common';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { OrgRequest } from './org-access.guard.js';

export const PLATFORM_ROLE_KEY = 'careledger:platform-role';

/** Routes above any organisation: the signed-in user must hold the route's platform role (else 403). */
@Injectable()
export class PlatformRoleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersRepository,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.get<PlatformRoleName | undefined>(
      PLATFORM_ROLE_KEY,
      context.getHandler(),
    );
    const principal = context.switchToHttp().getRequest<OrgRequest>().user;
    if (!required || principal?.kind !== 'user')
      throw new DomainError(ErrorCode.Forbidden, 'a platform role is required');
    const roles = await this.users.platformRoles(this.dataSource.manager, principal.userId);
    if (!roles.some((role) => role.role === required)) {
      throw new DomainError(ErrorCode.Forbidden, `this needs the ${required} platform role`);
    }
    return true;
  }
}
