import { IsAcceptablePassword, passwordMaxLength, passwordMinLength } from '@careledger/accounts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class PasswordChangeInput {
  @ApiProperty({ maxLength: passwordMaxLength })
  @IsString()
  @IsNotEmpty()
  @MaxLength(passwordMaxLength)
  currentPassword: string;

  @ApiProperty({
    minLength: passwordMinLength,
    maxLength: passwordMaxLength,
    description: 'not a common password, nor one built from the account’s email or name',
  })
  @IsAcceptablePassword()
  newPassword: string;
}
