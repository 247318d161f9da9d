import { PlatformRoleName } from '@careledger/accounts';
import { AccountStatus, CurrentUserId, PlatformRoute, SessionsService } from '@careledger/auth';
import { Body, Controller, Patch } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { UuidParam } from '../http/params.js';

export class AccountStatusInput {
  @ApiProperty({
    enum: AccountStatus,
    description: 'suspended ends every session at once and refuses login and refresh until reinstated',
  })
  @IsEnum(AccountStatus)
  status: AccountStatus;
}

export class AccountStatusDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: AccountStatus }) status: AccountStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) suspendedAt: string | null;
}

@ApiTags('platform')
@Controller('admin/users')
export class AdminUserStatusController {
  constructor(private readonly sessions: SessionsService) {}

  @Patch(':id')
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({ summary: 'Suspend or reinstate a user account' })
  @ApiOkResponse({ type: AccountStatusDto })
  @ApiNotFoundResponse({ description: 'no such user' })
  setStatus(
    @UuidParam('id') id: string,
    @Body() input: AccountStatusInput,
    @CurrentUserId() adminId: string,
  ): Promise<AccountStatusDto> {
    return this.sessions.setStatus(id, input.status, adminId);
  }
}
