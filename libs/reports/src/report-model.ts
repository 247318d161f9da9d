import type { ProtectedCell } from '@careledger/disclosure';

/**
 * Everything a report's PDF shows, assembled by the reports service from the database and handed to
 * the renderer. The renderer adds only fixed wording (in the report's language) and layout.
 *
 * Every figure about people is a cell: in a report that may be published, a ProtectedCell, which only
 * the disclosure layer makes, so the renderer cannot print a figure that did not pass it; in a
 * beneficiary statement (private to the organisation, never published), an exact PrivateFigure.
 */
export type ReportType = 'activity' | 'funding_source' | 'beneficiary_statement';
export type PublishableType = Exclude<ReportType, 'beneficiary_statement'>;
export type ReportLanguage = 'ru' | 'en';

declare const privateBrand: unique symbol;

/** A beneficiary statement's figure: exact and shown, for the organisation's eyes only. */
export interface PrivateFigure {
  readonly value: number;
  readonly withheld: false;
  readonly [privateBrand]: true;
}

export function privateFigure(value: number): PrivateFigure {
  return { value, withheld: false } as PrivateFigure;
}

/** What the renderer prints a figure from. */
export type Figure = ProtectedCell | PrivateFigure;

export interface KeyFigures<F extends Figure> {
  /** distinct beneficiaries served in the period */
  beneficiaries: F;
  /** care events (voided ones excluded) */
  events: F;
  spendKopecks: F;
  costPerBeneficiaryKopecks: F;
}

/** Quantities add up only within a unit: tubes and hours are never summed. */
export interface UnitRow<F extends Figure> {
  /** tube, pack, piece, hour, visit, kg … */
  unit: string;
  quantity: F;
}

/** What was given of one item in the period, and to how many people. */
export interface ItemRow<F extends Figure> {
  itemName: string;
  unit: string;
  category: string;
  quantity: F;
  spendKopecks: F;
  people: F;
}

/** item categories: medication, dressing, hygiene, nutrition, equipment, service, transport, other */
export interface CategoryRow<F extends Figure> {
  category: string;
  spendKopecks: F;
}

/** funding kinds of DESIGN.md, plus `unattributed` */
export interface FundingKindRow<F extends Figure> {
  fundingKind: string;
  spendKopecks: F;
}

export interface MonthRow<F extends Figure> {
  /** YYYY-MM */
  month: string;
  spendKopecks: F;
}

export interface CoverageRow<F extends Figure> {
  itemName: string;
  unit: string;
  needed: F;
  delivered: F;
  /** delivered / needed; null when nothing was needed */
  coverage: F | null;
}

/**
 * A line of the register. In a beneficiary statement, one care line (voids show as negative lines);
 * in a funding-source report, an item's deliveries in one month.
 */
export interface LineRow<F extends Figure> {
  /** YYYY-MM-DD for a care line, YYYY-MM for a month's deliveries: the organisation's local calendar */
  date: string;
  /** HH:MM, local: a care line's time in a statement */
  time?: string;
  itemName: string;
  unit: string;
  quantity: F;
  unitCostKopecks: F;
  costKopecks: F;
  /** only in a beneficiary statement */
  beneficiaryCode?: string;
  fundingSourceName?: string | null;
}

/** The grant a funding-source report accounts for. */
export interface GrantFigures {
  /** the source's own record, not a statistic: null when the organisation did not enter it */
  amountKopecks: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  /** spent from the source up to the end of the report's period */
  spentToDateKopecks: ProtectedCell;
  /** |amount − spent to date|; null without an amount */
  balanceKopecks: ProtectedCell | null;
  /** spent more than the amount; false when the balance is withheld */
  overspent: boolean;
}

/** A withheld summary figure, named by what it is, never by a field name. */
export type WithheldFigure =
  | { table: 'keyFigures'; key: 'beneficiaries' | 'events' | 'spend' | 'costPerBeneficiary' }
  | { table: 'byCategory' | 'byFundingKind' | 'byUnit' | 'byMonth'; key: string }
  | { table: 'grant'; key: 'spentToDate' | 'balance' };

export interface ReportFigures<F extends Figure> {
  /** counted care lines behind the figures: 0 prints one sentence instead of empty tables */
  countedLines: number;
  keyFigures: KeyFigures<F>;
  byUnit: UnitRow<F>[];
  byItem: ItemRow<F>[];
  byCategory: CategoryRow<F>[];
  byFundingKind: FundingKindRow<F>[];
  /** a funding-source report's spend per month */
  byMonth: MonthRow<F>[];
  coverage: CoverageRow<F>[];
  lines: LineRow<F>[];
  /** the summary figures withheld (register, item and coverage rows show theirs in place) */
  withheld: WithheldFigure[];
}

interface ReportBase {
  reportId: string;
  language: ReportLanguage;
  organisation: { name: string; regionName: string; inn: string | null; ogrn: string | null };
  /** the organisation's IANA time zone: the report's days, months and times are its local ones */
  timeZone: string;
  /** YYYY-MM-DD, inclusive */
  periodFrom: string;
  periodTo: string;
  /** when the report was requested: the PDF's dates are this, so a re-render is byte-identical */
  requestedAt: Date;
  /** printed on every page with its QR code: where anyone can check the file */
  verificationUrl: string;
  /** smallest count shown */
  k: number;
}

export interface PublishableReportModel extends ReportBase, ReportFigures<ProtectedCell> {
  type: PublishableType;
  fundingSource?: { name: string; funderName: string; kind: string; grant: GrantFigures };
}

export interface StatementModel extends ReportBase, ReportFigures<PrivateFigure> {
  type: 'beneficiary_statement';
  beneficiary: { code: string; fullName: string | null; birthDate: string | null };
}

export type ReportModel = PublishableReportModel | StatementModel;
