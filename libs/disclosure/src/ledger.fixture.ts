import { RawCell, measureCell, peopleCell } from './cell.js';
import { LinkedTables, Relation } from './linked-tables.js';

/**
 * A small ledger for tests: beneficiaries of one region, each registered with one organisation, and
 * care events by month and category with a cost. `regionTables` builds what the platform publishes
 * for the region and year from it: people, events and spend for the region, each organisation, each
 * organisation's months and each organisation's categories, linked as the public pages link them.
 */
export interface LedgerBeneficiary {
  organisation: number;
  recordKey: number;
}

export interface LedgerEvent {
  beneficiary: number;
  month: number;
  category: number;
  costKopecks: number;
}

export interface Ledger {
  organisations: number;
  months: number;
  categories: number;
  beneficiaries: LedgerBeneficiary[];
  events: LedgerEvent[];
}

type Slice = (event: LedgerEvent, beneficiary: LedgerBeneficiary) => boolean;

export function regionTables(ledger: Ledger): LinkedTables {
  const cells: Record<string, RawCell> = {};
  const relations: Relation[] = [];
  const addSlice = (name: string, slice: Slice) => {
    const events = new Map<number, number>(); // beneficiary → events in the slice
    const spend = new Map<number, number>();
    for (const event of ledger.events) {
      if (!slice(event, ledger.beneficiaries[event.beneficiary])) continue;
      events.set(event.beneficiary, (events.get(event.beneficiary) ?? 0) + 1);
      spend.set(event.beneficiary, (spend.get(event.beneficiary) ?? 0) + event.costKopecks);
    }
    const contributions = (amounts: Map<number, number>) =>
      [...amounts].map(([beneficiary, amount]) => ({
        recordKey: ledger.beneficiaries[beneficiary].recordKey,
        amount,
      }));
    cells[`people:${name}`] = peopleCell([...events.keys()].map((b) => ledger.beneficiaries[b].recordKey));
    cells[`events:${name}`] = measureCell('events', contributions(events));
    cells[`money:${name}`] = measureCell('money', contributions(spend));
  };
  const relate = (total: string, parts: string[], peopleRelation: Relation['kind']) => {
    relations.push({
      kind: peopleRelation,
      total: `people:${total}`,
      parts: parts.map((part) => `people:${part}`),
    });
    for (const kind of ['events', 'money']) {
      relations.push({
        kind: 'sum',
        total: `${kind}:${total}`,
        parts: parts.map((part) => `${kind}:${part}`),
      });
    }
  };

  addSlice('region', () => true);
  const organisations = range(ledger.organisations).map((org) => `org${org}`);
  for (const [org, name] of organisations.entries()) {
    addSlice(name, (_, beneficiary) => beneficiary.organisation === org);
    const months = range(ledger.months).map((month) => `${name}.m${month}`);
    const categories = range(ledger.categories).map((category) => `${name}.c${category}`);
    months.forEach((month, m) => addSlice(month, (event, b) => b.organisation === org && event.month === m));
    categories.forEach((cat, c) =>
      addSlice(cat, (event, b) => b.organisation === org && event.category === c),
    );
    relate(name, months, 'union');
    relate(name, categories, 'union');
  }
  relate('region', organisations, 'sum');
  return { cells, relations };
}

function range(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}
