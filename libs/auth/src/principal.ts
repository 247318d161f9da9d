import { Actor, TenantId } from '@careledger/common';
import { MemberRole } from '@careledger/organisations';

/** Who is calling, as established by a credential: a signed-in user, or an organisation's API key. */
export type Principal =
  { kind: 'user'; userId: string } | { kind: 'api_key'; keyId: string; tenantId: TenantId };

export function actorOf(principal: Principal): Actor {
  return principal.kind === 'user'
    ? { kind: 'user', id: principal.userId }
    : { kind: 'api_key', id: principal.keyId };
}

/** What the organisation guard established for a route under /orgs/{orgId}. */
export interface OrgContext {
  orgId: TenantId;
  role: MemberRole;
  actor: Actor;
}

/** Levels of access a route under /orgs/{orgId} asks for. */
export enum Access {
  /** any member: admin, staff, viewer, API key */
  Read = 'read',
  /** admin, staff, API key; never a viewer */
  Write = 'write',
  /** admin only */
  Admin = 'admin',
}

export function roleAllows(role: MemberRole, access: Access): boolean {
  switch (access) {
    case Access.Read:
      return true;
    case Access.Write:
      return role !== MemberRole.Viewer;
    case Access.Admin:
      return role === MemberRole.Admin;
  }
}
