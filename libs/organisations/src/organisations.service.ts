import { AuditLog } from '@careledger/audit';
import { rebuildRollups } from '@careledger/care';
import { Actor, DomainError, TenantId, tenantId } from '@careledger/common';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Organisation, OrganisationStatus } from './entities/organisation.entity.js';
import { RegionDirectory } from './region-directory.service.js';

export interface OrganisationDetails {
  name: string;
  regionCode: string;
  inn?: string | null;
  ogrn?: string | null;
  legalForm?: string | null;
  publicDescription?: string | null;
}

/** What its admin may change: its details and the time zone its days and months are counted in. */
export interface OrganisationChange extends Partial<OrganisationDetails> {
  /** an IANA time zone name, validated at the edge */
  timeZone?: string;
}

export interface OrganisationView {
  id: string;
  name: string;
  inn: string | null;
  ogrn: string | null;
  regionCode: string;
  /** the IANA time zone its days and months of care are counted in */
  timeZone: string;
  legalForm: string | null;
  publicDescription: string | null;
  status: OrganisationStatus;
  createdAt: string;
  /** when a platform admin verified it; until then its figures are its own and count nowhere public */
  verifiedAt: string | null;
  /** since when and why it is suspended (its members read and export, and write nothing); null while active */
  suspension: { since: string; reason: string | null } | null;
}

export interface ProfileView {
  year: number;
  staffFte: number;
  volunteers: number;
  updatedAt: string;
}

export function organisationView(organisation: Organisation): OrganisationView {
  return {
    id: organisation.id,
    name: organisation.name,
    inn: organisation.inn,
    ogrn: organisation.ogrn,
    regionCode: organisation.regionCode,
    timeZone: organisation.timeZone,
    legalForm: organisation.legalForm,
    publicDescription: organisation.publicDescription,
    status: organisation.status,
    createdAt: organisation.createdAt.toISOString(),
    verifiedAt: organisation.verifiedAt?.toISOString() ?? null,
    suspension: organisation.suspendedAt
      ? { since: organisation.suspendedAt.toISOString(), reason: organisation.suspensionReason }
      : null,
  };
}

/**
 * A verified organisation that changes what was verified (ИНН, ОГРН or region) is no longer verified:
 * otherwise it could be verified in one region and then move into another region's statistics.
 */
function verificationWithdrawnBy(current: Organisation, patch: Partial<OrganisationDetails>): boolean {
  if (!current.verifiedAt) return false;
  return (
    (patch.inn !== undefined && patch.inn !== current.inn) ||
    (patch.ogrn !== undefined && patch.ogrn !== current.ogrn) ||
    (patch.regionCode !== undefined && patch.regionCode !== current.regionCode)
  );
}

/** A valid time zone as the runtime spells it (`europe/moscow` is `Europe/Moscow`). */
function canonicalTimeZone(timeZone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
}

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly regions: RegionDirectory,
    private readonly audit: AuditLog,
  ) {}

  /** Refuses an unknown region with 400 naming `field`. */
  async assertKnownRegion(code: string, field: string): Promise<void> {
    if (!(await this.regions.exists(code))) throw DomainError.invalid(field, `is not a known region code`);
  }

  /** Creates the tenant inside the caller's transaction, which must be bound to the new id. */
  async create(tx: TenantTx, details: OrganisationDetails, actor: Actor): Promise<Organisation> {
    await tx.manager.insert(Organisation, {
      id: tx.tenantId,
      name: details.name,
      regionCode: details.regionCode,
      inn: details.inn ?? null,
      ogrn: details.ogrn ?? null,
      legalForm: details.legalForm ?? null,
      publicDescription: details.publicDescription ?? null,
    });
    await this.audit.record(tx, {
      actor,
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: tx.tenantId,
    });
    return this.find(tx);
  }

  get(orgId: TenantId): Promise<OrganisationView> {
    return this.transactions.run(orgId, async (tx) => organisationView(await this.find(tx)));
  }

  /**
   * Changes the given details. A new time zone moves every day and month of care, so the organisation's
   * rollups are rebuilt from its ledger in the same transaction.
   */
  async update(orgId: TenantId, change: OrganisationChange, actor: Actor): Promise<OrganisationView> {
    const patch =
      change.timeZone === undefined ? change : { ...change, timeZone: canonicalTimeZone(change.timeZone) };
    if (patch.regionCode !== undefined) await this.assertKnownRegion(patch.regionCode, 'regionCode');
    return this.transactions.run(orgId, async (tx) => {
      const changed = Object.keys(patch).filter(
        (key) => patch[key as keyof OrganisationChange] !== undefined,
      );
      if (changed.length > 0) {
        const current = await this.find(tx);
        const withdrawn = verificationWithdrawnBy(current, patch);
        await tx.manager.update(
          Organisation,
          { id: orgId },
          withdrawn ? { ...patch, verifiedAt: null } : patch,
        );
        if (patch.timeZone !== undefined && patch.timeZone !== current.timeZone) await rebuildRollups(tx);
        await this.audit.record(tx, {
          actor,
          action: 'organisation.updated',
          entityType: 'organisation',
          entityId: orgId,
          details: { fields: changed.sort(), ...(withdrawn ? { verificationWithdrawn: true } : {}) },
        });
      }
      return organisationView(await this.find(tx));
    });
  }

  putProfile(
    orgId: TenantId,
    year: number,
    profile: { staffFte: number; volunteers: number },
    actor: Actor,
  ): Promise<ProfileView> {
    return this.transactions.run(orgId, async (tx) => {
      const [row]: { year: number; staff_fte: string; volunteers: number; updated_at: Date }[] =
        await tx.manager.query(
          `insert into organisation_profiles (tenant_id, id, year, staff_fte, volunteers) values ($1, $2, $3, $4, $5)
         on conflict (tenant_id, year) do update set staff_fte = excluded.staff_fte, volunteers = excluded.volunteers, updated_at = now()
         returning year, staff_fte, volunteers, updated_at`,
          [orgId, randomUUID(), year, profile.staffFte, profile.volunteers],
        );
      await this.audit.record(tx, {
        actor,
        action: 'organisation.profile_set',
        entityType: 'organisation_profile',
        entityId: orgId,
        details: { year },
      });
      return {
        year: row.year,
        staffFte: Number(row.staff_fte),
        volunteers: row.volunteers,
        updatedAt: row.updated_at.toISOString(),
      };
    });
  }

  private async find(tx: TenantTx): Promise<Organisation> {
    const organisation = await tx.manager.findOne(Organisation, { where: { id: tx.tenantId } });
    if (!organisation) throw DomainError.notFound('organisation');
    return organisation;
  }
}

export function newTenantId(): TenantId {
  return tenantId(randomUUID());
}
