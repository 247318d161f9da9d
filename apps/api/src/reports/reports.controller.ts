import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { PageQuery } from '@careledger/common';
import { contentDisposition, ReportSchedulesService, ReportsService } from '@careledger/reports';
import type { IdempotencyClaim } from '@careledger/idempotency';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseEnumPipe,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { seesNames } from '../beneficiaries/personal-data-access.js';
import { Idempotent, IdempotencyClaimParam } from '../http/idempotency.interceptor.js';
import { UuidParam } from '../http/params.js';
import {
  ReportDto,
  ReportPageDto,
  ReportRequestInput,
  ScheduleDto,
  ScheduleInput,
  SchedulePageDto,
  ScheduleScopeQuery,
} from './report.dto.js';

enum ScheduledType {
  Activity = 'activity',
  FundingSource = 'funding_source',
}

@ApiTags('reports')
@Controller('orgs/:orgId')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly schedules: ReportSchedulesService,
  ) {}

  @Post('reports')
  @HttpCode(202)
  @OrgRoute(Access.Write)
  @Idempotent()
  @ApiOperation({
    summary: 'Request a report; the worker renders it (watch status and progress)',
    description:
      'The period is of local dates in the organisation’s time zone; the PDF prints dates and times in that ' +
      'zone and names it. A report counts everything the organisation did, whether or not a person ' +
      'consented to statistics, and totals quantities per unit, never across units.',
  })
  @ApiAcceptedResponse({ type: ReportDto })
  request(
    @Org() org: OrgContext,
    @Body() input: ReportRequestInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<ReportDto> {
    return this.reports.request(org.orgId, input, org.actor, claim);
  }

  @Get('reports')
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'Reports, newest first' })
  @ApiOkResponse({ type: ReportPageDto })
  list(@Org() org: OrgContext, @Query() query: PageQuery): Promise<ReportPageDto> {
    return this.reports.list(org.orgId, query.limit, query.cursor);
  }

  @Get('reports/:reportId')
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'A report’s status, progress and fingerprint' })
  @ApiOkResponse({ type: ReportDto })
  get(@Org() org: OrgContext, @UuidParam('reportId') reportId: string): Promise<ReportDto> {
    return this.reports.get(org.orgId, reportId);
  }

  @Get('reports/:reportId/file')
  @OrgRoute(Access.Read)
  @ApiOperation({
    summary:
      'The rendered PDF, once the report is ready; a care statement (personal data) for admins, staff and API keys only, each read audited',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'the PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiConflictResponse({ description: 'not ready yet' })
  async file(@Org() org: OrgContext, @UuidParam('reportId') reportId: string): Promise<StreamableFile> {
    const { report, fileName, chunks } = await this.reports.file(
      org.orgId,
      reportId,
      org.actor,
      seesNames(org),
    );
    return new StreamableFile(Readable.from(chunks), {
      type: 'application/pdf',
      length: report.bytes ?? undefined,
      disposition: contentDisposition(fileName, 'inline'),
    });
  }

  @Post('reports/:reportId/publish')
  @HttpCode(200)
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Publish a ready report without personal data; publishing is final' })
  @ApiOkResponse({ type: ReportDto })
  @ApiConflictResponse({ description: 'not ready, or never publishable (personal data, no funding source)' })
  publish(@Org() org: OrgContext, @UuidParam('reportId') reportId: string): Promise<ReportDto> {
    return this.reports.publish(org.orgId, reportId, org.actor);
  }

  @Put('report-schedules/:type')
  @OrgRoute(Access.Admin)
  @ApiOperation({
    summary: 'Request this report after each period closes (and publish it when autoPublish)',
    description:
      'Validated as a report request: a funding_source schedule names its fundingSourceId (one schedule per source).',
  })
  @ApiParam({ name: 'type', enum: ScheduledType })
  @ApiOkResponse({ type: ScheduleDto })
  schedule(
    @Org() org: OrgContext,
    @Param('type', new ParseEnumPipe(ScheduledType)) type: ScheduledType,
    @Body() input: ScheduleInput,
  ): Promise<ScheduleDto> {
    return this.schedules.put(org.orgId, type, input, org.actor);
  }

  @Get('report-schedules')
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'The organisation’s report schedules, newest first' })
  @ApiOkResponse({ type: SchedulePageDto })
  schedulesList(@Org() org: OrgContext, @Query() query: PageQuery): Promise<SchedulePageDto> {
    return this.schedules.list(org.orgId, query.limit, query.cursor);
  }

  @Delete('report-schedules/:type')
  @HttpCode(204)
  @OrgRoute(Access.Admin)
  @ApiOperation({
    summary: 'Remove the schedule of this type (and funding source); the reports it requested keep its id',
  })
  @ApiParam({ name: 'type', enum: ScheduledType })
  @ApiNoContentResponse({ description: 'removed' })
  async removeSchedule(
    @Org() org: OrgContext,
    @Param('type', new ParseEnumPipe(ScheduledType)) type: ScheduledType,
    @Query() query: ScheduleScopeQuery,
  ): Promise<void> {
    await this.schedules.remove(org.orgId, type, query.fundingSourceId, org.actor);
  }
}
