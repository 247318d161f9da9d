import { PlatformRoleName } from '@careledger/accounts';
import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiParam,
  ApiSecurity,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CredentialsGuard, UserCredentialsGuard } from './guards/credentials.guard.js';
import { ACCESS_KEY, OrgAccessGuard, OrgRequest } from './guards/org-access.guard.js';
import { PLATFORM_ROLE_KEY, PlatformRoleGuard } from './guards/platform-role.guard.js';
import { RegionAuthorityGuard } from './guards/region-authority.guard.js';
import { Access, OrgContext, Principal } from './principal.js';

/** A route under /orgs/{orgId}: credentials, membership (404 otherwise) and the access level (403 otherwise). */
export function OrgRoute(access: Access): MethodDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_KEY, access),
    UseGuards(CredentialsGuard, OrgAccessGuard),
    ApiParam({ name: 'orgId', type: String, format: 'uuid', description: 'the organisation (tenant)' }),
    ApiBearerAuth(),
    ApiSecurity('api-key'),
    ApiUnauthorizedResponse({ description: 'no or bad credentials' }),
    ApiForbiddenResponse({ description: `needs the ${access} access level` }),
    ApiNotFoundResponse({ description: 'not found, or not this caller’s organisation' }),
  );
}

/** A route for a signed-in person (Bearer token), whatever their organisations. */
export function UserRoute(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseGuards(UserCredentialsGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'no or bad token' }),
  );
}

/** A route for holders of a platform role. */
export function PlatformRoute(role: PlatformRoleName): MethodDecorator {
  return applyDecorators(
    SetMetadata(PLATFORM_ROLE_KEY, role),
    UseGuards(UserCredentialsGuard, PlatformRoleGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'no or bad token' }),
    ApiForbiddenResponse({ description: `needs the ${role} platform role` }),
  );
}

/** A route for the regional authority of the path's `{code}`. */
export function AuthorityRoute(): MethodDecorator {
  return applyDecorators(
    UseGuards(UserCredentialsGuard, RegionAuthorityGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'no or bad token' }),
    ApiForbiddenResponse({ description: 'not an authority for this region' }),
  );
}

/** The organisation context the OrgAccessGuard established. */
export const Org = createParamDecorator((_: unknown, context: ExecutionContext): OrgContext => {
  const org = context.switchToHttp().getRequest<OrgRequest>().org;
  if (!org) throw new Error('@Org() used on a route without @OrgRoute()');
  return org;
});

/** The authenticated caller. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<OrgRequest>().user;
  if (!principal) throw new Error('@CurrentPrincipal() used on a route without credentials');
  return principal;
});

/** The signed-in person's user id, on a `@UserRoute()` or `@PlatformRoute()` (an API key never gets there). */
export const CurrentUserId = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const principal = context.switchToHttp().getRequest<OrgRequest>().user;
  if (principal?.kind !== 'user')
    throw new Error('@CurrentUserId() used on a route without a signed-in user');
  return principal.userId;
});
