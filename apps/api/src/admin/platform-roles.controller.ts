import { PlatformRoleName } from '@careledger/accounts';
import { CurrentUserId, PlatformRolesService, PlatformRoute } from '@careledger/auth';
import { DomainError, PageQuery } from '@careledger/common';
import { mailLanguageOf } from '@careledger/mail';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEmail, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { IsKnownRegion, UuidParam } from '../http/params.js';
import { InvitationReceiptDto } from '../invitations/invitation.dto.js';

export class PlatformRoleInput {
  @ApiProperty({ enum: PlatformRoleName })
  @IsEnum(PlatformRoleName)
  role: PlatformRoleName;

  @ApiPropertyOptional({ type: [String], example: ['48'], description: 'required for authority' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsKnownRegion({ each: true })
  regionCodes?: string[];
}

export class PlatformRoleInvitationInput extends PlatformRoleInput {
  @ApiProperty({ example: 'official@admlip.example', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class PlatformRoleHolderDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: PlatformRoleName }) role: PlatformRoleName;
  @ApiProperty({ type: [String], required: false, description: 'an authority’s regions' })
  regionCodes?: string[];
  @ApiProperty({ format: 'date-time' }) grantedAt: string;
}

export class PlatformRoleHolderPageDto {
  @ApiProperty({ type: [PlatformRoleHolderDto] }) items: PlatformRoleHolderDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

@ApiTags('platform')
@Controller('admin/users/:userId/platform-roles')
export class PlatformRolesController {
  constructor(private readonly platformRoles: PlatformRolesService) {}

  @Post()
  @HttpCode(204)
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({ summary: 'Grant a platform role (authority with its regions)' })
  @ApiNoContentResponse({ description: 'granted' })
  @ApiNotFoundResponse({ description: 'no such user' })
  grant(
    @UuidParam('userId') userId: string,
    @Body() input: PlatformRoleInput,
    @CurrentUserId() adminId: string,
  ): Promise<void> {
    return this.platformRoles.grant(userId, input.role, input.regionCodes, adminId);
  }

  @Delete(':role')
  @HttpCode(204)
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({ summary: 'Take a platform role away' })
  @ApiParam({ name: 'role', enum: PlatformRoleName })
  @ApiNoContentResponse({ description: 'taken away' })
  @ApiNotFoundResponse({ description: 'no such user' })
  revoke(
    @UuidParam('userId') userId: string,
    @Param('role') role: string,
    @CurrentUserId() adminId: string,
  ): Promise<void> {
    if (!Object.values<string>(PlatformRoleName).includes(role))
      throw DomainError.invalid('role', 'is not a platform role');
    return this.platformRoles.revoke(userId, role as PlatformRoleName, adminId);
  }
}

@ApiTags('platform')
@Controller('admin/platform-roles')
export class PlatformRoleHoldersController {
  constructor(private readonly platformRoles: PlatformRolesService) {}

  @Get()
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({ summary: 'Who holds platform roles, one item per role held' })
  @ApiOkResponse({ type: PlatformRoleHolderPageDto })
  list(@Query() query: PageQuery): Promise<PlatformRoleHolderPageDto> {
    return this.platformRoles.listHolders(query.limit, query.cursor);
  }

  @Post('invitations')
  @HttpCode(202)
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({
    summary: 'Invite someone to a platform role (authority with its regions); granted when they accept',
    description: 'Mails a one-time link. The answer is the same whether or not the email has an account.',
  })
  @ApiAcceptedResponse({ type: InvitationReceiptDto })
  invite(
    @Body() input: PlatformRoleInvitationInput,
    @CurrentUserId() adminId: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<InvitationReceiptDto> {
    return this.platformRoles.invite(
      input.email,
      input.role,
      input.regionCodes,
      adminId,
      mailLanguageOf(acceptLanguage),
    );
  }
}
