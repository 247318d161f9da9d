import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Report } from './report.entity.js';

/** A report's PDF, stored in PostgreSQL as ordered chunks so it is streamed in and out, never held whole. */
@Entity('report_file_chunks')
export class ReportFileChunk {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  reportId: string;

  @PrimaryColumn('integer')
  chunkNo: number;

  @Column('bytea')
  data: Buffer;

  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'report_id', referencedColumnName: 'id' },
  ])
  report?: Report;
}
