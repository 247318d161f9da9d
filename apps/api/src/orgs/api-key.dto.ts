import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class NewApiKeyInput {
  @ApiProperty({ example: '1C integration', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastUsedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'the key to send as X-Api-Key; shown this once only: a replay (same Idempotency-Key) answers null, revoke that key and create another',
  })
  key: string | null;
}

export class ApiKeyPageDto {
  @ApiProperty({ type: [ApiKeyDto] }) items: ApiKeyDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
