import { LinkedTables, RawCell, Relation, protectTables, ratioCell } from '@careledger/disclosure';
import type { ProtectedCell } from '@careledger/disclosure';
import {
  GrantFigures,
  LineRow,
  PrivateFigure,
  privateFigure,
  PublishableType,
  ReportFigures,
  WithheldFigure,
} from './report-model.js';

/** One care line of the ledger as a report reads it. */
export interface LedgerRow {
  event_id: string;
  beneficiary_id: string;
  beneficiary_code: string;
  /** YYYY-MM-DD and HH:MM in the organisation's time zone */
  day: string;
  time: string;
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

/** A funding source's own record: what was granted, for when. */
export interface GrantRecord {
  amountKopecks: number | null;
  periodFrom: string | null;
  periodTo: string | null;
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

/** Lines grouped under a key, each group with an id its cells are named by (`items.3`). */
interface Group {
  id: string;
  row: LedgerRow;
  tally: Tally;
}

function groupBy(rows: readonly LedgerRow[], prefix: string, keyOf: (row: LedgerRow) => string[]): Group[] {
  const groups = new Map<string, { row: LedgerRow; tally: Tally }>();
  for (const row of rows) {
    const key = keyOf(row).join('\u0000');
    const group = groups.get(key) ?? { row, tally: new Tally() };
    group.tally.add(row);
    groups.set(key, group);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group], index) => ({ id: `${prefix}.${index}`, ...group }));
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

/** The groups a report's tables are made of. */
interface Groups {
  all: Tally;
  units: Group[];
  items: Group[];
  categories: Group[];
  fundingKinds: Group[];
  months: Group[];
  lines: Group[];
  needs: NeedGroup[];
}

function groupsOf(counted: readonly LedgerRow[], needs: readonly NeedRow[], register: boolean): Groups {
  const all = new Tally();
  for (const row of counted) all.add(row);
  return {
    all,
    units: groupBy(counted, 'byUnit', (row) => [row.unit]),
    // Category is in an item's key (and category and funding kind in a line's) so that each row sits in
    // one category and one funding kind, and the rows add up to the figures they would otherwise undo.
    items: groupBy(counted, 'items', (row) => [row.category, row.item_name, row.unit, row.item_id]),
    categories: groupBy(counted, 'byCategory', (row) => [row.category]),
    fundingKinds: groupBy(counted, 'byFundingKind', (row) => [row.funding_kind]),
    months: register ? groupBy(counted, 'byMonth', (row) => [row.day.slice(0, 7)]) : [],
    lines: register
      ? groupBy(counted, 'lines', (row) => [
          row.day.slice(0, 7),
          row.item_name,
          row.item_id,
          row.category,
          row.funding_kind,
        ])
      : [],
    needs: needGroups(needs),
  };
}

const sameItem = (a: LedgerRow, b: LedgerRow) => a.item_id === b.item_id && a.category === b.category;

/** Relations `total = Σ parts` of each group over the part groups that share its key. */
function sums(totals: Group[], parts: Group[], belongs: (total: LedgerRow, part: LedgerRow) => boolean) {
  const relations: Relation[] = [];
  for (const total of totals) {
    const mine = parts.filter((part) => belongs(total.row, part.row));
    relations.push(
      sum(
        `${total.id}.spendKopecks`,
        mine.map((part) => `${part.id}.spendKopecks`),
      ),
    );
  }
  return relations;
}

/**
 * The tables a publishable report prints, linked as they add up: the total spend over categories,
 * funding kinds, items (and months); each category's spend over its items; each unit's quantity over
 * its items; and, in a funding-source report, each item's, month's and funding kind's figures over the
 * register's lines. People and events are distinct counts, so they sit in no relation.
 */
function linkedTables(groups: Groups): LinkedTables {
  const { all } = groups;
  const cells: Record<string, RawCell> = {
    'keyFigures.beneficiaries': all.cell('people', all.people.size),
    'keyFigures.events': all.cell('events', all.events.size),
    'keyFigures.spendKopecks': all.cell('money', all.spend),
  };
  const spendOf = (group: Group) => {
    cells[`${group.id}.spendKopecks`] = group.tally.cell('money', group.tally.spend);
  };
  const quantityOf = (group: Group) => {
    cells[`${group.id}.quantity`] = group.tally.cell('quantity', group.tally.quantity);
  };
  groups.units.forEach(quantityOf);
  for (const item of groups.items) {
    spendOf(item);
    quantityOf(item);
    cells[`${item.id}.people`] = item.tally.cell('people', item.tally.people.size);
  }
  [...groups.categories, ...groups.fundingKinds, ...groups.months, ...groups.lines].forEach(spendOf);
  groups.lines.forEach(quantityOf);
  // Coverage counts only the people with a need, so it adds up to no other table: withheld on its own.
  for (const need of groups.needs) {
    cells[`${need.id}.needed`] = measure('quantity', need.needed, need.needing);
    cells[`${need.id}.delivered`] = measure('quantity', need.delivered, need.receiving);
  }

  const total = 'keyFigures.spendKopecks';
  const spends = (list: Group[]) => list.map((group) => `${group.id}.spendKopecks`);
  const relations: Relation[] = [
    sum(total, spends(groups.categories)),
    sum(total, spends(groups.fundingKinds)),
    sum(total, spends(groups.items)),
    sum(total, spends(groups.months)),
    ...sums(groups.categories, groups.items, (c, item) => c.category === item.category),
  ];
  for (const unit of groups.units) {
    const items = groups.items.filter((item) => item.row.unit === unit.row.unit);
    relations.push(
      sum(
        `${unit.id}.quantity`,
        items.map((item) => `${item.id}.quantity`),
      ),
    );
  }
  if (groups.lines.length > 0) {
    relations.push(...sums(groups.items, groups.lines, sameItem));
    relations.push(
      ...sums(groups.months, groups.lines, (m, line) => m.day.slice(0, 7) === line.day.slice(0, 7)),
    );
    relations.push(
      ...sums(groups.fundingKinds, groups.lines, (k, line) => k.funding_kind === line.funding_kind),
    );
    for (const item of groups.items) {
      const lines = groups.lines.filter((line) => sameItem(item.row, line.row));
      relations.push(
        sum(
          `${item.id}.quantity`,
          lines.map((line) => `${line.id}.quantity`),
        ),
      );
    }
  }
  return { cells, relations: relations.filter((relation) => relation.parts.length > 0) };
}

function measure(kind: RawCell['kind'], value: number, contributors: number): RawCell {
  return { kind, value, contributors, cellKey: 0 };
}

function sum(total: string, parts: string[]): Relation {
  return { kind: 'sum', total, parts };
}

/** A summary cell's id as the reader knows the figure; undefined for rows that show theirs in place. */
function withheldFigure(id: string, groups: Groups): WithheldFigure | undefined {
  const keyFigures: Record<string, WithheldFigure> = {
    'keyFigures.beneficiaries': { table: 'keyFigures', key: 'beneficiaries' },
    'keyFigures.events': { table: 'keyFigures', key: 'events' },
    'keyFigures.spendKopecks': { table: 'keyFigures', key: 'spend' },
  };
  if (Object.hasOwn(keyFigures, id)) return keyFigures[id];
  const tables = [
    ['byUnit', groups.units, (row: LedgerRow) => row.unit],
    ['byCategory', groups.categories, (row: LedgerRow) => row.category],
    ['byFundingKind', groups.fundingKinds, (row: LedgerRow) => row.funding_kind],
    ['byMonth', groups.months, (row: LedgerRow) => row.day.slice(0, 7)],
  ] as const;
  for (const [table, list, keyOf] of tables) {
    const group = list.find((candidate) => id.startsWith(`${candidate.id}.`));
    if (group) return { table, key: keyOf(group.row) };
  }
  return undefined;
}

/**
 * The figures of a report that may be published (activity, funding source), through the
 * disclosure-control layer in exact mode: a figure about fewer than k people is withheld, and so is
 * whatever would give it back by subtraction (joint complementary suppression over the summary
 * tables, the items and the register), but nothing is perturbed, because a funder is owed exact spend.
 *
 * Reversed and voided events are left out: each cancels its original, so the sums are unchanged and
 * every cell is about the people actually served.
 */
export function publishableFigures(
  rows: readonly LedgerRow[],
  needs: readonly NeedRow[],
  type: PublishableType,
  k: number,
): ReportFigures<ProtectedCell> {
  const counted = rows.filter((row) => !row.cancelled);
  const groups = groupsOf(counted, needs, type === 'funding_source');
  const { cells, withheld } = protectTables(linkedTables(groups), { k, mode: 'exact' });
  const cell = (id: string) => cells[id];
  const costPerBeneficiary = ratioCell(cell('keyFigures.spendKopecks'), cell('keyFigures.beneficiaries'));
  const summary = withheld.flatMap((id) => withheldFigure(id, groups) ?? []);
  if (costPerBeneficiary.withheld) summary.push({ table: 'keyFigures', key: 'costPerBeneficiary' });
  return {
    countedLines: counted.length,
    keyFigures: {
      beneficiaries: cell('keyFigures.beneficiaries'),
      events: cell('keyFigures.events'),
      spendKopecks: cell('keyFigures.spendKopecks'),
      costPerBeneficiaryKopecks: costPerBeneficiary,
    },
    byUnit: groups.units.map((g) => ({ unit: g.row.unit, quantity: cell(`${g.id}.quantity`) })),
    byItem: groups.items.map((g) => ({
      itemName: g.row.item_name,
      unit: g.row.unit,
      category: g.row.category,
      quantity: cell(`${g.id}.quantity`),
      spendKopecks: cell(`${g.id}.spendKopecks`),
      people: cell(`${g.id}.people`),
    })),
    byCategory: groups.categories.map((g) => ({
      category: g.row.category,
      spendKopecks: cell(`${g.id}.spendKopecks`),
    })),
    byFundingKind: groups.fundingKinds.map((g) => ({
      fundingKind: g.row.funding_kind,
      spendKopecks: cell(`${g.id}.spendKopecks`),
    })),
    byMonth: groups.months.map((g) => ({
      month: g.row.day.slice(0, 7),
      spendKopecks: cell(`${g.id}.spendKopecks`),
    })),
    coverage: groups.needs.map((need) => {
      const needed = cell(`${need.id}.needed`);
      const delivered = cell(`${need.id}.delivered`);
      return {
        itemName: need.itemName,
        unit: need.unit,
        needed,
        delivered,
        coverage: coverageOf(needed, delivered),
      };
    }),
    lines: groups.lines.map((g): LineRow<ProtectedCell> => {
      const quantity = cell(`${g.id}.quantity`);
      const cost = cell(`${g.id}.spendKopecks`);
      return {
        date: g.row.day.slice(0, 7),
        itemName: g.row.item_name,
        unit: g.row.unit,
        quantity,
        // the mean unit cost of the month: withheld with either figure, which it would otherwise give back
        unitCostKopecks: ratioCell(cost, quantity),
        costKopecks: cost,
      };
    }),
    withheld: summary,
  };
}

/** Delivered over needed; null when nothing was needed, withheld with either figure. */
function coverageOf(needed: ProtectedCell, delivered: ProtectedCell): ProtectedCell | null {
  if (needed.value !== null && needed.value <= 0) return null;
  return ratioCell(delivered, needed);
}

/**
 * What a funding-source report says of its grant, through the layer: the spend up to the end of the
 * period (every counted line from the source's first day), and the balance left of the amount. The
 * spend to date is withheld with the period's spend, which it would give back against the previous
 * report's spend to date; the balance is withheld with the spend to date, which the public amount
 * minus it would give back.
 */
export function grantFigures(
  toDate: readonly LedgerRow[],
  periodSpend: ProtectedCell,
  grant: GrantRecord,
  k: number,
): GrantFigures {
  const tally = new Tally();
  for (const row of toDate) if (!row.cancelled) tally.add(row);
  const balance = grant.amountKopecks === null ? 0 : Math.abs(grant.amountKopecks - tally.spend);
  const { cells } = protectTables(
    {
      cells: {
        spentToDate: tally.cell('money', tally.spend),
        balance: tally.cell('money', balance),
      },
      relations: [],
    },
    { k, mode: 'exact' },
  );
  const spentToDate = withheldWith(cells.spentToDate, periodSpend);
  const balanceCell = withheldWith(cells.balance, spentToDate);
  return {
    amountKopecks: grant.amountKopecks,
    periodFrom: grant.periodFrom,
    periodTo: grant.periodTo,
    spentToDateKopecks: spentToDate,
    balanceKopecks: grant.amountKopecks === null ? null : balanceCell,
    overspent: !balanceCell.withheld && grant.amountKopecks !== null && tally.spend > grant.amountKopecks,
  };
}

/** `cell`, or withheld when `other` is: the layer passes a withheld cell on through any derived figure. */
function withheldWith(cell: ProtectedCell, other: ProtectedCell): ProtectedCell {
  return other.withheld ? ratioCell(other, 1) : cell;
}

/**
 * A beneficiary statement's figures: private to the organisation and never published, so exact and
 * unprotected, with every line as it was logged (voids as negative lines).
 */
export function statementFigures(
  rows: readonly LedgerRow[],
  needs: readonly NeedRow[],
): ReportFigures<PrivateFigure> {
  const counted = rows.filter((row) => !row.cancelled);
  // A statement sums every line, voids included as negative ones, so its totals net them out.
  const groups = groupsOf(rows, needs, false);
  const shown = privateFigure;
  const people = new Set(counted.map((row) => row.beneficiary_id)).size;
  return {
    countedLines: counted.length,
    keyFigures: {
      beneficiaries: shown(people),
      events: shown(new Set(counted.map((row) => row.event_id)).size),
      spendKopecks: shown(groups.all.spend),
      costPerBeneficiaryKopecks: shown(people > 0 ? groups.all.spend / people : 0),
    },
    byUnit: groups.units.map((g) => ({ unit: g.row.unit, quantity: shown(g.tally.quantity) })),
    byItem: groups.items.map((g) => ({
      itemName: g.row.item_name,
      unit: g.row.unit,
      category: g.row.category,
      quantity: shown(g.tally.quantity),
      spendKopecks: shown(g.tally.spend),
      people: shown(g.tally.people.size),
    })),
    byCategory: groups.categories.map((g) => ({
      category: g.row.category,
      spendKopecks: shown(g.tally.spend),
    })),
    byFundingKind: groups.fundingKinds.map((g) => ({
      fundingKind: g.row.funding_kind,
      spendKopecks: shown(g.tally.spend),
    })),
    byMonth: [],
    coverage: groups.needs.map((need) => ({
      itemName: need.itemName,
      unit: need.unit,
      needed: shown(need.needed),
      delivered: shown(need.delivered),
      coverage: need.needed > 0 ? shown(need.delivered / need.needed) : null,
    })),
    lines: rows.map((row) => ({
      date: row.day,
      time: row.time,
      itemName: row.item_name,
      unit: row.unit,
      quantity: shown(Number(row.quantity)),
      unitCostKopecks: shown(Number(row.unit_cost_kopecks)),
      costKopecks: shown(Number(row.cost_kopecks)),
      beneficiaryCode: row.beneficiary_code,
      fundingSourceName: row.funding_name,
    })),
    withheld: [],
  };
}
