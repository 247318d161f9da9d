import { AuditLog } from '@careledger/audit';
import {
  Actor,
  decodeCursor,
  DomainError,
  ErrorCode,
  isUuid,
  Outcome,
  Page,
  RequestGroups,
  TenantId,
  toPage,
} from '@careledger/common';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MemberRole } from './entities/membership.entity.js';
import { Suspension, SuspensionColumns, suspensionOf } from './suspension.js';

export interface MemberView {
  userId: string;
  email: string;
  fullName: string;
  role: MemberRole;
  joinedAt: string;
}

interface MemberRow {
  user_id: string;
  email: string;
  full_name: string;
  role: MemberRole;
  created_at: Date;
}

interface RoleLookup {
  orgId: string;
  userId: string;
}

/** The most membership lookups answered by one query. */
const maxLookupsPerQuery = 200;

const memberColumns = `m.user_id, u.email, u.full_name, m.role, m.created_at`;

function memberView(row: MemberRow): MemberView {
  return {
    userId: row.user_id,
    email: row.email,
    fullName: row.full_name,
    role: row.role,
    joinedAt: row.created_at.toISOString(),
  };
}

/** A member's standing in an organisation, as every request under /orgs/{orgId} needs it. */
export interface MemberAccess {
  role: MemberRole;
  /** set while the organisation is suspended: its members may read and export, never write */
  suspension: Suspension | null;
}

/** Who belongs to an organisation and in which role; an organisation always keeps an admin. */
@Injectable()
export class MembersService {
  private readonly accessLookups = new RequestGroups<RoleLookup, MemberAccess | null>(
    (_key, lookups) => this.accessesOf(lookups),
    maxLookupsPerQuery,
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditLog,
  ) {}

  /**
   * The user's role in the organisation and whether it is suspended, or null for no membership. Asked
   * on every request under /orgs/{orgId}, so the lookups that arrive while one is in flight are answered
   * together by the next query: each request still reads the memberships as they are at that moment,
   * never a cached answer.
   */
  accessOf(orgId: string, userId: string): Promise<MemberAccess | null> {
    // Not a uuid: no membership, and nothing that could fail the query the others share.
    if (!isUuid(orgId) || !isUuid(userId)) return Promise.resolve(null);
    return this.accessLookups.submit('memberships', { orgId, userId });
  }

  private async accessesOf(lookups: RoleLookup[]): Promise<Outcome<MemberAccess | null>[]> {
    const rows: ({ organisation_id: string; user_id: string; role: MemberRole } & SuspensionColumns)[] =
      await this.dataSource.query(
        `select m.organisation_id, m.user_id, m.role, o.suspended_at, o.suspension_reason
         from memberships m join unnest($1::uuid[], $2::uuid[]) as wanted(organisation_id, user_id)
           on m.organisation_id = wanted.organisation_id and m.user_id = wanted.user_id
         join organisations o on o.id = m.organisation_id`,
        [lookups.map((lookup) => lookup.orgId), lookups.map((lookup) => lookup.userId)],
      );
    const accesses = new Map(
      rows.map((row) => [
        `${row.organisation_id} ${row.user_id}`,
        { role: row.role, suspension: suspensionOf(row) },
      ]),
    );
    return lookups.map((lookup) => ({
      ok: true,
      value: accesses.get(`${lookup.orgId} ${lookup.userId}`) ?? null,
    }));
  }

  membershipsOf(userId: string): Promise<{ organisationId: string; role: MemberRole }[]> {
    return this.dataSource.query(
      `select organisation_id as "organisationId", role from memberships where user_id = $1 order by created_at`,
      [userId],
    );
  }

  /** Adds the membership inside the caller's transaction (registration uses it for the first admin). */
  async addWithin(tx: TenantTx, userId: string, role: MemberRole, actor: Actor): Promise<void> {
    await tx.manager.query(`insert into memberships (organisation_id, user_id, role) values ($1, $2, $3)`, [
      tx.tenantId,
      userId,
      role,
    ]);
    await this.audit.record(tx, {
      actor,
      action: 'member.added',
      entityType: 'member',
      entityId: userId,
      details: { role },
    });
  }

  list(orgId: TenantId, limit: number, cursor?: string): Promise<Page<MemberView>> {
    const after = decodeCursor(cursor, 'uuid');
    return this.transactions.run(orgId, async (tx) => {
      const rows: MemberRow[] = await tx.manager.query(
        `select ${memberColumns} from memberships m join users u on u.id = m.user_id
          where m.organisation_id = $1 and ($2::uuid is null or m.user_id > $2)
          order by m.user_id limit $3`,
        [orgId, after?.id ?? null, limit + 1],
      );
      return toPage(rows, limit, (row) => ({ key: row.user_id, id: row.user_id }), memberView);
    });
  }

  /**
   * Makes the user a member in the role an invitation offered, inside the caller's transaction; someone
   * who already belongs keeps the role they hold (an invitation never changes a role). Answers the role.
   */
  async joinWithin(tx: TenantTx, userId: string, role: MemberRole, actor: Actor): Promise<MemberRole> {
    await this.lockMembers(tx);
    const current = await this.find(tx, userId);
    if (current) return current.role;
    await this.addWithin(tx, userId, role, actor);
    return role;
  }

  /** Whether someone with this (normalised) email already belongs to the organisation. */
  async hasMemberWithEmail(tx: TenantTx, email: string): Promise<boolean> {
    const rows: unknown[] = await tx.manager.query(
      `select 1 from memberships m join users u on u.id = m.user_id where m.organisation_id = $1 and u.email = $2`,
      [tx.tenantId, email],
    );
    return rows.length > 0;
  }

  changeRole(orgId: TenantId, userId: string, role: MemberRole, actor: Actor): Promise<MemberView> {
    return this.transactions.run(orgId, async (tx) => {
      await this.lockMembers(tx);
      const current = await this.existing(tx, userId);
      if (current.role !== role) {
        if (current.role === MemberRole.Admin) await this.assertAnotherAdmin(tx);
        await tx.manager.query(
          `update memberships set role = $3 where organisation_id = $1 and user_id = $2`,
          [orgId, userId, role],
        );
        await this.audit.record(tx, {
          actor,
          action: 'member.role_changed',
          entityType: 'member',
          entityId: userId,
          details: { from: current.role, to: role },
        });
      }
      return memberView((await this.find(tx, userId)) as MemberRow);
    });
  }

  remove(orgId: TenantId, userId: string, actor: Actor): Promise<void> {
    return this.transactions.run(orgId, async (tx) => {
      await this.lockMembers(tx);
      const current = await this.existing(tx, userId);
      if (current.role === MemberRole.Admin) await this.assertAnotherAdmin(tx);
      await tx.manager.query(`delete from memberships where organisation_id = $1 and user_id = $2`, [
        orgId,
        userId,
      ]);
      await this.audit.record(tx, {
        actor,
        action: 'member.removed',
        entityType: 'member',
        entityId: userId,
        details: { role: current.role },
      });
    });
  }

  /** Member changes of one organisation run one at a time, so two demotions cannot both pass the admin check. */
  private async lockMembers(tx: TenantTx): Promise<void> {
    await tx.manager.query(`select pg_advisory_xact_lock(hashtextextended('members:' || $1, 0))`, [
      tx.tenantId,
    ]);
  }

  private async find(tx: TenantTx, userId: string): Promise<MemberRow | undefined> {
    const rows: MemberRow[] = await tx.manager.query(
      `select ${memberColumns} from memberships m join users u on u.id = m.user_id where m.organisation_id = $1 and m.user_id = $2`,
      [tx.tenantId, userId],
    );
    return rows[0];
  }

  private async existing(tx: TenantTx, userId: string): Promise<MemberRow> {
    const row = await this.find(tx, userId);
    if (!row) throw DomainError.notFound('member');
    return row;
  }

  private async assertAnotherAdmin(tx: TenantTx): Promise<void> {
    const [{ admins }]: { admins: number }[] = await tx.manager.query(
      `select count(*)::int as admins from memberships where organisation_id = $1 and role = 'admin'`,
      [tx.tenantId],
    );
    if (admins <= 1)
      throw new DomainError(ErrorCode.LastAdmin, 'an organisation must keep at least one admin');
  }
}
