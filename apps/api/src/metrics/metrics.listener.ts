import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MetricsService } from './metrics.service.js';

/**
 * Serves GET /metrics on a port of its own (METRICS_PORT, on 127.0.0.1 unless METRICS_HOST says
 * otherwise), so what the metrics tell about the process (routes, load, queue depth) stays off the
 * public api. It closes with the app.
 */
@Injectable()
export class MetricsListener implements OnApplicationShutdown {
  private readonly logger = new Logger(MetricsListener.name);
  private server?: Server;

  constructor(private readonly metrics: MetricsService) {}

  /** Starts listening; resolves with the address bound (port 0: a free port the system picks). */
  async listen(port: number, host: string): Promise<AddressInfo> {
    const server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    const address = server.address() as AddressInfo;
    this.logger.log(`metrics on http://${host}:${address.port}/metrics`);
    return address;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    const closed = new Promise((resolve) => server.close(resolve));
    // A scraper's kept-alive connection would otherwise hold the close until it times out.
    server.closeIdleConnections();
    await closed;
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    try {
      const text = await this.metrics.registry.metrics();
      response.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(text);
    } catch (error) {
      this.logger.error(`metrics not collected: ${(error as Error).message}`);
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics unavailable\n');
    }
  }
}
