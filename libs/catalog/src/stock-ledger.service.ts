import { DomainError, ErrorCode, message } from '@careledger/common';
import { TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { MovementKind } from './entities/stock-movement.entity.js';
import { StockLedgerRepository } from './stock-ledger.repository.js';

/** One movement for the ledger to apply. Quantities are thousandths of a unit, signed as stored. */
export interface LedgerMovement {
  itemId: string;
  kind: MovementKind;
  /** never 0: into stock positive (receipt, return, positive adjustment), out of stock negative */
  quantityMilli: number;
  /**
   * Into stock: the cost of one unit in kopecks; when absent, the current average cost (the item's
   * default when there is no stock to average). Out of stock: absent, stock leaves at its average cost.
   */
  unitCostKopecks?: number | null;
  fundingSourceId?: string | null;
  careEventId?: string | null;
  occurredAt: Date;
  note?: string | null;
  createdBy?: string | null;
  /** Names the offending field in a 409 for short stock, e.g. `lines[2].quantity`. Default `quantity`. */
  field?: string;
}

/** What one movement did. Its value is always round(quantity × unit cost): the one cost of the stock. */
export interface AppliedMovement {
  id: string;
  itemId: string;
  kind: MovementKind;
  quantityMilli: number;
  /** the unit cost stored on the movement: the given one, or the average cost it moved at */
  unitCostKopecks: number;
  /** signed change of the stock value: round(quantity × unit cost) */
  valueKopecks: number;
  /** the item's balance after this movement */
  balanceMilli: number;
  balanceValueKopecks: number;
}

/** An item's balance as locked for the transaction. */
export interface LockedBalance {
  milli: number;
  value: number;
  defaultUnitCost: number;
  /** when the latest movement into stock happened: later out-going movements only lower the balance */
  lastInflowAt: Date | null;
}

/** quantity × unit cost, rounded half up to the kopeck. */
export function movementValue(quantityMilli: number, unitCostKopecks: number): number {
  return Math.sign(quantityMilli) * Math.round((Math.abs(quantityMilli) * unitCostKopecks) / 1000);
}

/** The moving average cost of one unit, or the item's default when there is no stock to average. */
export function averageCost(balance: LockedBalance): number {
  return balance.milli > 0 ? Math.round((balance.value * 1000) / balance.milli) : balance.defaultUnitCost;
}

const maxMilli = 1e14; // numeric(14,3)

function milliText(milli: number): string {
  return (milli / 1000).toFixed(3).replace(/\.?0+$/, '');
}

function shortage(field: string, text: string): DomainError {
  return new DomainError(ErrorCode.InsufficientStock, `${field}: ${text}`, {
    errors: [{ field, message: text }],
  });
}

function isOverflow(error: unknown): boolean {
  const failure = error as { code?: string; driverError?: { code?: string } };
  return (failure.driverError?.code ?? failure.code) === '22003';
}

/**
 * The stock ledger: the one place that moves stock. Receipts, adjustments and write-offs (StockService),
 * care issues and the returns of voided care (CareEventsService) all pass movements to `apply`, in the
 * caller's transaction. It keeps `stock_balances` (quantity and value at moving average cost), the
 * movements and the stock rollup in step, and refuses a movement that takes stock below zero now or at
 * any moment after the movement's date (unless the organisation allows negative stock).
 *
 * It trusts its caller to have checked the item (of this organisation, not archived, stocked) and the
 * funding source; the foreign keys still refuse another tenant's ids.
 */
@Injectable()
export class StockLedger {
  constructor(private readonly repository: StockLedgerRepository) {}

  /**
   * Applies movements set-based and answers what each did, in the order given. The balance rows of
   * all items are created if missing and locked in item order (no two writers wait in a cycle), the
   * arithmetic runs here, and balances, movements and the rollup are written in one statement.
   */
  async apply(tx: TenantTx, movements: LedgerMovement[]): Promise<AppliedMovement[]> {
    if (movements.length === 0) return [];
    for (const movement of movements) this.assertQuantity(movement);
    const { balances, allowNegative } = await this.repository.lock(tx, [
      ...new Set(movements.map((movement) => movement.itemId)),
    ]);
    const priorInflow = new Map([...balances].map(([itemId, balance]) => [itemId, balance.lastInflowAt]));
    const applied = movements.map((movement) => {
      const balance = balances.get(movement.itemId)!;
      const inward = movement.quantityMilli > 0;
      if (!inward && !allowNegative && balance.milli < -movement.quantityMilli) {
        throw shortage(
          movement.field ?? 'quantity',
          message('stock.shortage', { balance: milliText(balance.milli) }),
        );
      }
      const unitCost = inward ? (movement.unitCostKopecks ?? averageCost(balance)) : averageCost(balance);
      const value = movementValue(movement.quantityMilli, unitCost);
      balance.milli += movement.quantityMilli;
      balance.value += value;
      if (inward && (!balance.lastInflowAt || movement.occurredAt > balance.lastInflowAt))
        balance.lastInflowAt = movement.occurredAt;
      return {
        id: randomUUID(),
        itemId: movement.itemId,
        kind: movement.kind,
        quantityMilli: movement.quantityMilli,
        unitCostKopecks: unitCost,
        valueKopecks: value,
        balanceMilli: balance.milli,
        balanceValueKopecks: balance.value,
      };
    });
    try {
      await this.repository.write(tx, balances, movements, applied);
    } catch (error) {
      if (isOverflow(error)) {
        throw DomainError.invalid(movements[0].field ?? 'quantity', message('stock.beyondRecordable'));
      }
      throw error;
    }
    if (!allowNegative) await this.assertHistory(tx, movements, priorInflow);
    return applied;
  }

  /**
   * Puts back what a care event took from stock, at the cost and the moment it was taken, so the
   * balance history reads as if the stock had never left (voiding).
   */
  async returnIssuedBy(
    tx: TenantTx,
    careEventId: string,
    reversalEventId: string,
    createdBy: string | null,
  ): Promise<AppliedMovement[]> {
    const issued = await this.repository.issuedBy(tx, careEventId);
    return this.apply(
      tx,
      issued.map((issue) => ({
        itemId: issue.itemId,
        kind: MovementKind.Return,
        quantityMilli: -issue.quantityMilli,
        unitCostKopecks: issue.unitCostKopecks,
        fundingSourceId: issue.fundingSourceId,
        careEventId: reversalEventId,
        occurredAt: issue.occurredAt,
        createdBy,
      })),
    );
  }

  private assertQuantity(movement: LedgerMovement): void {
    const milli = movement.quantityMilli;
    if (!Number.isSafeInteger(milli) || milli === 0 || Math.abs(milli) >= maxMilli) {
      throw DomainError.invalid(movement.field ?? 'quantity', message('stock.quantityRange'));
    }
  }

  /**
   * Stock in time: after the movements are written, no balance of an item they take from may be below
   * zero at the earliest such movement's date or at any later moment. With no movement into stock after
   * that date the lowest balance is today's, already checked, so the history is read only for
   * backdated movements that have a receipt or return after them.
   */
  private async assertHistory(
    tx: TenantTx,
    movements: LedgerMovement[],
    priorInflow: Map<string, Date | null>,
  ): Promise<void> {
    const since = new Map<string, Date>();
    for (const movement of movements) {
      const earliest = since.get(movement.itemId);
      if (movement.quantityMilli < 0 && (!earliest || movement.occurredAt < earliest))
        since.set(movement.itemId, movement.occurredAt);
    }
    const inflowAfter = (itemId: string, moment: Date) => {
      const prior = priorInflow.get(itemId);
      return (
        (prior !== null && prior !== undefined && prior > moment) ||
        movements.some(
          (movement) =>
            movement.itemId === itemId && movement.quantityMilli > 0 && movement.occurredAt > moment,
        )
      );
    };
    const toCheck = [...since].filter(([itemId, moment]) => inflowAfter(itemId, moment));
    if (toCheck.length === 0) return;
    const dip = await this.repository.firstNegativeMoment(tx, toCheck);
    if (!dip) return;
    // The line that tipped it: the latest of the item's out-going movements at or before that moment.
    const outgoing = movements.filter(
      (movement) => movement.itemId === dip.itemId && movement.quantityMilli < 0,
    );
    const byThen = outgoing.filter((movement) => movement.occurredAt <= dip.at);
    const culprit = (byThen.length > 0 ? byThen : outgoing).reduce((latest, movement) =>
      movement.occurredAt >= latest.occurredAt ? movement : latest,
    );
    const then = dip.balanceMilli - culprit.quantityMilli;
    throw shortage(
      culprit.field ?? 'quantity',
      message('stock.shortageThen', { balance: milliText(then), at: dip.at.toISOString() }),
    );
  }
}
