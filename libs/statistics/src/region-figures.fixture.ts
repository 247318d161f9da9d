import { categoryUnitValue, Dimension, GroupRow, RegionFigures } from './region-set.js';

/**
 * A region's ledger in memory, for tests and the bench: one line per care line. `regionFigures`
 * aggregates it the way RegionSetService's queries aggregate the rollups (per beneficiary first, then
 * per organisation and for the region), so the pure set can be checked against the ledger it came from.
 */
export interface FixtureLine {
  organisation: string;
  beneficiary: string;
  /** whole number in [0, 2^32) */
  recordKey: number;
  event: string;
  month: string;
  category: string;
  fundingKind: string;
  unit: string;
  quantity: number;
  spend: number;
}

const valueOf: Record<Dimension | 'year', (line: FixtureLine) => string | null> = {
  year: () => null,
  month: (line) => line.month,
  category: (line) => line.category,
  fundingKind: (line) => line.fundingKind,
  categoryUnit: (line) => categoryUnitValue(line.category, line.unit),
};

export function regionFigures(
  organisations: readonly string[],
  lines: readonly FixtureLine[],
): RegionFigures {
  const people: GroupRow[] = [];
  for (const breakdown of ['year', 'month', 'category', 'fundingKind', 'categoryUnit'] as const) {
    people.push(...groups(lines, breakdown, false));
  }
  return {
    organisations,
    people,
    events: [...groups(lines, 'year', true), ...groups(lines, 'month', true)],
  };
}

interface Person {
  organisation: string;
  value: string | null;
  recordKey: number;
  spend: number;
  quantity: number;
  events: Set<string>;
}

function groups(lines: readonly FixtureLine[], breakdown: Dimension | 'year', events: boolean): GroupRow[] {
  const persons = new Map<string, Person>();
  for (const line of lines) {
    const value = valueOf[breakdown](line);
    const key = `${line.organisation}|${value}|${line.beneficiary}`;
    const person = persons.get(key) ?? {
      organisation: line.organisation,
      value,
      recordKey: line.recordKey,
      spend: 0,
      quantity: 0,
      events: new Set<string>(),
    };
    person.spend += line.spend;
    person.quantity += line.quantity;
    person.events.add(line.event);
    persons.set(key, person);
  }
  const rows = new Map<string, GroupRow>();
  for (const person of persons.values()) {
    for (const organisation of [person.organisation, null]) {
      const key = `${organisation}|${person.value}`;
      rows.set(key, added(rows.get(key), person, organisation, breakdown, events));
    }
  }
  return [...rows.values()];
}

function added(
  row: GroupRow | undefined,
  person: Person,
  organisation: string | null,
  breakdown: Dimension | 'year',
  events: boolean,
): GroupRow {
  const base: GroupRow = row ?? {
    organisation,
    dimension: breakdown === 'year' ? null : breakdown,
    value: person.value,
    contributors: 0,
    key_sum: '0',
    ...(events ? { events: 0 } : { spend: '0', largest_spend: '0', quantity: '0', largest_quantity: '0' }),
  };
  const next = {
    ...base,
    contributors: base.contributors + 1,
    key_sum: String(BigInt(base.key_sum) + BigInt(person.recordKey)),
  };
  if (events) return { ...next, events: (base.events ?? 0) + person.events.size };
  return {
    ...next,
    spend: String(Number(base.spend) + person.spend),
    largest_spend: String(Math.max(Number(base.largest_spend), person.spend)),
    quantity: String(Number(base.quantity) + person.quantity),
    largest_quantity: String(Math.max(Number(base.largest_quantity), person.quantity)),
  };
}

export interface SyntheticRegion {
  organisations: number;
  months: number;
  categories: number;
  fundingKinds: number;
  seed: number;
}

/**
 * A believable region: organisations of very different sizes (a few large, many with a handful of
 * people), each person cared for in some months with lines of a few categories and funding kinds.
 */
export function syntheticRegion(shape: SyntheticRegion): { organisations: string[]; lines: FixtureLine[] } {
  const random = mulberry32(shape.seed);
  const pick = (n: number) => Math.floor(random() * n);
  const organisations = Array.from(
    { length: shape.organisations },
    (_, i) => `org-${String(i).padStart(3, '0')}`,
  );
  const lines: FixtureLine[] = [];
  let events = 0;
  organisations.forEach((organisation, o) => {
    const people = o % 5 === 0 ? 1 + pick(4) : 5 + pick(60);
    for (let p = 0; p < people; p++) {
      const beneficiary = `${organisation}-b${p}`;
      const recordKey = Math.floor(random() * 2 ** 32);
      const visits = 1 + pick(shape.months);
      for (let v = 0; v < visits; v++) {
        const event = `e${events++}`;
        const month = `2026-${String(1 + pick(shape.months)).padStart(2, '0')}`;
        for (let l = 0; l < 1 + pick(3); l++) {
          const quantity = 1 + pick(5);
          lines.push({
            organisation,
            beneficiary,
            recordKey,
            event,
            month,
            category: `category-${pick(shape.categories)}`,
            fundingKind: `kind-${pick(shape.fundingKinds)}`,
            unit: pick(4) === 0 ? 'kg' : 'piece',
            quantity,
            spend: quantity * (1000 + pick(50_000)),
          });
        }
      }
    }
  });
  return { organisations, lines };
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
