import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Beneficiary } from './beneficiary.entity.js';

/**
 * What the register search looks up, derived from personal data by the database's
 * `beneficiary_search_terms()` (migration RegisterSearch1795800001100): `w:` each folded word of the
 * name, `p:` each tail of five or more digits of the phone number, `k:` the name's words in order (the
 * duplicate guard). Under forced row-level security only leakproof comparisons (=, <, >=) may use an
 * index, never LIKE, so the search compares whole terms and prefixes here; byte order (collation C)
 * makes a prefix one range. Personal data: rewritten with the record, deleted on erasure.
 */
@Entity('beneficiary_search_terms')
@Index(['tenantId', 'term'])
export class BeneficiarySearchTerm {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  beneficiaryId: string;

  @PrimaryColumn({ type: 'text', collation: 'C' })
  term: string;

  @ManyToOne(() => Beneficiary, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'beneficiary_id', referencedColumnName: 'id' },
  ])
  beneficiary?: Beneficiary;
}
