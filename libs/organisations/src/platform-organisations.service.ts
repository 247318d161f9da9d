import { AuditLog } from '@careledger/audit';
import { Actor, decodeCursor, DomainError, message, Page, tenantId, toPage } from '@careledger/common';
import { TenantTransactions } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Organisation, OrganisationStatus } from './entities/organisation.entity.js';
import { isValidInn, isValidOgrn } from './registry-numbers.js';
import { Suspension, SuspensionColumns, suspensionOf } from './suspension.js';

export interface PlatformOrganisationFilter {
  status?: OrganisationStatus;
  /** true: verified only; false: awaiting verification (the platform admin's queue) */
  verified?: boolean;
  regionCode?: string;
  /** Part of the name, matched without regard to case. */
  q?: string;
  limit: number;
  cursor?: string;
}

/** What a platform admin sees of an organisation: registry details and size, never its tenant data. */
export interface PlatformOrganisationView {
  id: string;
  name: string;
  inn: string | null;
  ogrn: string | null;
  regionCode: string;
  status: OrganisationStatus;
  createdAt: string;
  /** when a platform admin verified it; null: it does not count in public statistics or the league */
  verifiedAt: string | null;
  /** since when and why it is suspended; null while active */
  suspension: { since: string; reason: string | null } | null;
  members: number;
}

/** Suspending needs a reason; reinstating may give one, kept in the audit log. */
export interface StatusChange {
  status: OrganisationStatus;
  reason?: string;
}

interface OrganisationRow extends SuspensionColumns {
  id: string;
  name: string;
  inn: string | null;
  ogrn: string | null;
  region_code: string;
  status: OrganisationStatus;
  created_at: Date;
  verified_at: Date | null;
  /** created_at to the microsecond, as the keyset cursor carries it. */
  created_key: string;
  members: number;
}

const selectOrganisations = `
  select o.id, o.name, o.inn, o.ogrn, o.region_code, o.status, o.created_at, o.verified_at,
         o.suspended_at, o.suspension_reason,
         to_char(o.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_key,
         (select count(*)::int from memberships m where m.organisation_id = o.id) as members
    from organisations o`;

function view(row: OrganisationRow): PlatformOrganisationView {
  return {
    id: row.id,
    name: row.name,
    inn: row.inn,
    ogrn: row.ogrn,
    regionCode: row.region_code,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    verifiedAt: row.verified_at?.toISOString() ?? null,
    suspension: suspensionView(suspensionOf(row)),
    members: row.members,
  };
}

export function suspensionView(suspension: Suspension | null): PlatformOrganisationView['suspension'] {
  return suspension && { since: suspension.since.toISOString(), reason: suspension.reason };
}

interface VerificationChange {
  verifiedAt: Date | null;
  action: 'organisation.verified' | 'organisation.unverified';
  reason?: string;
}

/** An organisation is verified against the registry by its ИНН and ОГРН: both present and well-formed. */
function assertRegistryNumbers(organisation: Organisation): void {
  if (!organisation.inn) throw DomainError.invalid('inn', 'the organisation has no ИНН to verify');
  if (!isValidInn(organisation.inn)) throw DomainError.invalid('inn', 'the ИНН fails its checksum');
  if (!organisation.ogrn) throw DomainError.invalid('ogrn', 'the organisation has no ОГРН to verify');
  if (!isValidOgrn(organisation.ogrn)) throw DomainError.invalid('ogrn', 'the ОГРН fails its checksum');
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Organisations as the platform sees them (above any tenant): the list for platform admins, suspension
 * and verification. Only an active, verified organisation counts in public statistics and the league;
 * a suspended or unverified one keeps its data and sees its own figures.
 */
@Injectable()
export class PlatformOrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditLog,
  ) {}

  /** Newest first. */
  async list(filter: PlatformOrganisationFilter): Promise<Page<PlatformOrganisationView>> {
    const after = decodeCursor(filter.cursor, 'timestamp');
    const rows: OrganisationRow[] = await this.dataSource.query(
      `${selectOrganisations}
        where ($1::text is null or o.status = $1)
          and ($2::text is null or o.region_code = $2)
          and ($3::text is null or o.name ilike $3)
          and ($4::timestamptz is null or (o.created_at, o.id) < ($4::timestamptz, $5::uuid))
          and ($7::boolean is null or (o.verified_at is not null) = $7)
        order by o.created_at desc, o.id desc
        limit $6`,
      [
        filter.status ?? null,
        filter.regionCode ?? null,
        filter.q ? likePattern(filter.q) : null,
        after?.key ?? null,
        after?.id ?? null,
        filter.limit + 1,
        filter.verified ?? null,
      ],
    );
    return toPage(rows, filter.limit, (row) => ({ key: row.created_key, id: row.id }), view);
  }

  /** The organisation's suspension, or null: its members and keys may then read and export, never write. */
  async suspensionOf(id: string): Promise<Suspension | null> {
    const [row]: SuspensionColumns[] = await this.dataSource.query(
      `select suspended_at, suspension_reason from organisations where id = $1`,
      [id],
    );
    return row ? suspensionOf(row) : null;
  }

  /**
   * Suspends (with a reason, which its members then read) or reinstates an organisation. A change is
   * written to the organisation's own audit log with the reason, naming the platform admin; a new reason
   * for a suspended organisation replaces the old one and is recorded too. Setting the status it already
   * has with the same reason changes nothing and records nothing.
   */
  setStatus(id: string, change: StatusChange, actor: Actor): Promise<PlatformOrganisationView> {
    const suspending = change.status === OrganisationStatus.Suspended;
    if (suspending && !change.reason) throw DomainError.invalid('reason', message('field.required'));
    return this.transactions.run(tenantId(id), async (tx) => {
      const current = await tx.manager.findOne(Organisation, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw DomainError.notFound('organisation');
      const reasonChanged = suspending && current.suspensionReason !== change.reason;
      if (current.status !== change.status || reasonChanged) {
        await tx.manager.update(
          Organisation,
          { id },
          {
            status: change.status,
            suspendedAt: suspending ? (current.suspendedAt ?? new Date()) : null,
            suspensionReason: suspending ? change.reason : null,
          },
        );
        await this.audit.record(tx, {
          actor,
          action: suspending ? 'organisation.suspended' : 'organisation.reinstated',
          entityType: 'organisation',
          entityId: id,
          details: {
            from: current.status,
            to: change.status,
            ...(change.reason ? { reason: change.reason } : {}),
          },
        });
      }
      const [row]: OrganisationRow[] = await tx.manager.query(`${selectOrganisations} where o.id = $1`, [id]);
      return view(row);
    });
  }

  /**
   * Verifies an organisation: its ИНН and ОГРН must be present with valid checksums, and the region the
   * admin confirmed (from the registry extract) must be the one it registered in. From then on it counts
   * in public statistics and the league. Verifying a verified organisation changes and records nothing.
   */
  verify(id: string, confirmedRegionCode: string, actor: Actor): Promise<PlatformOrganisationView> {
    return this.changeVerification(id, actor, (current) => {
      assertRegistryNumbers(current);
      if (current.regionCode !== confirmedRegionCode) {
        throw DomainError.invalid(
          'regionCode',
          `the organisation is registered in region ${current.regionCode}, not ${confirmedRegionCode}`,
        );
      }
      return current.verifiedAt ? null : { verifiedAt: new Date(), action: 'organisation.verified' };
    });
  }

  /** Withdraws verification: the organisation leaves public statistics and the league until verified again. */
  unverify(id: string, reason: string | undefined, actor: Actor): Promise<PlatformOrganisationView> {
    return this.changeVerification(id, actor, (current) =>
      current.verifiedAt ? { verifiedAt: null, action: 'organisation.unverified', reason } : null,
    );
  }

  /** Applies a verification change under the organisation's lock and writes it to its audit log. */
  private changeVerification(
    id: string,
    actor: Actor,
    decide: (current: Organisation) => VerificationChange | null,
  ): Promise<PlatformOrganisationView> {
    return this.transactions.run(tenantId(id), async (tx) => {
      const current = await tx.manager.findOne(Organisation, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw DomainError.notFound('organisation');
      const change = decide(current);
      if (change) {
        await tx.manager.update(Organisation, { id }, { verifiedAt: change.verifiedAt });
        await this.audit.record(tx, {
          actor,
          action: change.action,
          entityType: 'organisation',
          entityId: id,
          details: {
            inn: current.inn,
            ogrn: current.ogrn,
            regionCode: current.regionCode,
            ...(change.reason ? { reason: change.reason } : {}),
          },
        });
      }
      const [row]: OrganisationRow[] = await tx.manager.query(`${selectOrganisations} where o.id = $1`, [id]);
      return view(row);
    });
  }
}
