import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * Care given per tenant × local day (in the organisation's time zone) × item category × funding kind ×
 * unit, kept in the same transaction as every care event and void. Metrics, reports and the league
 * table read these, never the raw ledger. Lines without a funding source count under funding kind
 * `unattributed`.
 */
@Entity('care_daily_rollups')
export class CareDailyRollup {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('date')
  day: string;

  @PrimaryColumn('text')
  category: string;

  @PrimaryColumn('text')
  fundingKind: string;

  /** the items' unit: quantities of different units never add up in one cell */
  @PrimaryColumn('text')
  unit: string;

  @Column({ type: 'numeric', precision: 16, scale: 3, default: 0 })
  quantity: string;

  @Column({ type: 'bigint', default: 0 })
  spendKopecks: string;

  /** care events with at least one line in this cell (a void subtracts its event again) */
  @Column({ type: 'integer', default: 0 })
  events: number;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}

/**
 * Care per tenant × local month × beneficiary × statistics consent: distinct beneficiaries served are
 * the beneficiaries of rows with events > 0. Quantities here add up every unit: read them per unit
 * from the category rollup.
 */
@Entity('care_monthly_beneficiary_rollups')
export class CareMonthlyBeneficiaryRollup {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('date')
  month: string;

  @PrimaryColumn('uuid')
  beneficiaryId: string;

  /**
   * Whether a statistics consent of the person was in force when the care was given: public and
   * authority statistics count only these rows; the organisation's own figures count every row.
   */
  @PrimaryColumn('boolean')
  statisticsConsent: boolean;

  @Column({ type: 'integer', default: 0 })
  events: number;

  @Column({ type: 'numeric', precision: 16, scale: 3, default: 0 })
  quantity: string;

  @Column({ type: 'bigint', default: 0 })
  spendKopecks: string;

  /** The beneficiary's secret record key, copied here so the statistics role can sum a cell's keys. */
  @Column('bigint')
  recordKey: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}

/**
 * Care per tenant × local month × beneficiary × item category × funding kind × unit × statistics
 * consent, so statistics know the people behind each category's and funding kind's figures. `events`
 * counts the events with a line in the cell: an event with lines of several categories counts in
 * each, so events do not add up over cells.
 */
@Entity('care_beneficiary_category_rollups')
export class CareBeneficiaryCategoryRollup {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('date')
  month: string;

  @PrimaryColumn('uuid')
  beneficiaryId: string;

  @PrimaryColumn('text')
  category: string;

  @PrimaryColumn('text')
  fundingKind: string;

  /** the items' unit: quantities of different units never add up in one cell */
  @PrimaryColumn('text')
  unit: string;

  /**
   * Whether a statistics consent of the person was in force when the care was given: public and
   * authority statistics count only these rows; the organisation's own figures count every row.
   */
  @PrimaryColumn('boolean')
  statisticsConsent: boolean;

  /** The beneficiary's secret record key, copied here so the statistics role can sum a cell's keys. */
  @Column('bigint')
  recordKey: string;

  @Column({ type: 'integer', default: 0 })
  events: number;

  @Column({ type: 'numeric', precision: 16, scale: 3, default: 0 })
  quantity: string;

  @Column({ type: 'bigint', default: 0 })
  spendKopecks: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}
