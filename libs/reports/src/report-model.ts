/**
 * Everything a report's PDF shows, assembled by the reports service from the database and handed to
 * the renderer. The renderer adds only fixed wording (in the report's language) and layout.
 */
export type ReportType = 'activity' | 'funding_source' | 'beneficiary_statement';
export type ReportLanguage = 'ru' | 'en';

export interface KeyFigures {
  /** distinct beneficiaries served in the period; null when suppressed */
  beneficiaries: number | null;
  /** care events (voided ones excluded); null when suppressed */
  events: number | null;
  /** items delivered, all units together; null when suppressed */
  itemsDelivered: number | null;
  spendKopecks: number | null;
  costPerBeneficiaryKopecks: number | null;
}

/** item categories: medication, dressing, hygiene, nutrition, equipment, service, transport, other */
export interface CategoryRow {
  category: string;
  quantity: number | null;
  spendKopecks: number | null;
}

/** funding kinds of DESIGN.md, plus `unattributed` */
export interface FundingKindRow {
  fundingKind: string;
  spendKopecks: number | null;
}

export interface CoverageRow {
  itemName: string;
  unit: string;
  /** null when withheld */
  needed: number | null;
  delivered: number | null;
  /** delivered / needed; null when nothing was needed or either is withheld */
  coverage: number | null;
}

/**
 * A line of the register. In a beneficiary statement, one care line (voids show as negative lines);
 * in a funding-source report, an item's deliveries in one month, its figures null when withheld.
 */
export interface LineRow {
  /** YYYY-MM-DD for a care line, YYYY-MM for a month's deliveries */
  date: string;
  itemName: string;
  /** tube, pack, piece, hour, visit */
  unit: string;
  quantity: number | null;
  unitCostKopecks: number | null;
  costKopecks: number | null;
  /** only in a beneficiary statement */
  beneficiaryCode?: string;
  fundingSourceName?: string | null;
}

export interface ReportModel {
  reportId: string;
  type: ReportType;
  language: ReportLanguage;
  organisation: { name: string; regionName: string; inn: string | null; ogrn: string | null };
  /** YYYY-MM-DD, inclusive */
  periodFrom: string;
  periodTo: string;
  /** when the report was requested: the PDF's dates are this, so a re-render is byte-identical */
  requestedAt: Date;
  /** printed on every page: where anyone can check the file */
  verificationUrl: string;
  fundingSource?: { name: string; funderName: string; kind: string };
  /** only in a beneficiary statement (private: never published) */
  beneficiary?: { code: string; fullName: string | null; birthDate: string | null };
  keyFigures: KeyFigures;
  byCategory: CategoryRow[];
  byFundingKind: FundingKindRow[];
  coverage: CoverageRow[];
  lines: LineRow[];
  /** smallest count shown, and which figures were withheld (field names as above) */
  suppression: { k: number; suppressed: string[] };
}
