import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { CaseworkService } from '@careledger/beneficiaries';
import { DomainError, ErrorCode, message } from '@careledger/common';
import type { IdempotencyClaim } from '@careledger/idempotency';
import { MemberRole } from '@careledger/organisations';
import { Body, Controller, Get, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Idempotent, IdempotencyClaimParam } from '../http/idempotency.interceptor.js';
import { UuidParam } from '../http/params.js';
import { CaseNoteDto, FollowUpDto } from './beneficiary.dto.js';
import {
  AssignedFollowUpPageDto,
  AssignedFollowUpsQuery,
  CaseNoteInput,
  FollowUpInput,
  FollowUpPatchInput,
} from './casework.dto.js';
import { seesNames } from './personal-data-access.js';

const erased = 'the beneficiary’s personal data has been erased';

/** A beneficiary's case history and follow-ups: personal data, read and written like the record. */
@ApiTags('beneficiaries')
@Controller('orgs/:orgId/beneficiaries/:beneficiaryId')
export class CaseworkController {
  constructor(private readonly casework: CaseworkService) {}

  @Post('notes')
  @OrgRoute(Access.Write)
  @Idempotent()
  @ApiOperation({ summary: 'Add a dated case note (запись в деле); audited' })
  @ApiCreatedResponse({ type: CaseNoteDto })
  @ApiConflictResponse({ description: erased })
  addNote(
    @Org() org: OrgContext,
    @UuidParam('beneficiaryId') beneficiaryId: string,
    @Body() note: CaseNoteInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<CaseNoteDto> {
    return this.casework.addNote(org.orgId, beneficiaryId, note, org.actor, claim);
  }

  @Get('notes')
  @OrgRoute(Access.Read)
  @ApiOperation({
    summary:
      'The case history, newest first, each note with its earlier texts; for admins, staff and API keys (a viewer gets 403), each read audited',
  })
  @ApiOkResponse({ type: [CaseNoteDto] })
  notes(@Org() org: OrgContext, @UuidParam('beneficiaryId') beneficiaryId: string): Promise<CaseNoteDto[]> {
    return this.casework.notes(org.orgId, beneficiaryId, org.actor, seesNames(org));
  }

  @Put('notes/:noteId')
  @OrgRoute(Access.Write)
  @ApiOperation({
    summary: 'Edit a case note (its author or an admin); the text it replaces is kept as a version',
  })
  @ApiOkResponse({ type: CaseNoteDto })
  @ApiConflictResponse({ description: erased })
  editNote(
    @Org() org: OrgContext,
    @UuidParam('beneficiaryId') beneficiaryId: string,
    @UuidParam('noteId') noteId: string,
    @Body() edit: CaseNoteInput,
  ): Promise<CaseNoteDto> {
    const isAdmin = org.role === MemberRole.Admin;
    return this.casework.editNote(org.orgId, beneficiaryId, noteId, edit, org.actor, isAdmin);
  }

  @Post('follow-ups')
  @OrgRoute(Access.Write)
  @Idempotent()
  @ApiOperation({ summary: 'Add a follow-up with a due date, assigned to a member; audited' })
  @ApiCreatedResponse({ type: FollowUpDto })
  @ApiConflictResponse({ description: erased })
  addFollowUp(
    @Org() org: OrgContext,
    @UuidParam('beneficiaryId') beneficiaryId: string,
    @Body() followUp: FollowUpInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<FollowUpDto> {
    return this.casework.addFollowUp(org.orgId, beneficiaryId, followUp, org.actor, claim);
  }

  @Get('follow-ups')
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'The person’s follow-ups, open and done, soonest due first; the read is audited' })
  @ApiOkResponse({ type: [FollowUpDto] })
  followUps(
    @Org() org: OrgContext,
    @UuidParam('beneficiaryId') beneficiaryId: string,
  ): Promise<FollowUpDto[]> {
    return this.casework.followUps(org.orgId, beneficiaryId, org.actor);
  }

  @Patch('follow-ups/:followUpId')
  @OrgRoute(Access.Write)
  @ApiOperation({
    summary: 'Change a follow-up’s text, due date or assignee, or mark it done (or open again)',
  })
  @ApiOkResponse({ type: FollowUpDto })
  @ApiConflictResponse({ description: erased })
  updateFollowUp(
    @Org() org: OrgContext,
    @UuidParam('beneficiaryId') beneficiaryId: string,
    @UuidParam('followUpId') followUpId: string,
    @Body() patch: FollowUpPatchInput,
  ): Promise<FollowUpDto> {
    return this.casework.updateFollowUp(org.orgId, beneficiaryId, followUpId, patch, org.actor);
  }
}

/** The follow-ups assigned to the signed-in member. */
@ApiTags('beneficiaries')
@Controller('orgs/:orgId/me/follow-ups')
export class MyFollowUpsController {
  constructor(private readonly casework: CaseworkService) {}

  @Get()
  @OrgRoute(Access.Read)
  @ApiOperation({
    summary:
      'My open follow-ups in this organisation, soonest due first, with whose they are; a page is audited as one read',
  })
  @ApiOkResponse({ type: AssignedFollowUpPageDto })
  mine(@Org() org: OrgContext, @Query() query: AssignedFollowUpsQuery): Promise<AssignedFollowUpPageDto> {
    if (org.actor.kind !== 'user' || org.actor.id === null)
      throw new DomainError(ErrorCode.Forbidden, message('casework.signInForFollowUps'));
    return this.casework.assignedTo(org.orgId, org.actor.id, query, org.actor, seesNames(org));
  }
}
