import { AppConfig } from '@careledger/config';
import { PublicReportsService } from '@careledger/reports';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { UuidParam } from '../http/params.js';
import { reportPageHtml } from './report-page.html.js';

/**
 * `/reports/{id}` outside the api prefix: the human page a report's verification address and QR code
 * lead to (PUBLIC_BASE_URL/reports/{id}), served by the api until the web portal exists.
 */
@ApiTags('public')
@Controller('reports')
export class ReportPageController {
  constructor(
    private readonly reports: PublicReportsService,
    private readonly config: AppConfig,
  ) {}

  @Get(':reportId')
  @ApiOperation({
    summary: 'A report’s verification page (HTML): who, period, SHA-256, state, download link',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({
    description: 'published, withdrawn, or genuine but not published',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({
    description: 'no report has this number',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  async page(@UuidParam('reportId') reportId: string, @Res() reply: FastifyReply): Promise<void> {
    const page = await this.reports.page(reportId);
    const verifyUrl = `${this.config.PUBLIC_BASE_URL}/api/v1/public/reports/verify`;
    await reply
      .status(page.status === 'unknown' ? 404 : 200)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(reportPageHtml(page, verifyUrl));
  }
}
