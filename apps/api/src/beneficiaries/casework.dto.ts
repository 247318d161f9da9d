import { IfPresent, MultiLine, PageQuery } from '@careledger/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { FollowUpDto, IsCalendarDate, IsPastTime } from './beneficiary.dto.js';

/** Present (not undefined) values are checked, and null is not allowed. */

export class CaseNoteInput {
  @ApiProperty({
    example: 'Позвонила мама: мазь заканчивается, нужна выдача на следующей неделе',
    maxLength: 10000,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  @Matches(/\S/, { message: 'must not be blank' })
  @MultiLine()
  text: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-11-27T15:30:00+03:00',
    description: 'when what the note tells happened; now when absent, kept on an edit when absent',
  })
  @IfPresent()
  @IsPastTime()
  notedAt?: string;
}

export class FollowUpInput {
  @ApiProperty({ example: 'Перезвонить маме и договориться о визите', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @Matches(/\S/, { message: 'must not be blank' })
  @MultiLine()
  text: string;

  @ApiProperty({ format: 'date', example: '2026-12-01' })
  @IsCalendarDate()
  dueOn: string;

  @ApiProperty({ format: 'uuid', description: 'a member of the organisation (user id)' })
  @IsUUID()
  assigneeId: string;
}

/** A partial change: absent fields stay as they are. */
export class FollowUpPatchInput {
  @ApiPropertyOptional({ maxLength: 1000 })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @Matches(/\S/, { message: 'must not be blank' })
  @MultiLine()
  text?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IfPresent()
  @IsCalendarDate()
  dueOn?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IfPresent()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ description: 'true marks it done (now), false opens it again' })
  @IfPresent()
  @IsBoolean()
  done?: boolean;
}

export class AssignedFollowUpsQuery extends PageQuery {}

/** An open follow-up of the caller's, with whose it is. */
export class AssignedFollowUpDto extends FollowUpDto {
  @ApiProperty({ example: 'П-000001' }) beneficiaryCode: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'admins, staff and API keys only (absent for viewers)',
  })
  fullName?: string | null;
}

export class AssignedFollowUpPageDto {
  @ApiProperty({ type: [AssignedFollowUpDto] }) items: AssignedFollowUpDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
