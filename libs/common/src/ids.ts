/** A tenant (organisation) id. The brand keeps a random string from being passed where a tenant belongs. */
export type TenantId = string & { readonly __brand: 'TenantId' };

export function tenantId(id: string): TenantId {
  return id as TenantId;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
