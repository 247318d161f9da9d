import { AuditLog } from '@careledger/audit';
import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { PageQuery } from '@careledger/common';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() entityId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ example: 'member.added' }) @IsOptional() @IsString() @MaxLength(100) action?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) seq: number;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ enum: ['user', 'api_key', 'system'] }) actorKind: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ example: 'member.added' }) action: string;
  @ApiProperty() entityType: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) entityId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
  @ApiProperty() hash: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class BrokenRowDto {
  @ApiProperty() seq: number;
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class ChainVerificationDto {
  @ApiProperty() valid: boolean;
  @ApiProperty({ description: 'rows in the log' }) rows: number;
  @ApiPropertyOptional({ type: BrokenRowDto }) firstBrokenRow?: BrokenRowDto;
}

@ApiTags('audit')
@Controller('orgs/:orgId/audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'The audit log, newest first' })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Org() org: OrgContext, @Query() query: AuditQuery): Promise<AuditPageDto> {
    return this.audit.browse(org.orgId, query);
  }

  @Get('verify')
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Recompute the hash chain; names the first broken row' })
  @ApiOkResponse({ type: ChainVerificationDto })
  verify(@Org() org: OrgContext): Promise<ChainVerificationDto> {
    return this.audit.verifyChain(org.orgId);
  }
}
