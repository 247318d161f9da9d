import { IsAcceptablePassword, passwordMaxLength, passwordMinLength } from '@careledger/accounts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { OrganisationDto, OrganisationInput } from '../orgs/organisation.dto.js';

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
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

export class TokensDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ description: 'seconds the access token is valid' }) expiresIn: number;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RegistrationDto extends TokensDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
  @ApiProperty({ type: OrganisationDto }) organisation: OrganisationDto;
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
