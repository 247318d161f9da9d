import { ApiProperty } from '@nestjs/swagger';

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

export class ReadinessChecksDto {
  @ApiProperty({ enum: ['up'] }) database: 'up';
  @ApiProperty({ enum: ['up'] }) redis: 'up';
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ type: ReadinessChecksDto }) checks: ReadinessChecksDto;
}
