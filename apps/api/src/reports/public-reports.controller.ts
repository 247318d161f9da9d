import { DomainError, ErrorCode } from '@careledger/common';
import { contentDisposition, PublicReportsService } from '@careledger/reports';
import '@fastify/multipart';
import { Body, Controller, Get, HttpCode, Post, Query, Req, StreamableFile } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
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
import {
  PublicReportDto,
  PublicReportPageDto,
  PublicReportQuery,
  ReportNumberDto,
  VerificationDto,
} from './report.dto.js';

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

  @Get(':reportId/verification')
  @ApiOperation({
    summary: 'What a report’s number says: the page its printed address and QR code open',
    description:
      'Reached by the number alone (a link travels without the file), so a report never published is ' +
      'only said to be genuine_unpublished, with no organisation; unknown when no report has the number.',
  })
  @ApiOkResponse({ type: ReportNumberDto })
  byNumber(@UuidParam('reportId') reportId: string): Promise<ReportNumberDto> {
    return this.reports.page(reportId);
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
    const { report, fileName, chunks } = await this.reports.file(reportId);
    return new StreamableFile(Readable.from(chunks), {
      type: 'application/pdf',
      length: report.bytes,
      disposition: contentDisposition(fileName, 'inline'),
    });
  }

  @Post('verify')
  @HttpCode(200)
  @ApiOperation({
    summary: 'What is this PDF? genuine_published, genuine_unpublished, withdrawn or unknown',
    description:
      'Send the file as the body (Content-Type: application/pdf) or as a form upload ' +
      '(multipart/form-data, one file field). Compared by SHA-256: one changed byte is unknown.',
  })
  @ApiConsumes('application/pdf', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', format: 'binary' },
        { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
      ],
    },
  })
  @ApiOkResponse({ type: VerificationDto })
  async verify(@Req() request: FastifyRequest, @Body() body: unknown): Promise<VerificationDto> {
    if (request.isMultipart()) return this.reports.verify(await uploadedFile(request));
    if (!Buffer.isBuffer(body)) {
      throw new DomainError(
        ErrorCode.UnsupportedMediaType,
        'send the PDF itself as the body (Content-Type: application/pdf) or as a multipart/form-data file',
      );
    }
    return this.reports.verify(body);
  }
}

/** The one file of a form upload; 400 naming `file` without one, 413 beyond the limit. */
async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  try {
    const part = await request.file();
    if (!part) throw DomainError.invalid('file', 'send the PDF as the form’s file field');
    return await part.toBuffer();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if ((error as { statusCode?: number }).statusCode === 413) {
      throw new DomainError(ErrorCode.PayloadTooLarge, 'the uploaded file is larger than 52428800 bytes');
    }
    throw DomainError.invalid('file', 'is not a readable multipart/form-data upload');
  }
}
