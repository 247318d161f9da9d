import { CareEventKind } from './entities/care-event.entity.js';

export interface CareLineInput {
  itemId: string;
  /** decimal with at most 3 places, > 0 */
  quantity: number;
  unitCostKopecks?: number;
  fundingSourceId?: string;
}

export interface CareEventInput {
  beneficiaryId: string;
  occurredAt: Date;
  kind: CareEventKind;
  note?: string;
  lines: CareLineInput[];
}

export interface CareLineView {
  id: string;
  lineNo: number;
  itemId: string;
  quantity: number;
  unitCostKopecks: number;
  costKopecks: number;
  fundingSourceId: string | null;
}

export interface CareEventView {
  id: string;
  beneficiaryId: string;
  occurredAt: string;
  kind: CareEventKind;
  note: string | null;
  loggedBy: string | null;
  createdAt: string;
  /** set on a reversing entry: the event it voids */
  reversesEventId: string | null;
  voidReason: string | null;
  /** set on a voided event: the entry that reversed it */
  voidedByEventId: string | null;
  totalCostKopecks: number;
  lines: CareLineView[];
}

/** Thousandths of a unit: quantities are exact integers in code and numeric(14,3) in SQL. */
export function toMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

export function fromMilli(milli: number): string {
  return (milli / 1000).toFixed(3);
}

/** quantity × unit cost, rounded half up to the kopeck. */
export function lineCost(quantityMilli: number, unitCostKopecks: number): number {
  return Math.round((quantityMilli * unitCostKopecks) / 1000);
}
