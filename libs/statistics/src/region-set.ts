import {
  CellKind,
  LinkedTables,
  ProtectedCell,
  ProtectedTables,
  PublishedNumber,
  RawCell,
  Relation,
  cellKeyFromKeySum,
  protectTables,
} from '@careledger/disclosure';

/**
 * What a region's figures are broken down by, besides organisations. `categoryUnit` is a category ×
 * unit (value `category|unit`, categoryUnitValue): quantities are published only there, since
 * quantities of different units add up to nothing.
 */
export type Dimension = 'month' | 'category' | 'fundingKind' | 'categoryUnit';

export const dimensions: readonly Dimension[] = ['month', 'category', 'fundingKind', 'categoryUnit'];

export function categoryUnitValue(category: string, unit: string): string {
  return `${category}|${unit}`;
}

export function unitOfCategoryUnit(value: string): string {
  return value.slice(value.indexOf('|') + 1);
}

/** The published measures and their kind of cell. */
export const measures = {
  beneficiariesServed: 'people',
  careEvents: 'events',
  spendKopecks: 'money',
  itemsDelivered: 'quantity',
} as const satisfies Record<string, CellKind>;

export type Measure = keyof typeof measures;

/**
 * The measures of each breakdown. Events are counted per month only: an event may have lines of
 * several categories and funding kinds, so its count per category is neither a part of the total nor
 * knowable from the rollups without counting an event twice. Quantities are cells of a category × unit
 * only: kilograms and tubes add up to nothing. The year's quantity (the sum of its category × unit
 * cells) is a cell for the league's A3 alone and is never published with a unit.
 */
const measuresOf: Record<Dimension | 'year', readonly Measure[]> = {
  year: ['beneficiariesServed', 'careEvents', 'spendKopecks', 'itemsDelivered'],
  month: ['beneficiariesServed', 'careEvents', 'spendKopecks'],
  category: ['beneficiariesServed', 'spendKopecks'],
  fundingKind: ['beneficiariesServed', 'spendKopecks'],
  categoryUnit: ['itemsDelivered'],
};

/** The figures an answer publishes for a scope of the year: people, events and money. */
export const publishedMeasures = ['beneficiariesServed', 'careEvents', 'spendKopecks'] as const;

export type PublishedMeasure = (typeof publishedMeasures)[number];

/**
 * One aggregate row: the distinct beneficiaries with care in a group, the sum of their record keys,
 * and their totals with the largest single person's share (numbers as text, as PostgreSQL sends bigint
 * and numeric). `organisation` is null for the region; `dimension`/`value` are null for the year.
 */
export interface GroupRow {
  organisation: string | null;
  dimension: Dimension | null;
  value: string | null;
  contributors: number;
  key_sum: string;
  spend?: string;
  largest_spend?: string | null;
  quantity?: string;
  largest_quantity?: string | null;
  events?: number;
}

/** Where a figure sits: the region or one organisation, the year or one month, category or funding kind. */
export interface Scope {
  organisation?: string;
  dimension?: Dimension;
  value?: string;
}

export function scopeId(scope: Scope): string {
  const owner = scope.organisation === undefined ? 'region' : `organisation:${scope.organisation}`;
  return scope.dimension === undefined ? owner : `${owner}/${scope.dimension}:${scope.value}`;
}

export function cellId(scope: Scope, measure: Measure): string {
  return `${scopeId(scope)}.${measure}`;
}

/**
 * The raw figures of a region's year, as read from the rollups: people, money and quantities from the
 * per-beneficiary category rollup (`people` rows), event counts from the per-beneficiary monthly
 * rollup (`events` rows, which carry contributors and key sums of their own).
 */
export interface RegionFigures {
  organisations: readonly string[];
  people: readonly GroupRow[];
  events: readonly GroupRow[];
}

/**
 * The linked tables of a region's year: the region's total, per organisation, per month, per category,
 * per funding kind, and per organisation × month, × category and × funding kind. A beneficiary belongs
 * to one organisation, so every region cell is the sum of its organisations' cells. Within the region
 * or an organisation, money, quantities and event counts over months add up to the year, and money and
 * quantities over categories and funding kinds too; people over months, categories and funding kinds
 * are a union (one person may sit in several).
 */
export function regionTables(figures: RegionFigures): LinkedTables {
  const cells: Record<string, RawCell> = {};
  const relations: Relation[] = [];
  const rows: Rows = {
    people: new Map(figures.people.map((row) => [scopeId(scopeOf(row)), row])),
    events: new Map(figures.events.map((row) => [scopeId(scopeOf(row)), row])),
  };
  const valuesOf = valuesByDimension(figures);
  const owners: Scope[] = [{}, ...figures.organisations.map((organisation) => ({ organisation }))];
  for (const owner of owners) {
    addCells(cells, rows, owner, 'year');
    for (const dimension of dimensions) {
      const values = valuesOf(owner.organisation ?? null, dimension);
      const parts = values.map((value) => ({ ...owner, dimension, value }));
      for (const part of parts) addCells(cells, rows, part, dimension);
      for (const measure of measuresOf[dimension]) {
        if (parts.length === 0) continue;
        relations.push({
          kind: measures[measure] === 'people' ? 'union' : 'sum',
          total: cellId(owner, measure),
          parts: parts.map((part) => cellId(part, measure)),
        });
      }
    }
  }
  for (const dimension of [undefined, ...dimensions]) {
    const values = dimension ? valuesOf(null, dimension) : [undefined];
    for (const value of values) {
      const regionScope: Scope = dimension ? { dimension, value } : {};
      for (const measure of measuresOf[dimension ?? 'year']) {
        const parts = figures.organisations
          .map((organisation) => cellId({ ...regionScope, organisation }, measure))
          .filter((id) => id in cells);
        if (parts.length > 0) relations.push({ kind: 'sum', total: cellId(regionScope, measure), parts });
      }
    }
  }
  return { cells, relations };
}

function scopeOf(row: GroupRow): Scope {
  return {
    ...(row.organisation === null ? {} : { organisation: row.organisation }),
    ...(row.dimension === null || row.value === null ? {} : { dimension: row.dimension, value: row.value }),
  };
}

/** The values (months, categories, funding kinds) with care, for the region or one organisation, sorted. */
function valuesByDimension(figures: RegionFigures) {
  const values = new Map<string, Set<string>>();
  for (const row of [...figures.people, ...figures.events]) {
    if (row.dimension === null || row.value === null) continue;
    const key = `${row.organisation}|${row.dimension}`;
    values.set(key, (values.get(key) ?? new Set()).add(row.value));
  }
  return (organisation: string | null, dimension: Dimension): string[] =>
    [...(values.get(`${organisation}|${dimension}`) ?? [])].sort();
}

interface Rows {
  people: ReadonlyMap<string, GroupRow>;
  events: ReadonlyMap<string, GroupRow>;
}

function addCells(
  cells: Record<string, RawCell>,
  rows: Rows,
  scope: Scope,
  breakdown: Dimension | 'year',
): void {
  const id = scopeId(scope);
  for (const measure of measuresOf[breakdown]) {
    cells[cellId(scope, measure)] =
      measure === 'careEvents' ? eventsCell(rows.events.get(id)) : cellOf(rows.people.get(id), measure);
  }
}

function eventsCell(row: GroupRow | undefined): RawCell {
  return {
    kind: 'events',
    value: row?.events ?? 0,
    contributors: row?.contributors ?? 0,
    cellKey: row ? cellKeyFromKeySum(row.key_sum) : 0,
  };
}

function cellOf(row: GroupRow | undefined, measure: Exclude<Measure, 'careEvents'>): RawCell {
  const contributors = row?.contributors ?? 0;
  const cellKey = row ? cellKeyFromKeySum(row.key_sum) : 0;
  if (measure === 'beneficiariesServed')
    return { kind: 'people', value: contributors, contributors, cellKey };
  const [value, largest] =
    measure === 'spendKopecks' ? [row?.spend, row?.largest_spend] : [row?.quantity, row?.largest_quantity];
  return {
    kind: measures[measure],
    value: Number(value ?? 0),
    contributors,
    cellKey,
    largestContribution: Number(largest ?? 0),
  };
}

/**
 * A region's year after disclosure control: the one protected set every published statistic of the
 * region reads (region page, organisation profiles, the authority view, league inputs), so a figure
 * reads the same everywhere and no two outputs combine to undo a withheld cell.
 */
export class ProtectedRegionSet {
  private readonly valuesOf: (organisation: string | null, dimension: Dimension) => string[];
  /** the counted organisations when the set was built (one verified since enters at the next build) */
  readonly organisations: readonly string[];

  constructor(
    private readonly result: ProtectedTables,
    figures: RegionFigures,
  ) {
    this.valuesOf = valuesByDimension(figures);
    this.organisations = figures.organisations;
  }

  static protect(figures: RegionFigures, k: number): ProtectedRegionSet {
    return new ProtectedRegionSet(protectTables(regionTables(figures), { k, mode: 'statistics' }), figures);
  }

  /** A published cell of a scope the set holds (the region, its organisations, and their `values`). */
  cell(scope: Scope, measure: Measure): ProtectedCell {
    const cell = this.result.cells[cellId(scope, measure)] as ProtectedCell | undefined;
    if (!cell) throw new Error(`the region's set has no cell ${cellId(scope, measure)}`);
    return cell;
  }

  /** The ids of every withheld cell of the set. */
  get withheld(): readonly string[] {
    return this.result.withheld;
  }

  /** The months, categories or funding kinds with care, of the region or of one organisation. */
  values(dimension: Dimension, organisation?: string): string[] {
    return this.valuesOf(organisation ?? null, dimension);
  }
}

/** A published figure: it passed the disclosure layer (perturbed), or null when withheld. */
export type Published = PublishedNumber | null;

export type PublishedFigures = Record<PublishedMeasure, Published>;

/**
 * Collects the published values of an answer from the region's protected set, and the answer's paths
 * of the withheld ones (its `suppressed` list).
 */
export class Publisher {
  readonly suppressed: string[] = [];

  constructor(private readonly set: ProtectedRegionSet) {}

  value(path: string, scope: Scope, measure: Measure): Published {
    return this.derived(path, this.set.cell(scope, measure));
  }

  figures<M extends Measure = PublishedMeasure>(
    path: string,
    scope: Scope,
    only: readonly M[] = publishedMeasures as unknown as readonly M[],
  ): Record<M, Published> {
    const figures = {} as Record<M, Published>;
    for (const measure of only) figures[measure] = this.value(join(path, measure), scope, measure);
    return figures;
  }

  /** A category's quantity per unit, of the region or of one organisation (`path.quantities.<unit>`). */
  quantities(path: string, category: string, organisation?: string): { unit: string; quantity: Published }[] {
    return this.set
      .values('categoryUnit', organisation)
      .filter((value) => value.startsWith(`${category}|`))
      .map((value) => {
        const unit = unitOfCategoryUnit(value);
        const scope: Scope = { organisation, dimension: 'categoryUnit', value };
        return { unit, quantity: this.value(`${path}.quantities.${unit}`, scope, 'itemsDelivered') };
      });
  }

  /** A figure derived in the layer (`ratioCell`) from the set's cells. */
  derived(path: string, cell: ProtectedCell): Published {
    if (cell.withheld) this.suppressed.push(path);
    return cell.value;
  }
}

function join(path: string, field: string): string {
  return path ? `${path}.${field}` : field;
}
