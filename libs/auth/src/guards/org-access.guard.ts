import { DomainError, ErrorCode, isUuid, tenantId } from '@careledger/common';
import {
  MemberAccess,
  MemberRole,
  MembersService,
  PlatformOrganisationsService,
  suspendedWriteRefusal,
} from '@careledger/organisations';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import { Access, actorOf, OrgContext, Principal, roleAllows } from '../principal.js';

export const ACCESS_KEY = 'careledger:access';

/** What a suspended organisation may still do: read, and so export, everything its roles allow. */
const readMethods = new Set(['GET', 'HEAD']);

export type OrgRequest = FastifyRequest & { user?: Principal; org?: OrgContext; params: { orgId?: string } };

/**
 * For every route under /orgs/{orgId}: the caller must belong to the organisation (else 404, the same
 * answer as for an organisation that does not exist) and hold the route's access level (else 403).
 * A suspended organisation is read-only for everyone (403 to any method but GET and HEAD), so it can
 * still export its data.
 * A route without a declared level is refused: the guard fails closed.
 */
@Injectable()
export class OrgAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly members: MembersService,
    private readonly organisations: PlatformOrganisationsService,
    private readonly logger: PinoLogger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<OrgRequest>();
    const access = this.reflector.get<Access | undefined>(ACCESS_KEY, context.getHandler());
    if (!access) throw new DomainError(ErrorCode.Forbidden, 'this route declares no access level');
    const orgId = request.params.orgId;
    const principal = request.user;
    if (!principal || !orgId || !isUuid(orgId)) throw DomainError.notFound('organisation');

    const member = await this.accessOf(principal, orgId, readMethods.has(request.method));
    if (!member) throw DomainError.notFound('organisation');
    const { role, suspension } = member;
    if (!roleAllows(role, access))
      throw new DomainError(ErrorCode.Forbidden, `this needs the ${access} access level`);
    if (suspension && !readMethods.has(request.method)) throw suspendedWriteRefusal(suspension);

    request.org = { orgId: tenantId(orgId), role, actor: actorOf(principal) };
    this.logger.assign({ tenantId: orgId });
    return true;
  }

  /**
   * A member's role comes with the organisation's suspension in one query; an API key acts as staff of
   * its own organisation, and only a write needs to know whether that one is suspended.
   */
  private async accessOf(
    principal: Principal,
    orgId: string,
    reading: boolean,
  ): Promise<MemberAccess | null> {
    if (principal.kind === 'user') return this.members.accessOf(orgId, principal.userId);
    if (principal.tenantId !== orgId) return null;
    return {
      role: MemberRole.Staff,
      suspension: reading ? null : await this.organisations.suspensionOf(orgId),
    };
  }
}
