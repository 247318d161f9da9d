import {
  cursorInstantSql,
  decodeCursor,
  DomainError,
  ErrorCode,
  message,
  Page,
  toPage,
} from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { reportFileName, ReportFileName } from './report-file-name.js';
import type { ReportType } from './report-model.js';
import { readChunkSql, ReportStorage } from './report-storage.js';
import { publicFileUrlOf } from './reports.service.js';

export interface PublicReportView {
  id: string;
  type: string;
  language: string;
  periodFrom: string;
  periodTo: string;
  organisation: { id: string; name: string; regionCode: string };
  sha256: string;
  pages: number;
  bytes: number;
  publishedAt: string;
  fileUrl: string;
  /** withdrawn: its organisation is suspended, so the file is no longer served (410) */
  status: 'published' | 'withdrawn';
  withdrawnAt: string | null;
}

export interface PublicReportFilter {
  orgId?: string;
  regionCode?: string;
  year?: number;
  type?: string;
  /** reports whose period ends on or after this day (YYYY-MM-DD) */
  from?: string;
  /** reports whose period starts on or before this day (YYYY-MM-DD) */
  to?: string;
  limit: number;
  cursor?: string;
}

/**
 * What a file or a report number says of itself:
 * - genuine_published: the file of a report the organisation published;
 * - genuine_unpublished: a file CareLedger made from the organisation's ledger, not published (a
 *   draft sent to a funder, or a care statement, which is never published);
 * - withdrawn: published, but its organisation is suspended, so it is no longer listed;
 * - unknown: no report has this file (one changed byte is unknown).
 */
export type VerificationStatus = 'genuine_published' | 'genuine_unpublished' | 'withdrawn' | 'unknown';

export interface Verification {
  status: VerificationStatus;
  /** true only for genuine_published (kept for clients of the first answer) */
  valid: boolean;
  reportId?: string;
  type?: string;
  periodFrom?: string;
  periodTo?: string;
  organisation?: { id: string; name: string };
  publishedAt?: string;
  /** when a withdrawn report's organisation was suspended */
  withdrawnAt?: string;
}

/** A report as verification sees it, across organisations. */
interface FingerprintRow {
  id: string;
  type: string;
  period_from: string;
  period_to: string;
  tenant_id: string;
  org_name: string;
  sha256: string | null;
  published_at: Date | null;
  /** when its organisation was suspended, which withdraws its published reports */
  withdrawn_at: Date | null;
}

/** A report's public page: what its number says, and the report when it may be shown. */
export interface ReportPage {
  status: VerificationStatus;
  report?: PublicReportView;
}

interface PublicRow {
  id: string;
  type: string;
  language: string;
  period_from: string;
  period_to: string;
  tenant_id: string;
  org_name: string;
  region_code: string;
  sha256: string;
  pages: number;
  bytes: number;
  published_at: Date;
  /** when its organisation was suspended, which withdraws its published reports */
  withdrawn_at: Date | null;
}

const publicColumns = `r.id, r.type, r.language, to_char(r.period_from, 'YYYY-MM-DD') as period_from, to_char(r.period_to, 'YYYY-MM-DD') as period_to,
  r.tenant_id, o.name as org_name, o.region_code, r.sha256, r.pages, r.bytes, r.published_at,
  (select s.suspended_at from organisations s where s.id = r.tenant_id) as withdrawn_at`;

/** The 410 for the file of a report withdrawn at `withdrawnAt` (an ISO time). */
function withdrawal(withdrawnAt: string): DomainError {
  return new DomainError(
    ErrorCode.Withdrawn,
    message('report.withdrawn', { since: withdrawnAt.slice(0, 10) }),
  );
}

const fingerprintColumns = `r.id, r.type, to_char(r.period_from, 'YYYY-MM-DD') as period_from,
  to_char(r.period_to, 'YYYY-MM-DD') as period_to, r.tenant_id, o.name as org_name, r.sha256, r.published_at,
  o.suspended_at as withdrawn_at`;

function statusOf(row: FingerprintRow): VerificationStatus {
  if (!row.published_at) return 'genuine_unpublished';
  return row.withdrawn_at ? 'withdrawn' : 'genuine_published';
}

/**
 * What anyone may see without signing in: published reports and their files. Every read runs in a
 * transaction marked `app.public`, which the row-level policies let see published rows only.
 */
@Injectable()
export class PublicReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ReportStorage,
    private readonly config: AppConfig,
  ) {}

  list(filter: PublicReportFilter): Promise<Page<PublicReportView>> {
    const after = decodeCursor(filter.cursor, 'timestamp');
    return this.publicly(async (manager) => {
      const rows: (PublicRow & { cursor_key: string })[] = await manager.query(
        `select ${publicColumns}, ${cursorInstantSql('r.published_at')} as cursor_key
           from reports r join counted_organisations o on o.id = r.tenant_id
          where r.published_at is not null
            and ($1::uuid is null or r.tenant_id = $1) and ($2::text is null or o.region_code = $2)
            and ($3::int is null or extract(year from r.period_to) = $3)
            and ($4::timestamptz is null or (r.published_at, r.id) < ($4, $5::uuid))
            and ($7::text is null or r.type = $7)
            and ($8::date is null or r.period_to >= $8) and ($9::date is null or r.period_from <= $9)
          order by r.published_at desc, r.id desc limit $6`,
        [
          filter.orgId ?? null,
          filter.regionCode ?? null,
          filter.year ?? null,
          after?.key ?? null,
          after?.id ?? null,
          filter.limit + 1,
          filter.type ?? null,
          filter.from ?? null,
          filter.to ?? null,
        ],
      );
      return toPage(
        rows,
        filter.limit,
        (row) => ({ key: row.cursor_key, id: row.id }),
        (row) => this.view(row),
      );
    });
  }

  get(reportId: string): Promise<PublicReportView> {
    return this.publicly(async (manager) => this.view(await this.find(manager, reportId)));
  }

  async file(
    reportId: string,
  ): Promise<{ report: PublicReportView; fileName: ReportFileName; chunks: AsyncIterable<Buffer> }> {
    const report = await this.get(reportId);
    const type = report.type as ReportType;
    const fileName = reportFileName(report.organisation.name, type, report.periodFrom, report.periodTo);
    if (report.withdrawnAt) throw withdrawal(report.withdrawnAt);
    const chunks = this.storage.read((chunkNo) =>
      this.publicly(async (manager) => {
        const [row]: { data: Buffer }[] = await manager.query(readChunkSql(), [
          report.organisation.id,
          reportId,
          chunkNo,
        ]);
        return row?.data;
      }),
    );
    return { report, fileName, chunks };
  }

  /**
   * What this exact file is, compared by SHA-256. A genuine file's answer names its organisation and
   * period whether or not it was published: whoever sends the file holds its every page already, so
   * the answer tells them nothing the file does not, only that it is genuine.
   */
  verify(file: Buffer): Promise<Verification> {
    const sha256 = createHash('sha256').update(file).digest('hex');
    return this.byFingerprint(async (manager) => {
      const [row]: FingerprintRow[] = await manager.query(
        `select ${fingerprintColumns} from reports r join organisations o on o.id = r.tenant_id
          where r.sha256 = $1 and r.status = 'ready' order by r.published_at nulls last, r.requested_at limit 1`,
        [sha256],
      );
      if (!row) return { status: 'unknown', valid: false };
      const status = statusOf(row);
      return {
        status,
        valid: status === 'genuine_published',
        reportId: row.id,
        type: row.type,
        periodFrom: row.period_from,
        periodTo: row.period_to,
        organisation: { id: row.tenant_id, name: row.org_name },
        ...(row.published_at ? { publishedAt: row.published_at.toISOString() } : {}),
        ...(status === 'withdrawn' && row.withdrawn_at
          ? { withdrawnAt: row.withdrawn_at.toISOString() }
          : {}),
      };
    });
  }

  /**
   * What the verification address printed on a report's pages shows. Unlike verify, it is reached by
   * the number alone (a link can travel without the file), so an unpublished report's page says only
   * that the number is genuine and unpublished, and names no organisation.
   */
  page(reportId: string): Promise<ReportPage> {
    return this.byFingerprint(async (manager) => {
      const [row]: FingerprintRow[] = await manager.query(
        `select ${fingerprintColumns} from reports r join organisations o on o.id = r.tenant_id
          where r.id = $1 and r.status = 'ready'`,
        [reportId],
      );
      if (!row) return { status: 'unknown' };
      const status = statusOf(row);
      if (status === 'genuine_unpublished') return { status };
      const [published]: PublicRow[] = await manager.query(
        `select ${publicColumns} from reports r join organisations o on o.id = r.tenant_id where r.id = $1`,
        [reportId],
      );
      return { status, report: this.view(published) };
    });
  }

  private view(row: PublicRow): PublicReportView {
    return {
      id: row.id,
      type: row.type,
      language: row.language,
      periodFrom: row.period_from,
      periodTo: row.period_to,
      organisation: { id: row.tenant_id, name: row.org_name, regionCode: row.region_code },
      sha256: row.sha256,
      pages: row.pages,
      bytes: row.bytes,
      publishedAt: row.published_at.toISOString(),
      fileUrl: publicFileUrlOf(this.config, row.id),
      status: row.withdrawn_at ? 'withdrawn' : 'published',
      withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    };
  }

  private async find(manager: EntityManager, reportId: string): Promise<PublicRow> {
    const [row]: PublicRow[] = await manager.query(
      `select ${publicColumns} from reports r join organisations o on o.id = r.tenant_id where r.id = $1 and r.published_at is not null`,
      [reportId],
    );
    if (!row) throw DomainError.notFound('report');
    return row;
  }

  /** Reads any organisation's reports (`app.fingerprint`): only to answer what a file or number is. */
  private byFingerprint<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      await manager.query(`select set_config('app.fingerprint', 'on', true)`);
      return work(manager);
    });
  }

  private publicly<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      await manager.query(`select set_config('app.public', 'on', true)`);
      return work(manager);
    });
  }
}
