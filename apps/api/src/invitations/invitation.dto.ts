import { IsAcceptablePassword, passwordMaxLength, passwordMinLength } from '@careledger/accounts';
import { MemberRole } from '@careledger/organisations';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { TokensDto } from '../auth/auth.dto.js';

const invitedRoles = ['admin', 'staff', 'viewer', 'authority', 'platform_admin'];

/** The answer to an invitation: the same whether or not the email has an account or already belongs. */
export class InvitationReceiptDto {
  @ApiProperty({ format: 'uuid' }) invitationId: string;
  @ApiProperty({ description: 'lower-cased' }) email: string;
  @ApiProperty({ enum: invitedRoles }) role: string;
  @ApiProperty({ type: [String], required: false, description: 'an authority’s regions' })
  regionCodes?: string[];
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class OrganisationInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MemberRole }) role: MemberRole;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) invitedBy: string | null;
  @ApiProperty({ format: 'date-time' }) invitedAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class OrganisationInvitationPageDto {
  @ApiProperty({ type: [OrganisationInvitationDto] }) items: OrganisationInvitationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class InvitingOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class InviteeInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    type: InvitingOrganisationDto,
    nullable: true,
    description: 'null for an invitation to a platform role',
  })
  organisation: InvitingOrganisationDto | null;
  @ApiProperty({ enum: invitedRoles }) role: string;
  @ApiProperty({ type: [String], required: false, description: 'an authority’s regions' })
  regionCodes?: string[];
  @ApiProperty({ format: 'date-time' }) invitedAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class InviteeInvitationPageDto {
  @ApiProperty({ type: [InviteeInvitationDto] }) items: InviteeInvitationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class AcceptedInvitationDto {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'the organisation joined; null for a platform role',
  })
  organisationId: string | null;
  @ApiProperty({ enum: invitedRoles, description: 'the role now held' }) role: string;
  @ApiProperty({ type: [String], required: false, description: 'an authority’s regions, all of them' })
  regionCodes?: string[];
}

/** Someone without an account, holding the link an invitation mailed them. */
export class NewcomerInput {
  @ApiProperty({ description: 'the `token` of the mailed link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({ example: 'Анна Петрова', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName: string;

  @ApiProperty({
    minLength: passwordMinLength,
    maxLength: passwordMaxLength,
    description: 'not a common password, nor one built from the name',
  })
  @IsAcceptablePassword(['fullName'])
  password: string;
}

export class NewcomerSessionDto extends TokensDto {
  @ApiProperty({ type: AcceptedInvitationDto }) accepted: AcceptedInvitationDto;
}
