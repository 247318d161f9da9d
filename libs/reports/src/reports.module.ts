import { IdempotencyModule } from '@careledger/idempotency';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportFileChunk } from './entities/report-file-chunk.entity.js';
import { ReportSchedule } from './entities/report-schedule.entity.js';
import { Report } from './entities/report.entity.js';
import { PublicReportsService } from './public-reports.service.js';
import { ReportDataService } from './report-data.service.js';
import { ReportRenderer } from './report-renderer.service.js';
import { ReportSchedulesService } from './report-schedules.service.js';
import { PostgresReportStorage, ReportStorage } from './report-storage.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [IdempotencyModule, TypeOrmModule.forFeature([Report, ReportFileChunk, ReportSchedule])],
  providers: [
    { provide: ReportStorage, useClass: PostgresReportStorage },
    ReportsService,
    ReportDataService,
    ReportRenderer,
    PublicReportsService,
    ReportSchedulesService,
  ],
  exports: [ReportsService, ReportRenderer, PublicReportsService, ReportSchedulesService],
})
export class ReportsModule {}
