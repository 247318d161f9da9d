import { AuditLog } from '@careledger/audit';
import { Actor, DomainError, ErrorCode, message, TenantId } from '@careledger/common';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { CareEventView } from './care-event-input.js';
import { CareEventsRepository } from './care-events.repository.js';

export interface NeedInput {
  itemId: string;
  quantityPerMonth: number;
  from: string;
  to?: string;
}

export interface NeedView {
  itemId: string;
  quantityPerMonth: number;
  from: string;
  to: string | null;
}

export interface CoverageView {
  itemId: string;
  /** what the plan asks for from its start to today (or its end), in whole months begun */
  needed: number;
  /** delivered in that period, net of voids */
  delivered: number;
  /** delivered / needed, or null when nothing was needed yet */
  coverage: number | null;
}

export interface BeneficiaryCareView {
  beneficiaryId: string;
  needs: NeedView[];
  coverage: CoverageView[];
  events: CareEventView[];
}

const recentEvents = 200;

/** Months begun from `from` up to `until`, both inclusive: a plan from 1 March checked on 10 April is 2 months. */
export function monthsBegun(from: string, until: string): number {
  if (until < from) return 0;
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const [untilYear, untilMonth] = until.split('-').map(Number);
  return (untilYear - fromYear) * 12 + (untilMonth - fromMonth) + 1;
}

/** Needs plans ("30 tubes a month") and how well deliveries cover them. */
@Injectable()
export class NeedsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly events: CareEventsRepository,
    private readonly audit: AuditLog,
  ) {}

  /** Replaces the beneficiary's plan. */
  replace(orgId: TenantId, beneficiaryId: string, needs: NeedInput[], actor: Actor): Promise<NeedView[]> {
    return this.transactions.run(orgId, async (tx) => {
      await this.assertBeneficiary(tx, beneficiaryId);
      const items: { id: string }[] = await tx.manager.query(
        `select id from items where tenant_id = $1 and id = any($2::uuid[])`,
        [orgId, needs.map((need) => need.itemId)],
      );
      const known = new Set(items.map((item) => item.id));
      const unknown = needs.findIndex((need) => !known.has(need.itemId));
      if (unknown >= 0) {
        // Another organisation's item is answered as one that does not exist: 404, like a care event's line.
        const field = `needs[${unknown}].itemId`;
        const text = message('notFound.itemHere');
        throw new DomainError(ErrorCode.NotFound, `${field}: ${text}`, {
          errors: [{ field, message: text }],
        });
      }
      await tx.manager.query(`delete from needs where tenant_id = $1 and beneficiary_id = $2`, [
        orgId,
        beneficiaryId,
      ]);
      await tx.manager.query(
        `insert into needs (tenant_id, id, beneficiary_id, item_id, quantity_per_month, valid_from, valid_to)
         select $1, gen_random_uuid(), $2, i, q, f, t from unnest($3::uuid[], $4::numeric[], $5::date[], $6::date[]) as u(i, q, f, t)`,
        [
          orgId,
          beneficiaryId,
          needs.map((need) => need.itemId),
          needs.map((need) => need.quantityPerMonth.toFixed(3)),
          needs.map((need) => need.from),
          needs.map((need) => need.to ?? null),
        ],
      );
      await this.audit.record(tx, {
        actor,
        action: 'needs.replaced',
        entityType: 'beneficiary',
        entityId: beneficiaryId,
        details: { needs: needs.length },
      });
      return this.needsOf(tx, beneficiaryId);
    });
  }

  /** The person's care, newest first, with the plan and its coverage to date. */
  careOf(
    orgId: TenantId,
    beneficiaryId: string,
    today = new Date().toISOString().slice(0, 10),
  ): Promise<BeneficiaryCareView> {
    return this.transactions.run(orgId, async (tx) => {
      await this.assertBeneficiary(tx, beneficiaryId);
      const needs = await this.needsOf(tx, beneficiaryId);
      const coverage = await this.coverageOf(tx, beneficiaryId, needs, today);
      const events = await this.events.find(tx, { beneficiaryId, limit: recentEvents });
      return { beneficiaryId, needs, coverage, events };
    });
  }

  private async coverageOf(
    tx: TenantTx,
    beneficiaryId: string,
    needs: NeedView[],
    today: string,
  ): Promise<CoverageView[]> {
    const perItem = new Map<string, { needed: number; delivered: number }>();
    for (const need of needs) {
      const until = need.to && need.to < today ? need.to : today;
      const [{ delivered }]: { delivered: string }[] = await tx.manager.query(
        `select coalesce(sum(l.quantity), 0) as delivered
           from care_lines l join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
          where l.tenant_id = $1 and e.beneficiary_id = $2 and l.item_id = $3
            and coalesce((select o.occurred_at from care_events o where o.tenant_id = e.tenant_id and o.id = e.reverses_event_id), e.occurred_at)
                between $4::date and ($5::date + 1)`,
        [tx.tenantId, beneficiaryId, need.itemId, need.from, until],
      );
      const total = perItem.get(need.itemId) ?? { needed: 0, delivered: 0 };
      total.needed += need.quantityPerMonth * monthsBegun(need.from, until);
      total.delivered += Number(delivered);
      perItem.set(need.itemId, total);
    }
    return [...perItem.entries()].map(([itemId, { needed, delivered }]) => ({
      itemId,
      needed,
      delivered,
      coverage: needed > 0 ? Math.round((delivered / needed) * 1000) / 1000 : null,
    }));
  }

  private async needsOf(tx: TenantTx, beneficiaryId: string): Promise<NeedView[]> {
    const rows: {
      item_id: string;
      quantity_per_month: string;
      valid_from: string;
      valid_to: string | null;
    }[] = await tx.manager.query(
      `select item_id, quantity_per_month, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to
         from needs where tenant_id = $1 and beneficiary_id = $2 order by valid_from, item_id`,
      [tx.tenantId, beneficiaryId],
    );
    return rows.map((row) => ({
      itemId: row.item_id,
      quantityPerMonth: Number(row.quantity_per_month),
      from: row.valid_from,
      to: row.valid_to,
    }));
  }

  private async assertBeneficiary(tx: TenantTx, beneficiaryId: string): Promise<void> {
    const rows: unknown[] = await tx.manager.query(
      `select 1 from beneficiaries where tenant_id = $1 and id = $2`,
      [tx.tenantId, beneficiaryId],
    );
    if (rows.length === 0) throw DomainError.notFound('beneficiary');
  }
}
