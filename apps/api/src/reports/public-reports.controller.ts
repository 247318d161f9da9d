import { DomainError, ErrorCode } from '@careledger/common';
import { PublicReportsService } from '@careledger/reports';
import { Body, Controller, Get, Headers, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { UuidParam } from '../http/params.js';
import { PublicReportDto, PublicReportPageDto, PublicReportQuery, VerificationDto } from './report.dto.js';

@ApiTags('public')
@Controller('public/reports')
export class PublicReportsController {
  constructor(private readonly reports: PublicReportsService) {}

  @Get()
  @ApiOperation({ summary: 'Published reports' })
  list(@Query() query: PublicReportQuery): Promise<PublicReportPageDto> {
    return this.reports.list(query);
  }

  @Get(':reportId')
  @ApiOperation({ summary: 'A published report and its SHA-256' })
  get(@UuidParam('reportId') reportId: string): Promise<PublicReportDto> {
    return this.reports.get(reportId);
  }

  @Get(':reportId/file')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the published PDF' })
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
