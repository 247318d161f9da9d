import { DomainError, ErrorCode } from '@careledger/common';
import { HttpException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { toProblem } from './problem.js';

describe('toProblem', () => {
  it('says a validation error in the caller’s language, detail and each field', () => {
    const error = DomainError.invalid('year', 'must not be greater than 2100');
    expect(toProblem(error, 'ru').body).toEqual({
      type: 'https://careledger.example/problems/validation',
      title: 'Некорректный запрос',
      status: 400,
      detail: 'year: должно быть не больше 2100',
      errors: [{ field: 'year', message: 'должно быть не больше 2100' }],
    });
    expect(toProblem(error, 'en').body.detail).toBe('year: must not be greater than 2100');
  });

  it('says the throttler’s 429 as a sentence, in either language', () => {
    expect(toProblem(new ThrottlerException(), 'en').body).toMatchObject({
      status: 429,
      title: 'Too many requests',
      detail: 'too many requests from this address, try again after Retry-After seconds',
    });
    expect(toProblem(new ThrottlerException(), 'ru').body).toMatchObject({
      title: 'Слишком много запросов',
      detail: 'слишком много запросов с этого адреса, повторите через Retry-After секунд',
    });
  });

  it('says Fastify’s malformed JSON from the catalogue, and leaves text it does not hold as it is', () => {
    const malformed = Object.assign(new Error('Body is not valid JSON'), {
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      statusCode: 400,
    });
    const wrapped = new HttpException(malformed.message, 400, { cause: malformed });
    expect(toProblem(wrapped, 'ru').body.detail).toBe('тело запроса — не корректный JSON');
    const unheld = new DomainError(ErrorCode.Conflict, 'a sentence the catalogue does not hold');
    expect(toProblem(unheld, 'ru').body.detail).toBe('a sentence the catalogue does not hold');
  });
});
