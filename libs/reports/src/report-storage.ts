import { TenantTx } from '@careledger/database';
import { createHash } from 'node:crypto';

/** Where report files live. PostgreSQL by default; an object store would implement the same two calls. */
export abstract class ReportStorage {
  /** Stores the file inside the caller's transaction, replacing any earlier attempt's; returns size and SHA-256. */
  abstract write(
    tx: TenantTx,
    reportId: string,
    file: AsyncIterable<Buffer>,
  ): Promise<{ bytes: number; sha256: string }>;

  /** The file's chunks in order; `readChunk` runs each read in a transaction of the caller's choosing. */
  abstract read(readChunk: (chunkNo: number) => Promise<Buffer | undefined>): AsyncIterable<Buffer>;
}

const chunkBytes = 256 * 1024;

/** Report files as ordered 256 KiB chunks in `report_file_chunks`: streamed in and out, never whole in memory. */
export class PostgresReportStorage extends ReportStorage {
  async write(
    tx: TenantTx,
    reportId: string,
    file: AsyncIterable<Buffer>,
  ): Promise<{ bytes: number; sha256: string }> {
    await tx.manager.query(`delete from report_file_chunks where tenant_id = $1 and report_id = $2`, [
      tx.tenantId,
      reportId,
    ]);
    const hash = createHash('sha256');
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let bytes = 0;
    let chunkNo = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      await tx.manager.query(
        `insert into report_file_chunks (tenant_id, report_id, chunk_no, data) values ($1, $2, $3, $4)`,
        [tx.tenantId, reportId, chunkNo++, Buffer.concat(pending)],
      );
      pending = [];
      pendingBytes = 0;
    };
    for await (const piece of file) {
      hash.update(piece);
      bytes += piece.length;
      pending.push(piece);
      pendingBytes += piece.length;
      if (pendingBytes >= chunkBytes) await flush();
    }
    await flush();
    return { bytes, sha256: hash.digest('hex') };
  }

  async *read(readChunk: (chunkNo: number) => Promise<Buffer | undefined>): AsyncIterable<Buffer> {
    for (let chunkNo = 0; ; chunkNo++) {
      const chunk = await readChunk(chunkNo);
      if (!chunk) return;
      yield chunk;
    }
  }
}

export function readChunkSql(): string {
  return `select data from report_file_chunks where tenant_id = $1 and report_id = $2 and chunk_no = $3`;
}
