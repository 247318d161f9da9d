import { CursorPosition, cursorInstantSql } from '@careledger/common';
import { TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  BeneficiarySort,
  Contacts,
  Diagnosis,
  NewConsent,
  PersonalDetails,
  RegisterFilter,
  Sex,
  SortOrder,
} from './beneficiary.views.js';
import { BeneficiaryStatus } from './entities/beneficiary.entity.js';
import { ConsentScope } from './entities/consent.entity.js';
import { parseRegisterSearch, RegisterSearch } from './register-search.js';

export interface BeneficiaryRow {
  id: string;
  code: string;
  status: BeneficiaryStatus;
  created_at: Date;
  updated_at: Date;
  erased_at: Date | null;
}

/** A list row: the record, the name and birth date, the last care and the sort's cursor key. */
export interface RegisterRow extends BeneficiaryRow {
  full_name: string | null;
  birth_date: string | null;
  last_care_at: Date | null;
  sort_key: string;
}

export interface PersonalDataRow {
  full_name: string;
  birth_date: string | null;
  sex: Sex | null;
  region_code: string | null;
  contacts: Contacts;
  diagnoses: Diagnosis[];
  notes: string | null;
  updated_at: Date;
}

export interface ConsentRow {
  id: string;
  scope: ConsentScope;
  given_at: Date;
  withdrawn_at: Date | null;
  created_at: Date;
}

export interface CareEventRow {
  id: string;
  occurred_at: Date;
  kind: string;
  note: string | null;
  reverses_event_id: string | null;
  void_reason: string | null;
  created_at: Date;
}

export interface CareLineRow {
  id: string;
  event_id: string;
  line_no: number;
  item_id: string;
  item_sku: string;
  item_name: string;
  unit: string;
  quantity: string;
  unit_cost_kopecks: string;
  cost_kopecks: string;
  funding_source_id: string | null;
}

export interface NeedRow {
  id: string;
  item_id: string;
  item_name: string;
  unit: string;
  quantity_per_month: string;
  valid_from: string;
  valid_to: string | null;
}

/** Prefix of generated codes: «П» for подопечный, then a number per organisation, `П-000001`. */
export const generatedCodePrefix = 'П-';
const generatedCodeDigits = 6;

const beneficiaryColumns = `id, code, status, created_at, updated_at, erased_at`;
const personalColumns = `full_name, birth_date::text as birth_date, sex, region_code, contacts, diagnoses, notes, updated_at`;
const consentColumns = `id, scope, given_at, withdrawn_at, created_at`;

/** Personal fields a patch may change, and the column each is kept in. */
const personalColumnOf: Record<keyof PersonalDetails, string> = {
  fullName: 'full_name',
  birthDate: 'birth_date',
  sex: 'sex',
  regionCode: 'region_code',
  contacts: 'contacts',
  diagnoses: 'diagnoses',
  notes: 'notes',
};

const jsonColumns = new Set(['contacts', 'diagnoses']);

/** The cursor key of a sort: the value rows are ordered by, as text, and how a cursor's key is read back. */
interface SortColumn {
  value: string;
  key: string;
  cast: 'text' | 'timestamptz';
}

/** Never cared for sorts as the longest ago: before any care, and a valid cursor instant. */
const lastCareOrNever = `coalesce(lc.last_care_at, '0001-01-01T00:00:00Z'::timestamptz)`;

const sortColumns: Record<BeneficiarySort, SortColumn> = {
  [BeneficiarySort.Code]: { value: 'b.code', key: 'b.code', cast: 'text' },
  // an erased person has no name: the empty key, before every name
  [BeneficiarySort.Name]: {
    value: `coalesce(search_fold(p.full_name), '')`,
    key: `coalesce(search_fold(p.full_name), '')`,
    cast: 'text',
  },
  [BeneficiarySort.RegisteredAt]: {
    value: 'b.created_at',
    key: cursorInstantSql('b.created_at'),
    cast: 'timestamptz',
  },
  [BeneficiarySort.LastCare]: {
    value: lastCareOrNever,
    key: cursorInstantSql(lastCareOrNever),
    cast: 'timestamptz',
  },
};

/** The latest care event of each listed person that is neither voided nor a reversal. */
const lastCareJoin = `
  left join lateral (
    select e.occurred_at as last_care_at
      from care_events e
     where e.tenant_id = b.tenant_id and e.beneficiary_id = b.id and e.reverses_event_id is null
       and not exists (select 1 from care_events r where r.tenant_id = e.tenant_id and r.reverses_event_id = e.id)
     order by e.occurred_at desc
     limit 1) lc on true`;

/** Terms from `prefix` on: the range of `beneficiary_search_terms` (collation C) that starts with it. */
const termsFrom = (prefix: string) =>
  `select beneficiary_id from beneficiary_search_terms
    where tenant_id = $1 and term >= ${prefix} and term < ${prefix} || chr(1114111)`;

/**
 * The ids a search finds, each way on an index: every word begins a word of the name, the digits are in
 * the phone number, the birth date is the text; or the whole text is in the code (codes are not
 * personal data, and one organisation's are few). Appends its values to `params`.
 */
function searchMatches(search: RegisterSearch, params: unknown[]): string {
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const ways = [
    `select id from beneficiaries where tenant_id = $1 and strpos(search_fold(code), search_fold(${param(search.text)})) > 0`,
  ];
  if (search.words.length > 0)
    ways.push(
      search.words.map((word) => termsFrom(`'w:' || search_fold(${param(word)})`)).join(' intersect '),
    );
  if (search.phoneDigits !== undefined) ways.push(termsFrom(`'p:' || ${param(search.phoneDigits)}`));
  if (search.birthDate !== undefined)
    ways.push(
      `select beneficiary_id from beneficiary_personal_data where tenant_id = $1 and birth_date = ${param(search.birthDate)}::date`,
    );
  return ways.map((way) => `(${way})`).join(' union ');
}

interface SearchFilter {
  q?: string;
  status?: BeneficiaryStatus;
  codesOnly: boolean;
}

/** What `q` asks for; a reader without personal data gets the code way only (no words, phone or date). */
function searchOf(q: string, codesOnly: boolean): RegisterSearch {
  const search = parseRegisterSearch(q);
  return codesOnly ? { text: search.text, words: [] } : search;
}

/** The rows a list or a search takes, and the values of its placeholders: one home for both queries. */
function registerRows(
  tenantId: string,
  filter: SearchFilter,
  joins = '',
): { from: string; params: unknown[] } {
  const params: unknown[] = [tenantId, filter.status ?? null];
  const search =
    filter.q === undefined
      ? ''
      : `and b.id in (${searchMatches(searchOf(filter.q, filter.codesOnly), params)})`;
  return {
    from: `
      from beneficiaries b
      left join beneficiary_personal_data p on p.tenant_id = b.tenant_id and p.beneficiary_id = b.id
      ${joins}
     where b.tenant_id = $1 and ($2::text is null or b.status = $2) ${search}`,
    params,
  };
}

/** Every query on beneficiaries, their personal data and consents; each runs in the caller's tenant transaction. */
@Injectable()
export class BeneficiariesRepository {
  /** Creations of one organisation run one at a time, so generated codes never collide. */
  async lockCodes(tx: TenantTx): Promise<void> {
    await tx.manager.query(`select pg_advisory_xact_lock(hashtextextended('beneficiary-code:' || $1, 0))`, [
      tx.tenantId,
    ]);
  }

  /** The next free generated code; call under lockCodes. */
  async nextGeneratedCode(tx: TenantTx): Promise<string> {
    const [{ last }]: { last: string | null }[] = await tx.manager.query(
      `select max(substring(code from $2)::bigint)::text as last
         from beneficiaries where tenant_id = $1 and code ~ $3`,
      [tx.tenantId, `^${generatedCodePrefix}([0-9]+)$`, `^${generatedCodePrefix}[0-9]+$`],
    );
    const next = BigInt(last ?? '0') + 1n;
    return `${generatedCodePrefix}${next.toString().padStart(generatedCodeDigits, '0')}`;
  }

  async codeTaken(tx: TenantTx, code: string): Promise<boolean> {
    const rows: unknown[] = await tx.manager.query(
      `select 1 from beneficiaries where tenant_id = $1 and code = $2`,
      [tx.tenantId, code],
    );
    return rows.length > 0;
  }

  async insert(tx: TenantTx, code: string): Promise<string> {
    const id = randomUUID();
    await tx.manager.query(`insert into beneficiaries (tenant_id, id, code) values ($1, $2, $3)`, [
      tx.tenantId,
      id,
      code,
    ]);
    return id;
  }

  async insertPersonalData(tx: TenantTx, beneficiaryId: string, details: PersonalDetails): Promise<void> {
    await tx.manager.query(
      `insert into beneficiary_personal_data
         (tenant_id, beneficiary_id, full_name, birth_date, sex, region_code, contacts, diagnoses, notes)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9)`,
      [
        tx.tenantId,
        beneficiaryId,
        details.fullName,
        details.birthDate ?? null,
        details.sex ?? null,
        details.regionCode ?? null,
        JSON.stringify(details.contacts ?? {}),
        JSON.stringify(details.diagnoses ?? []),
        details.notes ?? null,
      ],
    );
  }

  async insertConsent(tx: TenantTx, beneficiaryId: string, consent: NewConsent): Promise<ConsentRow> {
    const [row]: ConsentRow[] = await tx.manager.query(
      `insert into consents (tenant_id, id, beneficiary_id, scope, given_at) values ($1, $2, $3, $4, $5)
       returning ${consentColumns}`,
      [tx.tenantId, randomUUID(), beneficiaryId, consent.scope, consent.givenAt],
    );
    return row;
  }

  /** One beneficiary; `forUpdate` holds the row until commit, so changes to one person run one at a time. */
  async find(tx: TenantTx, id: string, forUpdate = false): Promise<BeneficiaryRow | undefined> {
    const rows: BeneficiaryRow[] = await tx.manager.query(
      `select ${beneficiaryColumns} from beneficiaries where tenant_id = $1 and id = $2${forUpdate ? ' for update' : ''}`,
      [tx.tenantId, id],
    );
    return rows[0];
  }

  async personalData(tx: TenantTx, beneficiaryId: string): Promise<PersonalDataRow | undefined> {
    const rows: PersonalDataRow[] = await tx.manager.query(
      `select ${personalColumns} from beneficiary_personal_data where tenant_id = $1 and beneficiary_id = $2`,
      [tx.tenantId, beneficiaryId],
    );
    return rows[0];
  }

  consents(tx: TenantTx, beneficiaryId: string): Promise<ConsentRow[]> {
    return tx.manager.query(
      `select ${consentColumns} from consents where tenant_id = $1 and beneficiary_id = $2
        order by given_at, created_at, id`,
      [tx.tenantId, beneficiaryId],
    );
  }

  async consent(tx: TenantTx, beneficiaryId: string, consentId: string): Promise<ConsentRow | undefined> {
    const rows: ConsentRow[] = await tx.manager.query(
      `select ${consentColumns} from consents where tenant_id = $1 and beneficiary_id = $2 and id = $3`,
      [tx.tenantId, beneficiaryId, consentId],
    );
    return rows[0];
  }

  /** Withdraws a consent still in force; undefined when it was already withdrawn (or is not there). */
  async withdrawConsent(
    tx: TenantTx,
    beneficiaryId: string,
    consentId: string,
  ): Promise<ConsentRow | undefined> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [rows]: [ConsentRow[], number] = await tx.manager.query(
      `update consents set withdrawn_at = now()
        where tenant_id = $1 and beneficiary_id = $2 and id = $3 and withdrawn_at is null
        returning ${consentColumns}`,
      [tx.tenantId, beneficiaryId, consentId],
    );
    return rows[0];
  }

  /**
   * A page in the order asked for, ties broken by id, so a cursor never repeats or skips a row; with the
   * name and birth date (which the caller shows only to those who may read them) and the last care.
   */
  list(tx: TenantTx, filter: RegisterFilter, after: CursorPosition | undefined): Promise<RegisterRow[]> {
    const { from, params } = registerRows(tx.tenantId, filter, lastCareJoin);
    const sort = sortColumns[filter.sort];
    const direction = filter.order === SortOrder.Desc ? 'desc' : 'asc';
    let cursor = '';
    if (after) {
      params.push(after.key, after.id);
      const [key, id] = [`$${params.length - 1}::${sort.cast}`, `$${params.length}::uuid`];
      cursor = `and (${sort.value}, b.id) ${direction === 'asc' ? '>' : '<'} (${key}, ${id})`;
    }
    params.push(filter.limit + 1);
    return tx.manager.query(
      `select b.id, b.code, b.status, b.created_at, b.updated_at, b.erased_at,
              p.full_name, p.birth_date::text as birth_date, lc.last_care_at, ${sort.key} as sort_key
         ${from}
         ${cursor}
        order by ${sort.value} ${direction}, b.id ${direction}
        limit $${params.length}`,
      params,
    );
  }

  /** How many beneficiaries a search matches in all, over every page: what the search's audit row counts. */
  async countMatching(tx: TenantTx, filter: SearchFilter): Promise<number> {
    const { from, params } = registerRows(tx.tenantId, filter);
    const [{ matched }]: { matched: number }[] = await tx.manager.query(
      `select count(*)::int as matched ${from}`,
      params,
    );
    return matched;
  }

  /**
   * The code of a person already registered under the same name (words in any order, ё as е, case
   * ignored) and the same birth date, or both without one; call under lockCodes.
   */
  async samePerson(
    tx: TenantTx,
    fullName: string,
    birthDate: string | null,
    except: string | null = null,
  ): Promise<string | undefined> {
    const rows: { code: string }[] = await tx.manager.query(
      `select b.code from beneficiary_search_terms t
         join beneficiary_personal_data p on p.tenant_id = t.tenant_id and p.beneficiary_id = t.beneficiary_id
         join beneficiaries b on b.tenant_id = t.tenant_id and b.id = t.beneficiary_id
        where t.tenant_id = $1 and t.term = 'k:' || person_name_key($2)
          and p.birth_date is not distinct from $3::date
          and b.id is distinct from $4::uuid
        order by b.code limit 1`,
      [tx.tenantId, fullName, birthDate, except],
    );
    return rows[0]?.code;
  }

  /** Writes the given personal fields; jsonb fields are replaced as a whole. */
  async updatePersonalData(
    tx: TenantTx,
    beneficiaryId: string,
    patch: Partial<PersonalDetails>,
  ): Promise<void> {
    const params: unknown[] = [tx.tenantId, beneficiaryId];
    const assignments = (Object.keys(personalColumnOf) as (keyof PersonalDetails)[])
      .filter((field) => patch[field] !== undefined)
      .map((field) => {
        const column = personalColumnOf[field];
        const value = patch[field];
        params.push(jsonColumns.has(column) ? JSON.stringify(value) : value);
        return `${column} = $${params.length}${jsonColumns.has(column) ? '::jsonb' : ''}`;
      });
    if (assignments.length === 0) return;
    await tx.manager.query(
      `update beneficiary_personal_data set ${assignments.join(', ')}, updated_at = now()
        where tenant_id = $1 and beneficiary_id = $2`,
      params,
    );
  }

  async touch(tx: TenantTx, id: string, status?: BeneficiaryStatus): Promise<void> {
    await tx.manager.query(
      `update beneficiaries set status = coalesce($3, status), updated_at = now() where tenant_id = $1 and id = $2`,
      [tx.tenantId, id, status ?? null],
    );
  }

  /**
   * Erasure: the personal data row is deleted, not blanked (a trigger deletes its search terms),
   * consents still in force end now, and the pseudonymous record stays with its code, so care history
   * and statistics stay true.
   */
  async erase(tx: TenantTx, id: string): Promise<void> {
    await tx.manager.query(
      `delete from beneficiary_personal_data where tenant_id = $1 and beneficiary_id = $2`,
      [tx.tenantId, id],
    );
    await tx.manager.query(
      `update consents set withdrawn_at = now() where tenant_id = $1 and beneficiary_id = $2 and withdrawn_at is null`,
      [tx.tenantId, id],
    );
    await tx.manager.query(
      `update beneficiaries set status = $3, erased_at = now(), updated_at = now() where tenant_id = $1 and id = $2`,
      [tx.tenantId, id, BeneficiaryStatus.Erased],
    );
  }

  /** The person's care events, reversing entries included, oldest first. */
  careEvents(tx: TenantTx, beneficiaryId: string): Promise<CareEventRow[]> {
    return tx.manager.query(
      `select id, occurred_at, kind, note, reverses_event_id, void_reason, created_at
         from care_events where tenant_id = $1 and beneficiary_id = $2
        order by occurred_at, created_at, id`,
      [tx.tenantId, beneficiaryId],
    );
  }

  /** The lines of the person's care events, with the item each line gave. */
  careLines(tx: TenantTx, beneficiaryId: string): Promise<CareLineRow[]> {
    return tx.manager.query(
      `select l.id, l.event_id, l.line_no, l.item_id, i.sku as item_sku, i.name as item_name, i.unit,
              l.quantity, l.unit_cost_kopecks, l.cost_kopecks, l.funding_source_id
         from care_lines l
         join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
         join items i on i.tenant_id = l.tenant_id and i.id = l.item_id
        where l.tenant_id = $1 and e.beneficiary_id = $2
        order by l.event_id, l.line_no`,
      [tx.tenantId, beneficiaryId],
    );
  }

  needs(tx: TenantTx, beneficiaryId: string): Promise<NeedRow[]> {
    return tx.manager.query(
      `select n.id, n.item_id, i.name as item_name, i.unit, n.quantity_per_month,
              n.valid_from::text as valid_from, n.valid_to::text as valid_to
         from needs n join items i on i.tenant_id = n.tenant_id and i.id = n.item_id
        where n.tenant_id = $1 and n.beneficiary_id = $2
        order by n.valid_from, i.name, n.id`,
      [tx.tenantId, beneficiaryId],
    );
  }
}
