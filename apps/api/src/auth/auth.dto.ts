import { IsAcceptablePassword, passwordMaxLength, passwordMinLength } from '@careledger/accounts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { OrganisationInput } from '../orgs/organisation.dto.js';

export class RegisterInput {
  @ApiProperty({ example: 'director@dobrye-ruki.example', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({
    minLength: passwordMinLength,
    maxLength: passwordMaxLength,
    description: 'not a common password, nor one built from the email or name',
  })
  @IsAcceptablePassword()
  password: string;

  @ApiProperty({ example: 'Ольга Смирнова', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName: string;

  @ApiProperty({ type: OrganisationInput })
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationInput)
  organisation: OrganisationInput;
}

export class VerifyEmailInput {
  @ApiProperty({ description: 'the token of the mailed verification link', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}

export class EmailInput {
  @ApiProperty({ maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class PasswordResetConfirmInput {
  @ApiProperty({ description: 'the token of the mailed reset link', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({
    minLength: passwordMinLength,
    maxLength: passwordMaxLength,
    description: 'not a common password',
  })
  @IsAcceptablePassword()
  newPassword: string;
}

export class LoginInput {
  @ApiProperty({ maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ maxLength: passwordMaxLength })
  @IsString()
  @IsNotEmpty()
  @MaxLength(passwordMaxLength)
  password: string;
}

export class RefreshInput {
  @ApiPropertyOptional({
    description:
      'required, unless the request carries X-CareLedger-Client: web (the web app): its token is the careledger_refresh cookie',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken?: string;
}

export class TokensDto {
  @ApiProperty() accessToken: string;
  @ApiPropertyOptional({
    description:
      'left out for the web app (X-CareLedger-Client: web), whose refresh token is set as the httpOnly careledger_refresh cookie instead',
  })
  refreshToken?: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ description: 'seconds the access token is valid' }) expiresIn: number;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** The answer to a registration or a new verification link, the same whether or not the email has an account. */
export class VerificationSentDto {
  @ApiProperty({ enum: ['verification_sent'] }) status: 'verification_sent';
}

/** The answer to a password reset request, the same whether or not the email has an account. */
export class ResetSentDto {
  @ApiProperty({ enum: ['reset_sent'] }) status: 'reset_sent';
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ enum: ['admin', 'staff', 'viewer'] }) role: string;
}

export class PlatformRoleDto {
  @ApiProperty({ enum: ['platform_admin', 'authority'] }) role: string;
  @ApiProperty({ type: [String], required: false }) regionCodes?: string[];
}

export class MeDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
  @ApiProperty({ type: [MembershipDto] }) memberships: MembershipDto[];
  @ApiProperty({ type: [PlatformRoleDto] }) platformRoles: PlatformRoleDto[];
}
