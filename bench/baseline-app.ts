// The baselines' NestJS app: the same adapter (Fastify) as the api, none of its modules. One route runs
// an empty tenant transaction through the api's own pool; one route answers without work. The same
// module on Express measures the adapter choice.
import {
  Controller,
  DynamicModule,
  Get,
  HttpCode,
  Inject,
  INestApplication,
  Module,
  Post,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

const POOL = Symbol('api pool');

@Controller('bench')
class BaselineController {
  constructor(@Inject(POOL) private readonly dataSource: DataSource) {}

  @Post('tx')
  @HttpCode(201)
  async transaction(): Promise<{ ok: number }> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('begin');
      await runner.query(`select set_config('app.tenant_id', $1, true)`, [randomUUID()]);
      const [row]: { ok: number }[] = await runner.query('select 1 as ok');
      await runner.query('commit');
      return row;
    } finally {
      await runner.release();
    }
  }

  @Get('trivial')
  trivial(): { ok: boolean } {
    return { ok: true };
  }
}

@Module({})
class BaselineModule {
  static forRoot(dataSource: DataSource): DynamicModule {
    return {
      module: BaselineModule,
      controllers: [BaselineController],
      providers: [{ provide: POOL, useValue: dataSource }],
    };
  }
}

export async function createBaselineApp(dataSource: DataSource): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    BaselineModule.forRoot(dataSource),
    new FastifyAdapter(),
    { logger: false },
  );
  await app.init();
  return app;
}

/** The trivial route on NestJS + Express (the pool is unused there). */
export async function createExpressBaselineApp(dataSource: DataSource): Promise<INestApplication> {
  const app = await NestFactory.create(BaselineModule.forRoot(dataSource), new ExpressAdapter(), {
    logger: false,
  });
  await app.init();
  return app;
}
