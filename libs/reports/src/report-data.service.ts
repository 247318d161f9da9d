import { AppConfig } from '@careledger/config';
import { TenantTx } from '@careledger/database';
import { shownOrNull, suppressedCells } from '@careledger/transparency';
import { Injectable } from '@nestjs/common';
import type { ReportRow } from './reports.service.js';
import {
  CategoryRow,
  CoverageRow,
  FundingKindRow,
  KeyFigures,
  LineRow,
  ReportLanguage,
  ReportModel,
  ReportType,
} from './report-model.js';

/** What the report data are built from: the request, as its row reads. */
export type ReportRequestRow = Pick<
  ReportRow,
  | 'id'
  | 'tenant_id'
  | 'type'
  | 'language'
  | 'period_from'
  | 'period_to'
  | 'funding_source_id'
  | 'beneficiary_id'
  | 'requested_at'
>;

interface LedgerRow {
  event_id: string;
  beneficiary_id: string;
  beneficiary_code: string;
  day: string;
  item_id: string;
  item_name: string;
  unit: string;
  category: string;
  quantity: string;
  unit_cost_kopecks: string;
  cost_kopecks: string;
  funding_name: string | null;
  funding_kind: string;
  /** the event is a reversal, or was voided before the cut-off: it counts in sums, not as an event */
  cancelled: boolean;
}

function groupPeople<T extends string>(rows: LedgerRow[], keyOf: (row: LedgerRow) => T) {
  const groups = new Map<T, { quantity: number; spend: number; people: Set<string> }>();
  for (const row of rows) {
    const group = groups.get(keyOf(row)) ?? { quantity: 0, spend: 0, people: new Set<string>() };
    group.quantity += Number(row.quantity);
    group.spend += Number(row.cost_kopecks);
    if (!row.cancelled) group.people.add(row.beneficiary_id);
    groups.set(keyOf(row), group);
  }
  return groups;
}

/**
 * Reads what a report shows, from the ledger as it stood when the report was requested (rows created
 * after `requested_at` are left out), and applies suppression to everything that may be published.
 */
@Injectable()
export class ReportDataService {
  constructor(private readonly config: AppConfig) {}

  async build(tx: TenantTx, report: ReportRequestRow): Promise<ReportModel> {
    const k = this.config.SUPPRESSION_K;
    const publishable = report.type !== 'beneficiary_statement';
    const rows = await this.ledger(tx, report);
    const counted = rows.filter((row) => !row.cancelled);
    const people = new Set(counted.map((row) => row.beneficiary_id)).size;
    const events = new Set(counted.map((row) => row.event_id)).size;
    const spend = rows.reduce((sum, row) => sum + Number(row.cost_kopecks), 0);
    const suppressed: string[] = [];
    const guard = <T>(field: string, value: T, basis: number): T | null => {
      const shown = publishable ? shownOrNull(value, basis, k) : value;
      if (shown === null) suppressed.push(field);
      return shown;
    };
    const keyFigures: KeyFigures = {
      beneficiaries: guard('keyFigures.beneficiaries', people, people),
      events: guard('keyFigures.events', events, events),
      itemsDelivered: rows.reduce((sum, row) => sum + Number(row.quantity), 0),
      spendKopecks: guard('keyFigures.spendKopecks', spend, people),
      costPerBeneficiaryKopecks: guard(
        'keyFigures.costPerBeneficiaryKopecks',
        people > 0 ? Math.round(spend / people) : 0,
        people,
      ),
    };
    return {
      reportId: report.id,
      type: report.type,
      language: report.language,
      organisation: await this.organisation(tx, report.language),
      periodFrom: report.period_from,
      periodTo: report.period_to,
      requestedAt: report.requested_at,
      verificationUrl: `${this.config.PUBLIC_BASE_URL}/api/v1/public/reports/${report.id}`,
      fundingSource: report.funding_source_id
        ? await this.fundingSource(tx, report.funding_source_id)
        : undefined,
      beneficiary: report.beneficiary_id ? await this.beneficiary(tx, report.beneficiary_id) : undefined,
      keyFigures,
      byCategory: this.byCategory(rows, publishable, k, suppressed),
      byFundingKind: this.byFundingKind(rows, publishable, k, suppressed),
      coverage: await this.coverage(tx, report),
      lines: report.type === 'activity' ? [] : rows.map((row) => this.line(row, report.type)),
      suppression: { k, suppressed },
    };
  }

  private byCategory(
    rows: LedgerRow[],
    publishable: boolean,
    k: number,
    suppressed: string[],
  ): CategoryRow[] {
    const groups = groupPeople(rows, (row) => row.category);
    const hidden = publishable
      ? suppressedCells(
          [...groups].map(([key, group]) => ({ key, people: group.people.size })),
          k,
        )
      : new Set();
    for (const key of hidden) suppressed.push(`byCategory.${key}.spendKopecks`);
    return [...groups]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([category, group]) => ({
        category,
        quantity: group.quantity,
        spendKopecks: hidden.has(category) ? null : group.spend,
      }));
  }

  private byFundingKind(
    rows: LedgerRow[],
    publishable: boolean,
    k: number,
    suppressed: string[],
  ): FundingKindRow[] {
    const groups = groupPeople(rows, (row) => row.funding_kind);
    const hidden = publishable
      ? suppressedCells(
          [...groups].map(([key, group]) => ({ key, people: group.people.size })),
          k,
        )
      : new Set();
    for (const key of hidden) suppressed.push(`byFundingKind.${key}.spendKopecks`);
    return [...groups]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([fundingKind, group]) => ({
        fundingKind,
        spendKopecks: hidden.has(fundingKind) ? null : group.spend,
      }));
  }

  private line(row: LedgerRow, type: ReportType): LineRow {
    return {
      date: row.day,
      itemName: row.item_name,
      unit: row.unit,
      quantity: Number(row.quantity),
      unitCostKopecks: Number(row.unit_cost_kopecks),
      costKopecks: Number(row.cost_kopecks),
      ...(type === 'beneficiary_statement'
        ? { beneficiaryCode: row.beneficiary_code, fundingSourceName: row.funding_name }
        : {}),
    };
  }

  private ledger(tx: TenantTx, report: ReportRequestRow): Promise<LedgerRow[]> {
    return tx.manager.query(
      `select e.id as event_id, e.beneficiary_id, b.code as beneficiary_code,
              to_char(coalesce(o.occurred_at, e.occurred_at) at time zone 'UTC', 'YYYY-MM-DD') as day,
              l.item_id, i.name as item_name, i.unit, l.category, l.quantity, l.unit_cost_kopecks, l.cost_kopecks,
              f.name as funding_name, l.funding_kind,
              (e.reverses_event_id is not null or exists (
                 select 1 from care_events v where v.tenant_id = e.tenant_id and v.reverses_event_id = e.id and v.created_at <= $2)) as cancelled
         from care_lines l
         join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
         left join care_events o on o.tenant_id = e.tenant_id and o.id = e.reverses_event_id
         join items i on i.tenant_id = l.tenant_id and i.id = l.item_id
         join beneficiaries b on b.tenant_id = e.tenant_id and b.id = e.beneficiary_id
         left join funding_sources f on f.tenant_id = l.tenant_id and f.id = l.funding_source_id
        where l.tenant_id = $1 and e.created_at <= $2
          and coalesce(o.occurred_at, e.occurred_at) >= $3::date
          and coalesce(o.occurred_at, e.occurred_at) < $4::date + 1
          and ($5::uuid is null or l.funding_source_id = $5)
          and ($6::uuid is null or e.beneficiary_id = $6)
        order by coalesce(o.occurred_at, e.occurred_at), e.created_at, e.id, l.line_no`,
      [
        tx.tenantId,
        report.requested_at,
        report.period_from,
        report.period_to,
        report.funding_source_id,
        report.beneficiary_id,
      ],
    );
  }

  private async coverage(tx: TenantTx, report: ReportRequestRow): Promise<CoverageRow[]> {
    const rows: { item_name: string; unit: string; needed: string; delivered: string }[] =
      await tx.manager.query(
        `with months as (
         select generate_series(date_trunc('month', $2::date), date_trunc('month', $3::date), interval '1 month')::date as month),
       planned as (
         select n.item_id, n.beneficiary_id, sum(n.quantity_per_month) as needed
           from needs n join months m on m.month >= date_trunc('month', n.valid_from) and (n.valid_to is null or m.month <= n.valid_to)
          where n.tenant_id = $1 and ($4::uuid is null or n.beneficiary_id = $4)
          group by n.item_id, n.beneficiary_id)
       select i.name as item_name, i.unit, sum(p.needed) as needed,
              coalesce(sum((select sum(l.quantity) from care_lines l
                  join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
                  left join care_events o on o.tenant_id = e.tenant_id and o.id = e.reverses_event_id
                 where l.tenant_id = $1 and l.item_id = p.item_id and e.beneficiary_id = p.beneficiary_id and e.created_at <= $5
                   and coalesce(o.occurred_at, e.occurred_at) >= $2::date and coalesce(o.occurred_at, e.occurred_at) < $3::date + 1)), 0) as delivered
         from planned p join items i on i.tenant_id = $1 and i.id = p.item_id
        group by i.name, i.unit order by i.name`,
        [tx.tenantId, report.period_from, report.period_to, report.beneficiary_id, report.requested_at],
      );
    return rows.map((row) => {
      const needed = Number(row.needed);
      const delivered = Number(row.delivered);
      return {
        itemName: row.item_name,
        unit: row.unit,
        needed,
        delivered,
        coverage: needed > 0 ? Math.round((delivered / needed) * 1000) / 1000 : null,
      };
    });
  }

  private async organisation(tx: TenantTx, language: ReportLanguage): Promise<ReportModel['organisation']> {
    const [row]: {
      name: string;
      inn: string | null;
      ogrn: string | null;
      region_ru: string;
      region_en: string;
    }[] = await tx.manager.query(
      `select o.name, o.inn, o.ogrn, r.name_ru as region_ru, r.name_en as region_en
         from organisations o join regions r on r.code = o.region_code where o.id = $1`,
      [tx.tenantId],
    );
    return {
      name: row.name,
      inn: row.inn,
      ogrn: row.ogrn,
      regionName: language === 'ru' ? row.region_ru : row.region_en,
    };
  }

  private async fundingSource(tx: TenantTx, id: string): Promise<ReportModel['fundingSource']> {
    const [row]: { name: string; funder_name: string; kind: string }[] = await tx.manager.query(
      `select name, funder_name, kind from funding_sources where tenant_id = $1 and id = $2`,
      [tx.tenantId, id],
    );
    return { name: row.name, funderName: row.funder_name, kind: row.kind };
  }

  private async beneficiary(tx: TenantTx, id: string): Promise<ReportModel['beneficiary']> {
    const [row]: { code: string; full_name: string | null; birth_date: string | null }[] =
      await tx.manager.query(
        `select b.code, p.full_name, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date
         from beneficiaries b left join beneficiary_personal_data p on p.tenant_id = b.tenant_id and p.beneficiary_id = b.id
        where b.tenant_id = $1 and b.id = $2`,
        [tx.tenantId, id],
      );
    return { code: row.code, fullName: row.full_name, birthDate: row.birth_date };
  }
}
