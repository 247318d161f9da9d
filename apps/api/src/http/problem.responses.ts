import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProblemBody } from './problem.js';

export class FieldErrorDto {
  @ApiProperty({
    example: 'organisation.regionCode',
    description: 'the input field, path or header at fault',
  })
  field: string;
  @ApiProperty({ example: 'is not a known region code (99)' }) message: string;
}

/** RFC 9457 problem details: the body of every error this api answers, as application/problem+json. */
export class ProblemDto implements ProblemBody {
  @ApiProperty({ example: 'https://careledger.example/problems/validation' }) type: string;
  @ApiProperty({ example: 'Bad request', description: 'in the language of Accept-Language (en, ru)' })
  title: string;
  @ApiProperty({ type: 'integer', example: 400 }) status: number;
  @ApiProperty({ example: 'organisation.regionCode: is not a known region code (99)' }) detail: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'each bad field of a 400' })
  errors?: FieldErrorDto[];
}
