/**
 * Checksums of the Russian taxpayer number (ИНН) and state registration number (ОГРН / ОГРНИП), as
 * the Federal Tax Service defines them.
 */

function digits(value: string): number[] {
  return [...value].map(Number);
}

function weightedCheck(values: number[], weights: number[]): number {
  const sum = weights.reduce((total, weight, i) => total + weight * values[i], 0);
  return (sum % 11) % 10;
}

/** ИНН: 10 digits for an organisation, 12 for a person or sole trader. */
export function isValidInn(value: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(value)) return false;
  const d = digits(value);
  if (d.length === 10) return weightedCheck(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  return (
    weightedCheck(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] &&
    weightedCheck(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11]
  );
}

/** ОГРН (13 digits, modulus 11) or ОГРНИП (15 digits, modulus 13); the last digit is the check. */
export function isValidOgrn(value: string): boolean {
  if (!/^\d{13}$|^\d{15}$/.test(value)) return false;
  const body = BigInt(value.slice(0, -1));
  const modulus = value.length === 13 ? 11n : 13n;
  return Number((body % modulus) % 10n) === Number(value.at(-1));
}
