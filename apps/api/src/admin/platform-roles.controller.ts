import { PlatformRoleName } from '@careledger/accounts';
import { CurrentPrincipal, PlatformRolesService, PlatformRoute } from '@careledger/auth';
import type { Principal } from '@careledger/auth';
import { DomainError } from '@careledger/common';
import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional } from 'class-validator';
import { IsKnownRegion, UuidParam } from '../http/params.js';

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

function userIdOf(principal: Principal): string {
  return principal.kind === 'user' ? principal.userId : '';
}

@ApiTags('platform')
@Controller('admin/users/:userId/platform-roles')
export class PlatformRolesController {
  constructor(private readonly platformRoles: PlatformRolesService) {}

  @Post()
  @HttpCode(204)
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({ summary: 'Grant a platform role (authority with its regions)' })
  grant(
    @UuidParam('userId') userId: string,
    @Body() input: PlatformRoleInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.platformRoles.grant(userId, input.role, input.regionCodes, userIdOf(principal));
  }

  @Delete(':role')
  @HttpCode(204)
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({ summary: 'Take a platform role away' })
  revoke(
    @UuidParam('userId') userId: string,
    @Param('role') role: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    if (!Object.values<string>(PlatformRoleName).includes(role))
      throw DomainError.invalid('role', 'is not a platform role');
    return this.platformRoles.revoke(userId, role as PlatformRoleName, userIdOf(principal));
  }
}
