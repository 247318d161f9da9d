import { isValidInn, isValidOgrn } from './registry-numbers.js';

describe('isValidInn', () => {
  it.each(['7707083893', '7728168971', '500100732259'])('accepts %s', (inn) => {
    expect(isValidInn(inn)).toBe(true);
  });

  it.each([
    ['7707083894', 'a wrong check digit'],
    ['500100732258', 'a wrong second check digit of a 12-digit number'],
    ['77070838', 'too few digits'],
    ['77070838931', 'eleven digits'],
    ['77070838a3', 'a letter'],
  ])('rejects %s (%s)', (inn) => {
    expect(isValidInn(inn)).toBe(false);
  });
});

describe('isValidOgrn', () => {
  it.each(['1027700132195', '1027700070518', '304500116000157'])('accepts %s', (ogrn) => {
    expect(isValidOgrn(ogrn)).toBe(true);
  });

  it.each(['1027700132196', '304500116000158', '102770013219', '10277001321955'])('rejects %s', (ogrn) => {
    expect(isValidOgrn(ogrn)).toBe(false);
  });
});
