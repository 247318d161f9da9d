import {
  BeneficiarySort,
  BeneficiaryStatus,
  ConsentScope,
  DiagnosisSystem,
  Sex,
  SortOrder,
} from '@careledger/beneficiaries';
import { IfPresent, isCalendarDate, MultiLine, PageQuery } from '@careledger/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  registerDecorator,
  ValidateNested,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { IsKnownRegion } from '../http/params.js';

const icd10Pattern = /^[A-Z][0-9]{2}(\.[0-9]{1,2})?$/;
const orphaPattern = /^[0-9]{1,7}$/;
const offsetTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
/** Clocks differ a little: a time this far ahead of the server still counts as now. */
const clockSkewMs = 5 * 60 * 1000;

/** Today somewhere on Earth: the latest calendar date that is not in the future for anyone (UTC+14). */
function latestToday(): string {
  return new Date(Date.now() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function validator(
  name: string,
  message: string,
  validate: (value: unknown, args: ValidationArguments) => boolean,
): (options?: ValidationOptions) => PropertyDecorator {
  return (options) => (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate },
    });
}

/** A `YYYY-MM-DD` date from 1900 up to today. */
const IsBirthDate = validator(
  'isBirthDate',
  'must be a date YYYY-MM-DD between 1900-01-01 and today',
  (value) => typeof value === 'string' && isCalendarDate(value, '1900-01-01', latestToday()),
);

/** A real calendar date `YYYY-MM-DD` from 1900 to 2099 (PostgreSQL has no year 0, and no plan reaches 2100). */
export const IsCalendarDate = validator(
  'isCalendarDate',
  'must be a date YYYY-MM-DD from 1900 to 2099',
  (value) => typeof value === 'string' && isCalendarDate(value),
);

/** An ISO 8601 time with offset, not in the future. */
export const IsPastTime = validator(
  'isPastTime',
  'must be an ISO 8601 time with offset, not in the future',
  (value) => {
    if (typeof value !== 'string' || !offsetTimePattern.test(value)) return false;
    // JavaScript reads 2026-02-30 as 2 March; PostgreSQL refuses it, so the date itself must be real.
    if (!isCalendarDate(value.slice(0, 10))) return false;
    const time = Date.parse(value);
    return (
      !Number.isNaN(time) && time <= Date.now() + clockSkewMs && time >= Date.parse('1900-01-01T00:00:00Z')
    );
  },
);

/** A code of the diagnosis' system: ICD-10 such as `Q81.2`, or an ORPHAcode's digits such as `79361`. */
const IsDiagnosisCode = validator(
  'isDiagnosisCode',
  'must be an ICD-10 code such as Q81.2 (system icd10) or ORPHAcode digits such as 79361 (system orpha)',
  (value, args) => {
    if (typeof value !== 'string') return false;
    const system = (args.object as { system?: unknown }).system;
    if (system === DiagnosisSystem.Icd10) return icd10Pattern.test(value);
    if (system === DiagnosisSystem.Orpha) return orphaPattern.test(value);
    return true; // the system itself is reported as wrong
  },
);

/** Present (not undefined) values are checked, and null is not allowed. */

export class ContactsInput {
  @ApiPropertyOptional({ example: '+7 900 123-45-67', maxLength: 30 })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()-]{5,30}$/, { message: 'must be a phone number: digits, spaces, +, (, ) and -' })
  phone?: string;

  @ApiPropertyOptional({ example: 'family@example.org', maxLength: 254 })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @MultiLine()
  address?: string;

  @ApiPropertyOptional({ description: 'the parent or legal guardian', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  guardianName?: string;
}

export class DiagnosisInput {
  @ApiProperty({ enum: DiagnosisSystem })
  @IsEnum(DiagnosisSystem)
  system: DiagnosisSystem;

  @ApiProperty({ example: 'Q81.2', description: 'ICD-10 code, or the digits of an ORPHAcode' })
  @IsString()
  @IsDiagnosisCode()
  code: string;
}

export class ConsentInput {
  @ApiProperty({ enum: ConsentScope })
  @IsEnum(ConsentScope)
  scope: ConsentScope;

  @ApiProperty({ format: 'date-time', example: '2026-03-01T10:00:00+03:00' })
  @IsPastTime()
  givenAt: string;
}

export class NewBeneficiaryInput {
  @ApiPropertyOptional({
    example: 'П-000123',
    maxLength: 40,
    description: 'the pseudonymous code shown on paper; generated (П-000001, ...) when absent',
  })
  // absent: a code is generated; null is no code at all, which a beneficiary cannot be without
  @IfPresent()
  @IsString()
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,39}$/u, {
    message:
      'must be 1–40 letters, digits, dots, dashes, underscores or slashes, starting with a letter or digit',
  })
  code?: string;

  @ApiProperty({ example: 'Мария Иванова', minLength: 1, maxLength: 300 })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, { message: 'must not be blank' })
  fullName: string;

  @ApiPropertyOptional({ format: 'date', example: '2015-04-23' })
  @IsOptional()
  @IsBirthDate()
  birthDate?: string;

  @ApiPropertyOptional({ enum: Sex })
  @IsOptional()
  @IsEnum(Sex)
  sex?: Sex;

  @ApiPropertyOptional({ example: '48', description: 'two-digit region (federal subject) code' })
  @IsOptional()
  @IsKnownRegion()
  regionCode?: string;

  @ApiPropertyOptional({ type: ContactsInput })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactsInput)
  contacts?: ContactsInput;

  @ApiPropertyOptional({ type: [DiagnosisInput], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true, message: 'must hold an object in each element' })
  @ValidateNested({ each: true })
  @Type(() => DiagnosisInput)
  diagnoses?: DiagnosisInput[];

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLine()
  notes?: string;

  @ApiPropertyOptional({ type: [ConsentInput], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true, message: 'must hold an object in each element' })
  @ValidateNested({ each: true })
  @Type(() => ConsentInput)
  consents?: ConsentInput[];

  @ApiPropertyOptional({
    description:
      'true registers the person although one with the same name (words in any order, ё as е, any case) and birth date is registered already; without it that is a 409 naming the code',
  })
  @IsOptional()
  @IsBoolean()
  confirmDistinct?: boolean;
}

/** A partial update: absent fields stay as they are; `null` clears birthDate, sex, regionCode or notes. */
export class BeneficiaryPatchInput {
  @ApiPropertyOptional({ minLength: 1, maxLength: 300 })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, { message: 'must not be blank' })
  fullName?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsBirthDate()
  birthDate?: string | null;

  @ApiPropertyOptional({ enum: Sex, nullable: true })
  @IsOptional()
  @IsEnum(Sex)
  sex?: Sex | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsKnownRegion()
  regionCode?: string | null;

  @ApiPropertyOptional({ type: ContactsInput, description: 'replaces the contacts as a whole' })
  @IfPresent()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactsInput)
  contacts?: ContactsInput;

  @ApiPropertyOptional({ type: [DiagnosisInput], maxItems: 50, description: 'replaces the list as a whole' })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true, message: 'must hold an object in each element' })
  @ValidateNested({ each: true })
  @Type(() => DiagnosisInput)
  diagnoses?: DiagnosisInput[];

  @ApiPropertyOptional({ maxLength: 5000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLine()
  notes?: string | null;

  @ApiPropertyOptional({
    enum: [BeneficiaryStatus.Active, BeneficiaryStatus.Inactive],
    description: 'erasure is DELETE, not a status',
  })
  @IfPresent()
  @IsIn([BeneficiaryStatus.Active, BeneficiaryStatus.Inactive])
  status?: BeneficiaryStatus.Active | BeneficiaryStatus.Inactive;

  @ApiPropertyOptional({
    description:
      'true keeps a new name or birth date although another registered person has the same name (words in any order, ё as е, any case) and birth date; without it that is a 409 naming their code',
  })
  @IsOptional()
  @IsBoolean()
  confirmDistinct?: boolean;
}

export class BeneficiaryQuery extends PageQuery {
  @ApiPropertyOptional({
    description:
      'finds a person whose name holds every word in any order (case and ё/е ignored), whose code holds the text, whose phone holds the digits (+7 or 8 ignored), or whose birth date it is (23.04.2015 or 2015-04-23); audited',
    maxLength: 300,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, { message: 'must not be blank' })
  q?: string;

  @ApiPropertyOptional({ enum: BeneficiaryStatus })
  @IsOptional()
  @IsEnum(BeneficiaryStatus)
  status?: BeneficiaryStatus;

  @ApiPropertyOptional({
    enum: BeneficiarySort,
    default: BeneficiarySort.Code,
    description:
      'name (erased people, who have none, first), code, registeredAt, or lastCare (the latest care not voided; never cared for first); ties by id',
  })
  @IsOptional()
  @IsEnum(BeneficiarySort)
  sort?: BeneficiarySort;

  @ApiPropertyOptional({ enum: SortOrder, default: SortOrder.Asc })
  @IsOptional()
  @IsEnum(SortOrder)
  order?: SortOrder;
}

export class ContactsDto {
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() guardianName?: string;
}

export class DiagnosisDto {
  @ApiProperty({ enum: DiagnosisSystem }) system: DiagnosisSystem;
  @ApiProperty({ example: 'Q81.2' }) code: string;
}

export class ConsentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ConsentScope }) scope: ConsentScope;
  @ApiProperty({ format: 'date-time' }) givenAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) withdrawnAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** The pseudonymous record. */
export class BeneficiarySummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'П-000001' }) code: string;
  @ApiProperty({ enum: BeneficiaryStatus }) status: BeneficiaryStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A list row: pseudonymous, with the name and birth date for those who may read personal data. */
export class RegisterItemDto extends BeneficiarySummaryDto {
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'the latest care not voided',
  })
  lastCareAt: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'admins, staff and API keys only (absent for viewers); null once erased',
  })
  fullName?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    description: 'admins, staff and API keys only (absent for viewers)',
  })
  birthDate?: string | null;
}

export class BeneficiaryPageDto {
  @ApiProperty({ type: [RegisterItemDto] }) items: RegisterItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class PersonalDataDto {
  @ApiProperty() fullName: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) birthDate: string | null;
  @ApiProperty({ enum: Sex, nullable: true }) sex: Sex | null;
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ type: ContactsDto }) contacts: ContactsDto;
  @ApiProperty({ type: [DiagnosisDto] }) diagnoses: DiagnosisDto[];
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** The full record; after erasure every personal field is null (contacts and diagnoses empty). */
export class BeneficiaryDto extends BeneficiarySummaryDto {
  @ApiProperty({ nullable: true, type: String }) fullName: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) birthDate: string | null;
  @ApiProperty({ enum: Sex, nullable: true }) sex: Sex | null;
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ type: ContactsDto }) contacts: ContactsDto;
  @ApiProperty({ type: [DiagnosisDto] }) diagnoses: DiagnosisDto[];
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ type: [ConsentDto], description: 'the whole history, withdrawn consents included' })
  consents: ConsentDto[];
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) erasedAt: string | null;
}

export class ExportedBeneficiaryDto extends BeneficiarySummaryDto {
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) erasedAt: string | null;
}

export class ExportedCareLineDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() lineNo: number;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() itemSku: string;
  @ApiProperty() itemName: string;
  @ApiProperty() unit: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unitCostKopecks: number;
  @ApiProperty() costKopecks: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) fundingSourceId: string | null;
}

export class ExportedCareEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty() kind: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) reversesEventId: string | null;
  @ApiProperty({ nullable: true, type: String }) voidReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [ExportedCareLineDto] }) lines: ExportedCareLineDto[];
}

export class ExportedNeedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() itemName: string;
  @ApiProperty() unit: string;
  @ApiProperty() quantityPerMonth: number;
  @ApiProperty({ format: 'date' }) validFrom: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) validTo: string | null;
}

export class AuthorDto {
  @ApiProperty({ enum: ['user', 'api_key'] }) kind: string;
  @ApiProperty({ format: 'uuid', description: 'the user or API key' }) id: string;
}

export class CaseNoteVersionDto {
  @ApiProperty({ minimum: 1 }) version: number;
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date-time' }) notedAt: string;
  @ApiProperty({ type: AuthorDto }) writtenBy: AuthorDto;
  @ApiProperty({ format: 'date-time' }) writtenAt: string;
}

export class CaseNoteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) beneficiaryId: string;
  @ApiProperty({ format: 'date-time', description: 'when what the note tells happened' }) notedAt: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: AuthorDto, description: 'who wrote the first version' }) author: AuthorDto;
  @ApiProperty({ minimum: 1, description: '1, and one more for each edit' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: [CaseNoteVersionDto], description: 'the texts the note held before, oldest first' })
  previousVersions: CaseNoteVersionDto[];
}

export class FollowUpDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) beneficiaryId: string;
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ format: 'uuid', description: 'the member (user) who is to do it' }) assigneeId: string;
  @ApiProperty({ type: AuthorDto }) createdBy: AuthorDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) doneAt: string | null;
}

/** Subject access request: everything held about the person. */
export class BeneficiaryExportDto {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: ExportedBeneficiaryDto }) beneficiary: ExportedBeneficiaryDto;
  @ApiProperty({ type: PersonalDataDto, nullable: true, description: 'null once erased' })
  personalData: PersonalDataDto | null;
  @ApiProperty({ type: [ConsentDto] }) consents: ConsentDto[];
  @ApiProperty({ type: [ExportedCareEventDto] }) careEvents: ExportedCareEventDto[];
  @ApiProperty({ type: [ExportedNeedDto] }) needs: ExportedNeedDto[];
  @ApiProperty({ type: [CaseNoteDto], description: 'newest first, each with its earlier texts' })
  caseNotes: CaseNoteDto[];
  @ApiProperty({ type: [FollowUpDto] }) followUps: FollowUpDto[];
}
