import { LinkedTables, RawCell, Relation, protectTables, ratioCell } from '@careledger/disclosure';
import type { ProtectedCell } from '@careledger/disclosure';
import { CategoryRow, CoverageRow, FundingKindRow, KeyFigures, LineRow, ReportType } from './report-model.js';

/** One care line of the ledger as a report reads it. */
export interface LedgerRow {
  event_id: string;
  beneficiary_id: string;
  beneficiary_code: string;
  day: string;
  item_id: string;
  item_name: string;
  unit: string;
  category: string;
  quantity: string;
  unit_cost_kopecks: string;
  cost_kopecks: string;
  funding_name: string | null;
  funding_kind: string;
  /** the event is a reversal, or was voided before the cut-off: it counts in sums, not as an event */
  cancelled: boolean;
}

/** One beneficiary's need of an item over the period, and what they were given of it. */
export interface NeedRow {
  item_name: string;
  unit: string;
  needed: string;
  delivered: string;
}

export interface ReportFigures {
  keyFigures: KeyFigures;
  byCategory: CategoryRow[];
  byFundingKind: FundingKindRow[];
  coverage: CoverageRow[];
  lines: LineRow[];
  /** the withheld summary figures, as `keyFigures.spendKopecks`, `byCategory.<category>.quantity` */
  suppressed: string[];
}

/** What a group of counted lines adds up to, and the distinct people and events behind it. */
class Tally {
  quantity = 0;
  spend = 0;
  readonly people = new Set<string>();
  readonly events = new Set<string>();

  add(row: LedgerRow): void {
    this.quantity += Number(row.quantity);
    this.spend += Number(row.cost_kopecks);
    this.people.add(row.beneficiary_id);
    this.events.add(row.event_id);
  }

  /** An exact report is not perturbed, so its cells need no cell key. */
  cell(kind: RawCell['kind'], value: number): RawCell {
    return { kind, value, contributors: this.people.size, cellKey: 0 };
  }
}

/** One line of a funding-source report's register: an item's deliveries in one month. */
interface RegisterGroup {
  id: string;
  month: string;
  itemName: string;
  unit: string;
  category: string;
  fundingKind: string;
  tally: Tally;
}

/** An item's needs: how much was needed and given, and by how many people. */
interface NeedGroup {
  id: string;
  itemName: string;
  unit: string;
  needed: number;
  delivered: number;
  needing: number;
  receiving: number;
}

function needGroups(needs: readonly NeedRow[]): NeedGroup[] {
  const groups = new Map<string, NeedGroup>();
  for (const need of needs) {
    const key = `${need.item_name}\u0000${need.unit}`;
    const group = groups.get(key) ?? {
      id: `coverage.${groups.size}`,
      itemName: need.item_name,
      unit: need.unit,
      needed: 0,
      delivered: 0,
      needing: 0,
      receiving: 0,
    };
    group.needed += Number(need.needed);
    group.delivered += Number(need.delivered);
    group.needing += 1;
    if (Number(need.delivered) !== 0) group.receiving += 1;
    groups.set(key, group);
  }
  return [...groups.values()];
}

function coverageOf(needed: number | null, delivered: number | null): number | null {
  if (needed === null || delivered === null || needed <= 0) return null;
  return Math.round((delivered / needed) * 1000) / 1000;
}

function tallyBy(rows: readonly LedgerRow[], keyOf: (row: LedgerRow) => string): Map<string, Tally> {
  const groups = new Map<string, Tally>();
  for (const row of rows) {
    const key = keyOf(row);
    const tally = groups.get(key) ?? new Tally();
    tally.add(row);
    groups.set(key, tally);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function registerGroups(rows: readonly LedgerRow[]): RegisterGroup[] {
  const groups = new Map<string, RegisterGroup>();
  for (const row of rows) {
    const month = row.day.slice(0, 7);
    // Category and funding kind are in the key so that each register line sits in one category and
    // one funding kind, and the lines add up to the figures they would otherwise undo.
    const key = [month, row.item_name, row.item_id, row.category, row.funding_kind].join('\u0000');
    const group = groups.get(key) ?? {
      id: '',
      month,
      itemName: row.item_name,
      unit: row.unit,
      category: row.category,
      fundingKind: row.funding_kind,
      tally: new Tally(),
    };
    group.tally.add(row);
    groups.set(key, group);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group], index) => ({ ...group, id: `lines.${index}` }));
}

/**
 * The tables a publishable report prints, linked as they add up: the total spend over categories and
 * over funding kinds, the items delivered over categories, and (in a funding-source report) each
 * category's and funding kind's spend and quantity over the register's lines. People and events are
 * published as totals only, so they sit in no relation.
 */
function linkedTables(
  all: Tally,
  categories: Map<string, Tally>,
  fundingKinds: Map<string, Tally>,
  register: readonly RegisterGroup[],
  needs: readonly NeedGroup[],
): LinkedTables {
  const cells: Record<string, RawCell> = {
    'keyFigures.beneficiaries': all.cell('people', all.people.size),
    'keyFigures.events': all.cell('events', all.events.size),
    'keyFigures.itemsDelivered': all.cell('quantity', all.quantity),
    'keyFigures.spendKopecks': all.cell('money', all.spend),
  };
  for (const [category, tally] of categories) {
    cells[`byCategory.${category}.quantity`] = tally.cell('quantity', tally.quantity);
    cells[`byCategory.${category}.spendKopecks`] = tally.cell('money', tally.spend);
  }
  for (const [kind, tally] of fundingKinds) {
    cells[`byFundingKind.${kind}.spendKopecks`] = tally.cell('money', tally.spend);
  }
  for (const line of register) {
    cells[`${line.id}.quantity`] = line.tally.cell('quantity', line.tally.quantity);
    cells[`${line.id}.costKopecks`] = line.tally.cell('money', line.tally.spend);
  }
  // Coverage counts only the people with a need, so it adds up to no other table: withheld on its own.
  for (const need of needs) {
    cells[`${need.id}.needed`] = measure('quantity', need.needed, need.needing);
    cells[`${need.id}.delivered`] = measure('quantity', need.delivered, need.receiving);
  }
  const relations: Relation[] = [
    sum(
      'keyFigures.spendKopecks',
      [...categories.keys()].map((c) => `byCategory.${c}.spendKopecks`),
    ),
    sum(
      'keyFigures.spendKopecks',
      [...fundingKinds.keys()].map((f) => `byFundingKind.${f}.spendKopecks`),
    ),
    sum(
      'keyFigures.itemsDelivered',
      [...categories.keys()].map((c) => `byCategory.${c}.quantity`),
    ),
  ];
  for (const category of categories.keys()) {
    const lines = register.filter((line) => line.category === category);
    relations.push(
      sum(
        `byCategory.${category}.spendKopecks`,
        lines.map((line) => `${line.id}.costKopecks`),
      ),
    );
    relations.push(
      sum(
        `byCategory.${category}.quantity`,
        lines.map((line) => `${line.id}.quantity`),
      ),
    );
  }
  for (const kind of fundingKinds.keys()) {
    const lines = register.filter((line) => line.fundingKind === kind);
    relations.push(
      sum(
        `byFundingKind.${kind}.spendKopecks`,
        lines.map((line) => `${line.id}.costKopecks`),
      ),
    );
  }
  return { cells, relations: relations.filter((relation) => relation.parts.length > 0) };
}

function measure(kind: RawCell['kind'], value: number, contributors: number): RawCell {
  return { kind, value, contributors, cellKey: 0 };
}

function sum(total: string, parts: string[]): Relation {
  return { kind: 'sum', total, parts };
}

/**
 * The figures of a report that may be published (activity, funding source), through the
 * disclosure-control layer in exact mode: a figure about fewer than k people is withheld, and so is
 * whatever would give it back by subtraction (joint complementary suppression over the summary
 * tables and the register), but nothing is perturbed, because a funder is owed exact spend. The
 * register is aggregated per item and month; a withheld line is printed with its values withheld.
 *
 * Reversed and voided events are left out: each cancels its original, so the sums are unchanged and
 * every cell is about the people actually served.
 */
export function publishableFigures(
  rows: readonly LedgerRow[],
  needs: readonly NeedRow[],
  type: ReportType,
  k: number,
): ReportFigures {
  const counted = rows.filter((row) => !row.cancelled);
  const all = tallyBy(counted, () => 'all').get('all') ?? new Tally();
  const categories = tallyBy(counted, (row) => row.category);
  const fundingKinds = tallyBy(counted, (row) => row.funding_kind);
  const register = type === 'funding_source' ? registerGroups(counted) : [];
  const coverage = needGroups(needs);
  const { cells, withheld } = protectTables(linkedTables(all, categories, fundingKinds, register, coverage), {
    k,
    mode: 'exact',
  });
  const costPerBeneficiary = ratioCell(cells['keyFigures.spendKopecks'], cells['keyFigures.beneficiaries']);
  // register and coverage lines show their withheld values where they are printed
  const suppressed = withheld.filter((id) => !id.startsWith('lines.') && !id.startsWith('coverage.'));
  if (costPerBeneficiary.withheld) suppressed.push('keyFigures.costPerBeneficiaryKopecks');
  return {
    keyFigures: {
      beneficiaries: cells['keyFigures.beneficiaries'].value,
      events: cells['keyFigures.events'].value,
      itemsDelivered: cells['keyFigures.itemsDelivered'].value,
      spendKopecks: cells['keyFigures.spendKopecks'].value,
      costPerBeneficiaryKopecks: rounded(costPerBeneficiary),
    },
    byCategory: [...categories.keys()].map((category) => ({
      category,
      quantity: cells[`byCategory.${category}.quantity`].value,
      spendKopecks: cells[`byCategory.${category}.spendKopecks`].value,
    })),
    byFundingKind: [...fundingKinds.keys()].map((fundingKind) => ({
      fundingKind,
      spendKopecks: cells[`byFundingKind.${fundingKind}.spendKopecks`].value,
    })),
    coverage: coverage.map((need) => {
      const needed = cells[`${need.id}.needed`].value;
      const delivered = cells[`${need.id}.delivered`].value;
      return {
        itemName: need.itemName,
        unit: need.unit,
        needed,
        delivered,
        coverage: coverageOf(needed, delivered),
      };
    }),
    lines: register.map((line) => registerLine(line, cells)),
    suppressed: suppressed.sort(),
  };
}

function registerLine(line: RegisterGroup, cells: Readonly<Record<string, ProtectedCell>>): LineRow {
  const quantity = cells[`${line.id}.quantity`].value;
  const cost = cells[`${line.id}.costKopecks`].value;
  return {
    date: line.month,
    itemName: line.itemName,
    unit: line.unit,
    quantity,
    // the mean unit cost of the month; withheld with either figure, which it would otherwise give back
    unitCostKopecks:
      quantity === null || cost === null || quantity === 0 ? null : Math.round(cost / quantity),
    costKopecks: cost,
  };
}

function rounded(cell: ProtectedCell): number | null {
  return cell.value === null ? null : Math.round(cell.value);
}

/**
 * A beneficiary statement's figures: private to the organisation and never published, so exact and
 * unprotected, with every line as it was logged (voids as negative lines).
 */
export function statementFigures(rows: readonly LedgerRow[], needs: readonly NeedRow[]): ReportFigures {
  const counted = rows.filter((row) => !row.cancelled);
  const people = new Set(counted.map((row) => row.beneficiary_id)).size;
  const spend = rows.reduce((total, row) => total + Number(row.cost_kopecks), 0);
  return {
    keyFigures: {
      beneficiaries: people,
      events: new Set(counted.map((row) => row.event_id)).size,
      itemsDelivered: rows.reduce((total, row) => total + Number(row.quantity), 0),
      spendKopecks: spend,
      costPerBeneficiaryKopecks: people > 0 ? Math.round(spend / people) : 0,
    },
    byCategory: [...tallyBy(rows, (row) => row.category)].map(([category, tally]) => ({
      category,
      quantity: tally.quantity,
      spendKopecks: tally.spend,
    })),
    byFundingKind: [...tallyBy(rows, (row) => row.funding_kind)].map(([fundingKind, tally]) => ({
      fundingKind,
      spendKopecks: tally.spend,
    })),
    coverage: needGroups(needs).map((need) => ({
      itemName: need.itemName,
      unit: need.unit,
      needed: need.needed,
      delivered: need.delivered,
      coverage: coverageOf(need.needed, need.delivered),
    })),
    lines: rows.map((row) => ({
      date: row.day,
      itemName: row.item_name,
      unit: row.unit,
      quantity: Number(row.quantity),
      unitCostKopecks: Number(row.unit_cost_kopecks),
      costKopecks: Number(row.cost_kopecks),
      beneficiaryCode: row.beneficiary_code,
      fundingSourceName: row.funding_name,
    })),
    suppressed: [],
  };
}
