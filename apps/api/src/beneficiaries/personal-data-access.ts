import type { OrgContext } from '@careledger/auth';
import { MemberRole } from '@careledger/organisations';

/** Roles that see names in lists: admins and staff (an API key acts as staff); a viewer sees codes. */
const namesVisibleTo = new Set([MemberRole.Admin, MemberRole.Staff]);

export function seesNames(org: OrgContext): boolean {
  return namesVisibleTo.has(org.role);
}
