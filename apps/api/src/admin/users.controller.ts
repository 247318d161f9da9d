import { PlatformRoleName } from '@careledger/accounts';
import { PlatformRolesService, PlatformRoute } from '@careledger/auth';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';
import { PlatformRoleDto } from '../auth/auth.dto.js';

export class UserLookupQuery {
  @ApiProperty({ description: 'the whole address, in any case', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class PlatformUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: [PlatformRoleDto] }) platformRoles: PlatformRoleDto[];
}

export class PlatformUserListDto {
  @ApiProperty({ type: [PlatformUserDto], description: 'the account with this email, or none' })
  items: PlatformUserDto[];
  @ApiProperty({ nullable: true, type: String, description: 'always null: an email names one account' })
  nextCursor: string | null;
}

@ApiTags('platform')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly platformRoles: PlatformRolesService) {}

  @Get()
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({ summary: 'Find an account by email, with its platform roles (an empty list when none)' })
  @ApiOkResponse({ type: PlatformUserListDto })
  async find(@Query() query: UserLookupQuery): Promise<PlatformUserListDto> {
    return { items: await this.platformRoles.findUsers(query.email), nextCursor: null };
  }
}
