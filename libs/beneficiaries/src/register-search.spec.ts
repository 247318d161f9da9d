import { parseRegisterSearch, phoneDigits } from './register-search.js';

describe('parseRegisterSearch', () => {
  it('splits a name into words where the database splits names', () => {
    expect(parseRegisterSearch('  Ёлкин   Алексей-Петрович ').words).toEqual([
      'Ёлкин',
      'Алексей',
      'Петрович',
    ]);
    expect(parseRegisterSearch('%_').words).toEqual([]);
  });

  it('takes digits with +, spaces, brackets and dashes as a phone number from five digits on', () => {
    expect(parseRegisterSearch('+7 (900) 111-22-33').phoneDigits).toBe('9001112233');
    expect(parseRegisterSearch('111-22').phoneDigits).toBe('11122');
    expect(parseRegisterSearch('1234').phoneDigits).toBeUndefined();
    expect(parseRegisterSearch('П-000123').phoneDigits).toBeUndefined();
  });

  it('reads a real date written either way as a birth date', () => {
    expect(parseRegisterSearch('23.04.2015').birthDate).toBe('2015-04-23');
    expect(parseRegisterSearch('2015-04-23').birthDate).toBe('2015-04-23');
    expect(parseRegisterSearch('30.02.2015').birthDate).toBeUndefined();
    expect(parseRegisterSearch('Мария').birthDate).toBeUndefined();
  });
});

describe('phoneDigits', () => {
  it.each([
    ['+7 900 111-22-33', '9001112233'],
    ['8 (900) 111-22-33', '9001112233'],
    ['89001112233', '9001112233'],
    ['79001112233', '9001112233'],
    ['+7 900', '900'],
    ['8 900 11', '90011'],
    ['812 555', '812555'],
    ['+375 29 123 45 67', '375291234567'],
  ])('reads %s as %s', (text, digits) => {
    expect(phoneDigits(text)).toBe(digits);
  });
});
