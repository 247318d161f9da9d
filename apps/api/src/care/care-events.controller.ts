import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { CareEventsService } from '@careledger/care';
import type { CareEventInput as CareEventRecord } from '@careledger/care';
import { DomainError } from '@careledger/common';
import type { IdempotencyClaim } from '@careledger/idempotency';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Idempotent, IdempotencyClaimParam } from '../http/idempotency.interceptor.js';
import { UuidParam } from '../http/params.js';
import {
  BatchResultDto,
  CareEventBatchInput,
  CareEventDto,
  CareEventInput,
  CareEventPageDto,
  CareEventQuery,
  VoidInput,
} from './care.dto.js';

function toRecord(input: CareEventInput, field: string): CareEventRecord {
  const occurredAt = new Date(input.occurredAt);
  if (!/[zZ]|[+-]\d{2}:?\d{2}$/.test(input.occurredAt))
    throw DomainError.invalid(field, 'must carry a time zone offset');
  return { ...input, occurredAt };
}

/** The rules every logged event meets, as the API description states them. */
const careRules = [
  'Care is logged only for a beneficiary with a care consent in force at `occurredAt`: given at or before',
  'that moment and not withdrawn by then. A withdrawn consent stops new care from the moment of withdrawal',
  'on; care that happened before it may still be logged. Without one the answer is 409 naming',
  '`beneficiaryId` and the beneficiary’s code.',
  '',
  'A line of a stocked item leaves stock at its moving average cost, and the line records that cost',
  '(`unitCostKopecks` on such a line is 400); services and transport take the cost on the line or the',
  'item’s price. Stock must be there at `occurredAt` and at every later moment: a backdated line that',
  'would take the balance below zero then is 409 naming the line, the date and the balance then.',
  'A line’s funding source must run on the day of `occurredAt` (its period, inclusive), else 409.',
  'Quantities take up to 3 decimals, except items counted in pair, set, course, day or night (whole numbers).',
].join('\n');

const careConflicts =
  'no care consent in force, stock short now or at a later moment, funding source outside its period, or the Idempotency-Key is in flight';

@ApiTags('care')
@Controller('orgs/:orgId/care-events')
export class CareEventsController {
  constructor(private readonly care: CareEventsService) {}

  @Post()
  @OrgRoute(Access.Write)
  @Idempotent({ required: true })
  @ApiOperation({
    summary: 'Log a care event; its items leave stock in the same transaction',
    description: careRules,
  })
  @ApiCreatedResponse({ type: CareEventDto })
  @ApiConflictResponse({ description: careConflicts })
  create(
    @Org() org: OrgContext,
    @Body() input: CareEventInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<CareEventDto> {
    return this.care.create(org.orgId, toRecord(input, 'occurredAt'), org.actor, claim);
  }

  @Post('batch')
  @OrgRoute(Access.Write)
  @Idempotent({ required: true })
  @ApiOperation({
    summary: 'Log up to 1,000 care events, all or nothing; the first bad event is named by index',
    description: careRules,
  })
  @ApiCreatedResponse({ type: BatchResultDto })
  @ApiConflictResponse({ description: careConflicts })
  createBatch(
    @Org() org: OrgContext,
    @Body() input: CareEventBatchInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<BatchResultDto> {
    const events = input.events.map((event, index) => toRecord(event, `events[${index}].occurredAt`));
    return this.care.createBatch(org.orgId, events, org.actor, claim);
  }

  @Get()
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'Care events, newest first' })
  @ApiOkResponse({ type: CareEventPageDto })
  list(@Org() org: OrgContext, @Query() query: CareEventQuery): Promise<CareEventPageDto> {
    return this.care.list(org.orgId, query);
  }

  @Get(':eventId')
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'One care event with its lines' })
  @ApiOkResponse({ type: CareEventDto })
  get(@Org() org: OrgContext, @UuidParam('eventId') eventId: string): Promise<CareEventDto> {
    return this.care.get(org.orgId, eventId);
  }

  @Post(':eventId/void')
  @HttpCode(201)
  @OrgRoute(Access.Write)
  @Idempotent()
  @ApiOperation({ summary: 'Void an event by a reversing entry; its stock comes back' })
  @ApiCreatedResponse({ type: CareEventDto, description: 'the reversing entry' })
  @ApiConflictResponse({ description: 'the event is already voided, or is itself a reversal' })
  void(
    @Org() org: OrgContext,
    @UuidParam('eventId') eventId: string,
    @Body() input: VoidInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<CareEventDto> {
    return this.care.void(org.orgId, eventId, input.reason, org.actor, claim);
  }
}
