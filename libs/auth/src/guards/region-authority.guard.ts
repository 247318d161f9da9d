import { PlatformRoleName, UsersRepository } from '@careledger/accounts';
import { DomainError, ErrorCode } from '@careledger/common';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrgRequest } from './org-access.guard.js';

/** Routes under /regions/{code}: the signed-in user must be an `authority` for that very region (else 403). */
@Injectable()
export class RegionAuthorityGuard implements CanActivate {
  constructor(
    private readonly users: UsersRepository,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<OrgRequest & { params: { code?: string } }>();
    const principal = request.user;
    if (principal?.kind !== 'user')
      throw new DomainError(ErrorCode.Forbidden, 'a regional authority role is required');
    const roles = await this.users.platformRoles(this.dataSource.manager, principal.userId);
    const authority = roles.find((role) => role.role === PlatformRoleName.Authority);
    if (!authority || !request.params.code || !authority.regionCodes.includes(request.params.code)) {
      throw new DomainError(ErrorCode.Forbidden, 'you are not an authority for this region');
    }
    return true;
  }
}
