import { DomainError, message } from '@careledger/common';
import { isValidInn, isValidOgrn } from '@careledger/organisations';
import { knownRegionCodes } from '@careledger/regions';
import { Param, ParseIntPipe, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam, ApiParamOptions } from '@nestjs/swagger';
import { registerDecorator, ValidationOptions } from 'class-validator';

function parseUuidParam(name: string): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({ exceptionFactory: () => DomainError.invalid(name, message('field.uuid')) }),
  );
}

function parseYearParam(name: string): ParameterDecorator {
  return Param(
    name,
    new ParseIntPipe({ exceptionFactory: () => DomainError.invalid(name, message('field.year')) }),
    {
      transform(value: number) {
        if (value < 2000 || value > 2100)
          throw DomainError.invalid(name, message('field.yearRange', { from: 2000, to: 2100 }));
        return value;
      },
    },
  );
}

/** A path parameter that the OpenAPI document describes too, with the type its pipe enforces. */
function documentedParam(options: ApiParamOptions, param: ParameterDecorator): ParameterDecorator {
  return (target, method, index) => {
    param(target, method, index);
    const descriptor = method === undefined ? undefined : Object.getOwnPropertyDescriptor(target, method);
    if (descriptor) ApiParam({ required: true, ...options })(target, method!, descriptor);
  };
}

/** A UUID path parameter; anything else is 400 naming the parameter. */
export function UuidParam(name: string): ParameterDecorator {
  return documentedParam({ name, type: String, format: 'uuid' }, parseUuidParam(name));
}

/** A calendar year path parameter between 2000 and 2100. */
export function YearParam(name = 'year'): ParameterDecorator {
  return documentedParam(
    { name, schema: { type: 'integer', minimum: 2000, maximum: 2100, example: 2026 } },
    parseYearParam(name),
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

export const IsInn = checksum('isInn', isValidInn, message('field.inn'));
export const IsOgrn = checksum('isOgrn', isValidOgrn, message('field.ogrn'));

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
        message: ({ value }) => message('field.region', { codes: unknownRegionCodes(value) }),
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
      options: { message: message('field.numberPlaces', { places }), ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
      },
    });
}
