import { DomainError, ErrorCode } from '@careledger/common';
import { PublicReportsService } from '@careledger/reports';
import { Body, Controller, Get, Headers, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { UuidParam } from '../http/params.js';
import { PublicReportDto, PublicReportPageDto, PublicReportQuery, VerificationDto } from './report.dto.js';

@ApiTags('public')
@Controller('public/reports')
export class PublicReportsController {
  constructor(private readonly reports: PublicReportsService) {}

  @Get()
  @ApiOperation({ summary: 'Published reports' })
  @ApiOkResponse({ type: PublicReportPageDto })
  list(@Query() query: PublicReportQuery): Promise<PublicReportPageDto> {
    return this.reports.list(query);
  }

  @Get(':reportId')
  @ApiOperation({ summary: 'A published report and its SHA-256' })
  @ApiOkResponse({ type: PublicReportDto })
  @ApiNotFoundResponse({ description: 'no such published report' })
  get(@UuidParam('reportId') reportId: string): Promise<PublicReportDto> {
    return this.reports.get(reportId);
  }

  @Get(':reportId/file')
  @ApiOperation({ summary: 'The published PDF' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'the published PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse({ description: 'no such published report' })
  @ApiGoneResponse({ description: 'withdrawn: its organisation has been suspended' })
  async file(@UuidParam('reportId') reportId: string): Promise<StreamableFile> {
    const { report, chunks } = await this.reports.file(reportId);
    return new StreamableFile(Readable.from(chunks), {
      type: 'application/pdf',
      length: report.bytes,
      disposition: `inline; filename="careledger-report-${report.id}.pdf"`,
    });
  }

  @Post('verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Is this PDF exactly a published report? One changed byte is valid: false' })
  @ApiConsumes('application/pdf')
  @ApiOkResponse({ type: VerificationDto })
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  verify(
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ): Promise<VerificationDto> {
    if (!contentType?.startsWith('application/pdf') || !Buffer.isBuffer(body)) {
      throw new DomainError(
        ErrorCode.UnsupportedMediaType,
        'send the PDF itself as the body, with Content-Type: application/pdf',
      );
    }
    return this.reports.verify(body);
  }
}
