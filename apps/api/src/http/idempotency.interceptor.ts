import { canonicalJson } from '@careledger/audit';
import { Actor, assertFitInput, DomainError } from '@careledger/common';
import { IdempotencyClaim, IdempotentReplay } from '@careledger/idempotency';
import type { OrgRequest } from '@careledger/auth';
import {
  applyDecorators,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { catchError, Observable, of, tap, throwError } from 'rxjs';

const IDEMPOTENCY_KEY = 'careledger:idempotency';

interface IdempotencyOptions {
  /** the header must be present */
  required?: boolean;
}

type IdempotentRequest = OrgRequest & { idempotencyClaim?: IdempotencyClaim };

/**
 * A creating POST under /orgs/{orgId} that honours Idempotency-Key (optional unless `required`). The
 * handler takes the claim with `@IdempotencyClaimParam()` and hands it to the service, which claims and
 * answers the key inside the write's own transaction (`IdempotencyService.within`): a crash then leaves
 * either nothing or the work with its answer, never a key stuck in flight.
 */
export function Idempotent(options: IdempotencyOptions = {}): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENCY_KEY, { required: options.required ?? false }),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: options.required ?? false,
      description:
        'same key and body: the first answer is replayed; kept 24 hours, per caller and organisation',
    }),
  );
}

function keyOf(header: string | string[] | undefined, required: boolean): string | undefined {
  if (header === undefined) {
    if (required) throw DomainError.invalid('Idempotency-Key', 'header is required on this request');
    return undefined;
  }
  if (typeof header !== 'string' || header.length < 1 || header.length > 255) {
    throw DomainError.invalid('Idempotency-Key', 'must be 1 to 255 characters');
  }
  assertFitInput(header, 'Idempotency-Key');
  return header;
}

/** Keys are scoped per caller: a user or an API key, within the organisation. */
function callerOf(actor: Actor): string {
  return `${actor.kind}:${actor.id}`;
}

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { required } = this.reflector.get<Required<IdempotencyOptions>>(
      IDEMPOTENCY_KEY,
      context.getHandler(),
    );
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const key = keyOf(request.headers['idempotency-key'], required);
    if (!key || !request.org) return next.handle();
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    // The body is hashed before the validation pipe sees it: refuse what would overflow the hashing.
    assertFitInput(request.body);
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`)
      .digest('hex');
    const claim: IdempotencyClaim = { caller: callerOf(request.org.actor), key, requestHash, status };
    request.idempotencyClaim = claim;
    return next.handle().pipe(
      tap(() => {
        // A route that takes the header but never hands the claim to its write would answer a retry
        // by doing the work again: fail loudly in its tests instead.
        if (!claim.answered) throw new Error(`${context.getClass().name} did not record its Idempotency-Key`);
      }),
      catchError((error: unknown) => {
        if (!(error instanceof IdempotentReplay)) return throwError(() => error);
        const reply = context.switchToHttp().getResponse<FastifyReply>();
        void reply.status(error.status).header('Idempotent-Replayed', 'true');
        return of(error.body);
      }),
    );
  }
}

/** The claim of an `@Idempotent()` route; undefined without the header. */
export const IdempotencyClaimParam = createParamDecorator(
  (_data: unknown, context: ExecutionContext): IdempotencyClaim | undefined =>
    context.switchToHttp().getRequest<IdempotentRequest>().idempotencyClaim,
);
