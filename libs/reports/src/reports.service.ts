import { AuditLog } from '@careledger/audit';
import {
  Actor,
  cursorInstantSql,
  decodeCursor,
  DomainError,
  ErrorCode,
  message,
  Page,
  TenantId,
  toPage,
} from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { IdempotencyClaim, IdempotencyService } from '@careledger/idempotency';
import { enqueueJob } from '@careledger/jobs';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ReportStatus } from './entities/report.entity.js';
import { ReportLanguage, ReportType } from './report-model.js';
import { reportFileName, ReportFileName } from './report-file-name.js';
import { readChunkSql, ReportStorage } from './report-storage.js';

export interface ReportRequest {
  type: ReportType;
  periodFrom: string;
  periodTo: string;
  fundingSourceId?: string;
  beneficiaryId?: string;
  language: ReportLanguage;
}

export interface ReportView {
  id: string;
  type: ReportType;
  language: ReportLanguage;
  periodFrom: string;
  periodTo: string;
  fundingSourceId: string | null;
  beneficiaryId: string | null;
  status: ReportStatus;
  progress: number;
  failureReason: string | null;
  sha256: string | null;
  pages: number | null;
  bytes: number | null;
  requestedAt: string;
  readyAt: string | null;
  publishedAt: string | null;
  publicUrl: string | null;
  /** the schedule that requested it; null when a person did */
  scheduleId: string | null;
}

export interface ReportRow {
  id: string;
  tenant_id: string;
  type: ReportType;
  language: ReportLanguage;
  period_from: string;
  period_to: string;
  funding_source_id: string | null;
  beneficiary_id: string | null;
  contains_personal_data: boolean;
  status: ReportStatus;
  progress: number;
  failure_reason: string | null;
  sha256: string | null;
  pages: number | null;
  bytes: number | null;
  requested_at: Date;
  ready_at: Date | null;
  published_at: Date | null;
  auto_publish: boolean;
  schedule_id: string | null;
}

export const reportColumns = `id, tenant_id, type, language, to_char(period_from, 'YYYY-MM-DD') as period_from,
  to_char(period_to, 'YYYY-MM-DD') as period_to, funding_source_id, beneficiary_id, contains_personal_data, status, progress,
  failure_reason, sha256, pages, bytes, requested_at, ready_at, published_at, auto_publish, schedule_id`;

/** The human page of a report, printed with its QR code on every page of the PDF. */
export function verificationUrlOf(config: AppConfig, reportId: string): string {
  return `${config.PUBLIC_BASE_URL}/reports/${reportId}`;
}

/** A published report's file, for anyone. */
export function publicFileUrlOf(config: AppConfig, reportId: string): string {
  return `${config.PUBLIC_BASE_URL}/api/v1/public/reports/${reportId}/file`;
}

/** What a report is about: its type and, as the type requires, its funding source or beneficiary. */
export type ReportScope = Pick<ReportRequest, 'type' | 'fundingSourceId' | 'beneficiaryId'>;

/** A report's type names exactly the source or person it requires: 400 naming the field otherwise. */
export function assertScope(request: ReportScope): void {
  if (request.type === 'funding_source' && !request.fundingSourceId) {
    throw DomainError.invalid('fundingSourceId', 'is required for a funding_source report');
  }
  if (request.type === 'beneficiary_statement' && !request.beneficiaryId) {
    throw DomainError.invalid('beneficiaryId', 'is required for a beneficiary_statement');
  }
  if (request.type !== 'funding_source' && request.fundingSourceId) {
    throw DomainError.invalid('fundingSourceId', 'belongs only to a funding_source report');
  }
  if (request.type !== 'beneficiary_statement' && request.beneficiaryId) {
    throw DomainError.invalid('beneficiaryId', 'belongs only to a beneficiary_statement');
  }
}

/**
 * Why a report may not be published, or undefined when it may: the one rule the publish route and a
 * schedule's auto-publish both apply.
 */
export function publishRefusal(
  row: Pick<ReportRow, 'type' | 'status' | 'contains_personal_data' | 'funding_source_id'>,
): string | undefined {
  if (row.contains_personal_data)
    return 'a report with personal data (a care statement) can never be published';
  if (row.type === 'funding_source' && !row.funding_source_id)
    return 'a report to a funder must name its funding source';
  if (row.status !== ReportStatus.Ready)
    return `only a ready report can be published; this one is ${row.status}`;
  return undefined;
}

/** A report's render job id: one job per report, so a repeated add (relay, reconciler) is a no-op. */
export const reportJobId = (reportId: string) => `report-${reportId}`;

/** The longest period one report may cover. */
const maxPeriodDays = 366 * 5;

@Injectable()
export class ReportsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly storage: ReportStorage,
    private readonly audit: AuditLog,
    private readonly config: AppConfig,
    private readonly idempotency: IdempotencyService,
  ) {}

  view(row: ReportRow): ReportView {
    return {
      id: row.id,
      type: row.type,
      language: row.language,
      periodFrom: row.period_from,
      periodTo: row.period_to,
      fundingSourceId: row.funding_source_id,
      beneficiaryId: row.beneficiary_id,
      status: row.status,
      progress: row.progress,
      failureReason: row.failure_reason,
      sha256: row.sha256,
      pages: row.pages,
      bytes: row.bytes,
      requestedAt: row.requested_at.toISOString(),
      readyAt: row.ready_at?.toISOString() ?? null,
      publishedAt: row.published_at?.toISOString() ?? null,
      publicUrl: row.published_at ? verificationUrlOf(this.config, row.id) : null,
      scheduleId: row.schedule_id,
    };
  }

  /** Writes the report row and its render job in one transaction: 202 at once, the worker does the rest. */
  request(
    orgId: TenantId,
    request: ReportRequest,
    actor: Actor,
    claim?: IdempotencyClaim,
  ): Promise<ReportView> {
    this.assertShape(request);
    return this.transactions.run(orgId, (tx) =>
      this.idempotency.within(tx, claim, async () => {
        await this.assertReferences(tx, request);
        const id = await this.insert(tx, request, {
          requestedBy: actor.id,
          autoPublish: false,
          schedule: null,
        });
        if (!id) throw new Error('report insert returned no row');
        await this.audit.record(tx, {
          actor,
          action: 'report.requested',
          entityType: 'report',
          entityId: id,
          details: { type: request.type },
        });
        return this.view(await this.find(tx, id));
      }),
    );
  }

  /** Inserts a report and its render job; for a schedule, only once per key (returns null on a repeat). */
  async insert(
    tx: TenantTx,
    request: ReportRequest,
    options: {
      requestedBy: string | null;
      autoPublish: boolean;
      schedule: { id: string; key: string } | null;
    },
  ): Promise<string | null> {
    const id = randomUUID();
    const inserted: { id: string }[] = await tx.manager.query(
      `insert into reports (tenant_id, id, type, language, period_from, period_to, funding_source_id, beneficiary_id,
                            contains_personal_data, requested_at, requested_by, auto_publish, schedule_id, schedule_key)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10, $11, $12, $13)
       on conflict (tenant_id, schedule_key) where schedule_key is not null do nothing
       returning id`,
      [
        tx.tenantId,
        id,
        request.type,
        request.language,
        request.periodFrom,
        request.periodTo,
        request.fundingSourceId ?? null,
        request.beneficiaryId ?? null,
        request.type === 'beneficiary_statement',
        options.requestedBy,
        options.autoPublish,
        options.schedule?.id ?? null,
        options.schedule?.key ?? null,
      ],
    );
    if (inserted.length === 0) return null;
    await enqueueJob(tx, 'report.render', { tenantId: tx.tenantId, reportId: id }, reportJobId(id));
    return id;
  }

  list(orgId: TenantId, limit: number, cursor?: string): Promise<Page<ReportView>> {
    const after = decodeCursor(cursor, 'timestamp');
    return this.transactions.run(orgId, async (tx) => {
      const rows: (ReportRow & { cursor_key: string })[] = await tx.manager.query(
        `select ${reportColumns}, ${cursorInstantSql('requested_at')} as cursor_key from reports
          where ($1::timestamptz is null or (requested_at, id) < ($1, $2::uuid))
          order by requested_at desc, id desc limit $3`,
        [after?.key ?? null, after?.id ?? null, limit + 1],
      );
      return toPage(
        rows,
        limit,
        (row) => ({ key: row.cursor_key, id: row.id }),
        (row) => this.view(row),
      );
    });
  }

  get(orgId: TenantId, reportId: string): Promise<ReportView> {
    return this.transactions.run(orgId, async (tx) => this.view(await this.find(tx, reportId)));
  }

  /**
   * The PDF, chunk by chunk; 409 while it is not ready. Reading a statement is a read of personal data,
   * for readers who may read it only (`mayReadPersonalData`: not a viewer).
   */
  async file(
    orgId: TenantId,
    reportId: string,
    actor: Actor,
    mayReadPersonalData: boolean,
  ): Promise<{ report: ReportView; fileName: ReportFileName; chunks: AsyncIterable<Buffer> }> {
    const { report, fileName } = await this.transactions.run(orgId, async (tx) => {
      const row = await this.find(tx, reportId);
      if (row.status !== ReportStatus.Ready)
        throw new DomainError(ErrorCode.Conflict, `the report is ${row.status}, not ready`);
      if (row.contains_personal_data) {
        if (!mayReadPersonalData) throw new DomainError(ErrorCode.Forbidden, message('report.personalData'));
        await this.audit.record(tx, {
          actor,
          action: 'report.personal_data_read',
          entityType: 'report',
          entityId: reportId,
        });
      }
      const [organisation]: { name: string }[] = await tx.manager.query(
        `select name from organisations where id = $1`,
        [orgId],
      );
      return {
        report: this.view(row),
        fileName: reportFileName(organisation.name, row.type, row.period_from, row.period_to),
      };
    });
    const chunks = this.storage.read((chunkNo) =>
      this.transactions.run(orgId, async (tx) => {
        const [row]: { data: Buffer }[] = await tx.manager.query(readChunkSql(), [orgId, reportId, chunkNo]);
        return row?.data;
      }),
    );
    return { report, fileName, chunks };
  }

  /** Makes a ready report public for good; publishing again changes nothing. */
  publish(orgId: TenantId, reportId: string, actor: Actor): Promise<ReportView> {
    return this.transactions.run(orgId, async (tx) => {
      const row = await this.find(tx, reportId);
      if (row.published_at) return this.view(row);
      const refusal = publishRefusal(row);
      if (refusal) throw new DomainError(ErrorCode.Conflict, refusal);
      await tx.manager.query(`update reports set published_at = now() where tenant_id = $1 and id = $2`, [
        orgId,
        reportId,
      ]);
      await this.audit.record(tx, {
        actor,
        action: 'report.published',
        entityType: 'report',
        entityId: reportId,
      });
      return this.view(await this.find(tx, reportId));
    });
  }

  async find(tx: TenantTx, reportId: string): Promise<ReportRow> {
    const [row]: ReportRow[] = await tx.manager.query(
      `select ${reportColumns} from reports where tenant_id = $1 and id = $2`,
      [tx.tenantId, reportId],
    );
    if (!row) throw DomainError.notFound('report');
    return row;
  }

  private assertShape(request: ReportRequest): void {
    if (request.periodTo < request.periodFrom)
      throw DomainError.invalid('periodTo', 'must not be before periodFrom');
    const days = (Date.parse(request.periodTo) - Date.parse(request.periodFrom)) / 86_400_000;
    if (days > maxPeriodDays) throw DomainError.invalid('periodTo', 'a report covers at most five years');
    assertScope(request);
  }

  /** The funding source and beneficiary a report (or a schedule) names exist in this organisation. */
  async assertReferences(tx: TenantTx, request: ReportScope): Promise<void> {
    if (request.fundingSourceId) {
      const rows: unknown[] = await tx.manager.query(
        `select 1 from funding_sources where tenant_id = $1 and id = $2`,
        [tx.tenantId, request.fundingSourceId],
      );
      if (rows.length === 0)
        throw new DomainError(ErrorCode.NotFound, 'funding source not found', {
          errors: [{ field: 'fundingSourceId', message: 'no such funding source in this organisation' }],
        });
    }
    if (request.beneficiaryId) {
      const rows: unknown[] = await tx.manager.query(
        `select 1 from beneficiaries where tenant_id = $1 and id = $2`,
        [tx.tenantId, request.beneficiaryId],
      );
      if (rows.length === 0)
        throw new DomainError(ErrorCode.NotFound, 'beneficiary not found', {
          errors: [{ field: 'beneficiaryId', message: 'no such beneficiary in this organisation' }],
        });
    }
  }
}
