import { canonicalJson } from '@careledger/audit';
import { assertFitInput, DomainError } from '@careledger/common';
import { IdempotencyClaim, IdempotencyService, IdempotentReplay } from '@careledger/idempotency';
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
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';

const IDEMPOTENCY_KEY = 'careledger:idempotency';

interface IdempotencyOptions {
  /** the header must be present */
  required?: boolean;
  /**
   * The handler claims the key inside its own transaction: it takes the claim with
   * `@IdempotencyClaimParam()` and hands it to `IdempotencyService.claimWithin`/`completeWithin`.
   */
  inHandlerTransaction?: boolean;
}

type IdempotentRequest = OrgRequest & { idempotencyClaim?: IdempotencyClaim };

/** A creating POST under /orgs/{orgId} that honours Idempotency-Key (optional unless `required`). */
export function Idempotent(options: IdempotencyOptions = {}): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENCY_KEY, {
      required: options.required ?? false,
      inHandlerTransaction: options.inHandlerTransaction ?? false,
    }),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: options.required ?? false,
      description: 'same key and body: the first answer is replayed; kept 24 hours, per organisation',
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

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly idempotency: IdempotencyService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { required, inHandlerTransaction } = this.reflector.get<Required<IdempotencyOptions>>(
      IDEMPOTENCY_KEY,
      context.getHandler(),
    );
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const key = keyOf(request.headers['idempotency-key'], required);
    if (!key || !request.org) return next.handle();
    const orgId = request.org.orgId;
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    // The body is hashed before the validation pipe sees it: refuse what would overflow the hashing.
    assertFitInput(request.body);
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`)
      .digest('hex');

    const replay = (status: number, body: unknown) => {
      const reply = context.switchToHttp().getResponse<FastifyReply>();
      void reply.status(status).header('Idempotent-Replayed', 'true');
      return of(body);
    };

    if (inHandlerTransaction) {
      request.idempotencyClaim = { key, requestHash, status };
      return next
        .handle()
        .pipe(
          catchError((error: unknown) =>
            error instanceof IdempotentReplay ? replay(error.status, error.body) : throwError(() => error),
          ),
        );
    }

    return from(this.idempotency.start(orgId, key, requestHash)).pipe(
      mergeMap((start) => {
        if (start.kind === 'replay') return replay(start.status, start.body);
        return next.handle().pipe(
          // The work is done and committed: if recording the answer fails (the database went away just
          // then), the caller still gets it; the key stays "in flight", so a retry is a 409, never a duplicate.
          mergeMap((body) =>
            from(this.idempotency.complete(orgId, key, status, body).catch(() => undefined)).pipe(
              mergeMap(() => of(body)),
            ),
          ),
          catchError((error: unknown) =>
            from(this.idempotency.release(orgId, key).catch(() => undefined)).pipe(
              mergeMap(() => throwError(() => error)),
            ),
          ),
        );
      }),
    );
  }
}

/** The claim of an `@Idempotent({ inHandlerTransaction: true })` route; undefined without the header. */
export const IdempotencyClaimParam = createParamDecorator(
  (_data: unknown, context: ExecutionContext): IdempotencyClaim | undefined =>
    context.switchToHttp().getRequest<IdempotentRequest>().idempotencyClaim,
);
