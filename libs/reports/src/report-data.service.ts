import { startOfLocalDaySql } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { verificationUrlOf, type ReportRow } from './reports.service.js';
import {
  GrantRecord,
  grantFigures,
  LedgerRow,
  NeedRow,
  publishableFigures,
  statementFigures,
} from './report-figures.js';
import { ReportLanguage, ReportModel, StatementModel } from './report-model.js';

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

/**
 * Reads what a report shows, from the ledger as it stood when the report was requested (rows created
 * after `requested_at` are left out); what may be published passes the disclosure-control layer
 * (report-figures.ts).
 */
@Injectable()
export class ReportDataService {
  constructor(private readonly config: AppConfig) {}

  async build(tx: TenantTx, report: ReportRequestRow): Promise<ReportModel> {
    const base = {
      reportId: report.id,
      language: report.language,
      organisation: await this.organisation(tx, report.language),
      timeZone: await this.timeZone(tx),
      periodFrom: report.period_from,
      periodTo: report.period_to,
      requestedAt: report.requested_at,
      verificationUrl: verificationUrlOf(this.config, report.id),
      k: this.config.SUPPRESSION_K,
    };
    const needs = await this.needs(tx, report);
    if (report.type === 'beneficiary_statement') {
      const rows = await this.ledger(tx, report, report.period_from);
      return {
        ...base,
        ...statementFigures(rows, needs),
        type: report.type,
        beneficiary: await this.beneficiary(tx, report.beneficiary_id ?? ''),
      };
    }
    if (report.type === 'activity') {
      const rows = await this.ledger(tx, report, report.period_from);
      return { ...base, ...publishableFigures(rows, needs, report.type, base.k), type: report.type };
    }
    // a funding source's spend to date counts from its first line, whenever that was
    const toDate = await this.ledger(tx, report, null);
    const inPeriod = toDate.filter((row) => row.day >= report.period_from);
    const figures = publishableFigures(inPeriod, needs, report.type, base.k);
    const source = await this.fundingSource(tx, report.funding_source_id ?? '');
    return {
      ...base,
      ...figures,
      type: report.type,
      fundingSource: {
        name: source.name,
        funderName: source.funderName,
        kind: source.kind,
        grant: grantFigures(toDate, figures.keyFigures.spendKopecks, source.grant, base.k),
      },
    };
  }

  /**
   * The care lines of the report's scope up to the end of its period, from `from` (null: from the
   * first). Days are the organisation's local ones: the period runs from `from` 00:00 local to the day
   * after `period_to` 00:00 local.
   */
  private ledger(tx: TenantTx, report: ReportRequestRow, from: string | null): Promise<LedgerRow[]> {
    return tx.manager.query(
      `with zone as (select time_zone as tz from organisations where id = $1),
       lines as (
         select e.id as event_id, e.beneficiary_id, b.code as beneficiary_code,
                coalesce(o.occurred_at, e.occurred_at) as occurred_at, e.created_at, l.line_no,
                l.item_id, i.name as item_name, l.unit, l.category, l.quantity, l.unit_cost_kopecks, l.cost_kopecks,
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
            and ($5::uuid is null or l.funding_source_id = $5)
            and ($6::uuid is null or e.beneficiary_id = $6))
       select event_id, beneficiary_id, beneficiary_code,
              to_char(occurred_at at time zone zone.tz, 'YYYY-MM-DD') as day,
              to_char(occurred_at at time zone zone.tz, 'HH24:MI') as time,
              item_id, item_name, unit, category, quantity, unit_cost_kopecks, cost_kopecks, funding_name,
              funding_kind, cancelled
         from lines cross join zone
        where ($3::date is null or occurred_at >= ${startOfLocalDaySql('$3', 'zone.tz')})
          and occurred_at < ${startOfLocalDaySql('$4::date + 1', 'zone.tz')}
        order by occurred_at, created_at, event_id, line_no`,
      [
        tx.tenantId,
        report.requested_at,
        from,
        report.period_to,
        report.funding_source_id,
        report.beneficiary_id,
      ],
    );
  }

  /** Each beneficiary's need of an item in the period, and what they were given of it. */
  private needs(tx: TenantTx, report: ReportRequestRow): Promise<NeedRow[]> {
    return tx.manager.query(
      `with months as (
         select generate_series(date_trunc('month', $2::date), date_trunc('month', $3::date), interval '1 month')::date as month),
       planned as (
         select n.item_id, n.beneficiary_id, sum(n.quantity_per_month) as needed
           from needs n join months m on m.month >= date_trunc('month', n.valid_from) and (n.valid_to is null or m.month <= n.valid_to)
          where n.tenant_id = $1 and ($4::uuid is null or n.beneficiary_id = $4)
          group by n.item_id, n.beneficiary_id)
       select i.name as item_name, i.unit, p.needed,
              coalesce((select sum(l.quantity) from care_lines l
                  join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
                  left join care_events o on o.tenant_id = e.tenant_id and o.id = e.reverses_event_id
                 where l.tenant_id = $1 and l.item_id = p.item_id and e.beneficiary_id = p.beneficiary_id and e.created_at <= $5
                   and coalesce(o.occurred_at, e.occurred_at) >= ${startOfLocalDaySql('$2', 'zone.tz')}
                   and coalesce(o.occurred_at, e.occurred_at) < ${startOfLocalDaySql('$3::date + 1', 'zone.tz')}), 0) as delivered
         from planned p join items i on i.tenant_id = $1 and i.id = p.item_id
              cross join (select time_zone as tz from organisations where id = $1) zone
        order by i.name, i.unit`,
      [tx.tenantId, report.period_from, report.period_to, report.beneficiary_id, report.requested_at],
    );
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

  private async timeZone(tx: TenantTx): Promise<string> {
    const [row]: { time_zone: string }[] = await tx.manager.query(
      `select time_zone from organisations where id = $1`,
      [tx.tenantId],
    );
    return row.time_zone;
  }

  private async fundingSource(
    tx: TenantTx,
    id: string,
  ): Promise<{ name: string; funderName: string; kind: string; grant: GrantRecord }> {
    const [row]: {
      name: string;
      funder_name: string;
      kind: string;
      amount_kopecks: string | null;
      period_from: string | null;
      period_to: string | null;
    }[] = await tx.manager.query(
      `select name, funder_name, kind, amount_kopecks, to_char(period_from, 'YYYY-MM-DD') as period_from,
              to_char(period_to, 'YYYY-MM-DD') as period_to
         from funding_sources where tenant_id = $1 and id = $2`,
      [tx.tenantId, id],
    );
    return {
      name: row.name,
      funderName: row.funder_name,
      kind: row.kind,
      grant: {
        amountKopecks: row.amount_kopecks === null ? null : Number(row.amount_kopecks),
        periodFrom: row.period_from,
        periodTo: row.period_to,
      },
    };
  }

  private async beneficiary(tx: TenantTx, id: string): Promise<StatementModel['beneficiary']> {
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
