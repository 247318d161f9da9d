import { clientAddress } from '@careledger/common';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The caller's normalised address (`clientAddress()`), as rate limits count it; never header text. */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  clientAddress(context.switchToHttp().getRequest<FastifyRequest>()),
);
