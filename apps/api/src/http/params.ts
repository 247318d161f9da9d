import { DomainError } from '@careledger/common';
import { isValidInn, isValidOgrn } from '@careledger/organisations';
import { knownRegionCodes } from '@careledger/regions';
import { Param, ParseIntPipe, ParseUUIDPipe } from '@nestjs/common';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** A UUID path parameter; anything else is 400 naming the parameter. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({ exceptionFactory: () => DomainError.invalid(name, 'must be a UUID') }),
  );
}

/** A calendar year path parameter between 2000 and 2100. */
export function YearParam(name = 'year'): ParameterDecorator {
  return Param(
    name,
    new ParseIntPipe({ exceptionFactory: () => DomainError.invalid(name, 'must be a year') }),
    {
      transform(value: number) {
        if (value < 2000 || value > 2100) throw DomainError.invalid(name, 'must be between 2000 and 2100');
        return value;
      },
    },
  );
}

function checksum(name: string, check: (value: string) => boolean, message: string) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target, propertyName) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: String(propertyName),
        options: { message, ...options },
        validator: { validate: (value: unknown) => typeof value === 'string' && check(value) },
      });
}

export const IsInn = checksum(
  'isInn',
  isValidInn,
  'must be a valid INN: 10 or 12 digits with correct check digits',
);
export const IsOgrn = checksum(
  'isOgrn',
  isValidOgrn,
  'must be a valid OGRN: 13 (or 15) digits with a correct check digit',
);

function unknownRegionCodes(value: unknown): string {
  const codes = Array.isArray(value) ? value : [value];
  return codes.filter((code) => !knownRegionCodes.has(String(code))).join(', ');
}

/** A region code of the reference data; the message names the code, also for one element of an array. */
export function IsKnownRegion(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isKnownRegion',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ value }) => `is not a known region code (${unknownRegionCodes(value)})`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && knownRegionCodes.has(value) },
    });
}

/**
 * A finite number with at most `places` decimals. class-validator's `maxDecimalPlaces` throws on numbers
 * JavaScript writes in exponent form (1e-7), which answered 500 (found by the fuzzing suite).
 */
export function IsNumberWithPlaces(places: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNumberWithPlaces',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `must be a number with at most ${places} decimal places`, ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
      },
    });
}
