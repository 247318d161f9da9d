import { AuditLog } from '@careledger/audit';
import { rebuildRollups } from '@careledger/care';
import {
  Actor,
  decodeCursor,
  DomainError,
  ErrorCode,
  message,
  Page,
  TenantId,
  toPage,
} from '@careledger/common';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { IdempotencyClaim, IdempotencyService } from '@careledger/idempotency';
import { Injectable } from '@nestjs/common';
import {
  BeneficiariesRepository,
  BeneficiaryRow,
  CareEventRow,
  CareLineRow,
  ConsentRow,
  NeedRow,
  PersonalDataRow,
  RegisterRow,
} from './beneficiaries.repository.js';
import { ConsentScope } from './entities/consent.entity.js';
import {
  BeneficiaryExport,
  BeneficiaryFilter,
  BeneficiaryPatch,
  BeneficiarySort,
  BeneficiarySummaryView,
  BeneficiaryView,
  CareEventExport,
  CareLineExport,
  ConsentView,
  contactFields,
  Contacts,
  NeedExport,
  NewBeneficiary,
  NewConsent,
  PersonalDataView,
  PersonalDetails,
  RegisterFilter,
  RegisterItemView,
  SortOrder,
} from './beneficiary.views.js';
import { CaseworkRepository } from './casework.repository.js';
import { CaseworkService, followUpView } from './casework.service.js';
import { BeneficiaryStatus } from './entities/beneficiary.entity.js';

const personalFields: (keyof PersonalDetails)[] = [
  'fullName',
  'birthDate',
  'sex',
  'regionCode',
  'contacts',
  'diagnoses',
  'notes',
];

function summaryView(row: BeneficiaryRow): BeneficiarySummaryView {
  return { id: row.id, code: row.code, status: row.status, createdAt: row.created_at.toISOString() };
}

function registerItemView(row: RegisterRow, withNames: boolean): RegisterItemView {
  const item: RegisterItemView = { ...summaryView(row), lastCareAt: row.last_care_at?.toISOString() ?? null };
  if (withNames) Object.assign(item, { fullName: row.full_name, birthDate: row.birth_date });
  return item;
}

/** What a cursor's key is, by what the list sorts by. */
const cursorKindOf = {
  [BeneficiarySort.Code]: 'text',
  [BeneficiarySort.Name]: 'text',
  [BeneficiarySort.RegisteredAt]: 'timestamp',
  [BeneficiarySort.LastCare]: 'timestamp',
} as const;

function consentView(row: ConsentRow): ConsentView {
  return {
    id: row.id,
    scope: row.scope,
    givenAt: row.given_at.toISOString(),
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** Only the contact fields this api knows, whatever the stored object holds. */
function contactsView(stored: Contacts | null | undefined): Contacts {
  const contacts: Contacts = {};
  for (const field of contactFields) {
    const value = stored?.[field];
    if (typeof value === 'string') contacts[field] = value;
  }
  return contacts;
}

function personalView(row: PersonalDataRow): PersonalDataView {
  return {
    fullName: row.full_name,
    birthDate: row.birth_date,
    sex: row.sex,
    regionCode: row.region_code,
    contacts: contactsView(row.contacts),
    diagnoses: (row.diagnoses ?? []).map((diagnosis) => ({ system: diagnosis.system, code: diagnosis.code })),
    notes: row.notes,
  };
}

const erasedPersonalView: Omit<PersonalDataView, 'fullName'> & { fullName: null } = {
  fullName: null,
  birthDate: null,
  sex: null,
  regionCode: null,
  contacts: {},
  diagnoses: [],
  notes: null,
};

function beneficiaryView(
  row: BeneficiaryRow,
  personal: PersonalDataRow | undefined,
  consents: ConsentRow[],
): BeneficiaryView {
  return {
    ...summaryView(row),
    ...(personal ? personalView(personal) : erasedPersonalView),
    consents: consents.map(consentView),
    updatedAt: row.updated_at.toISOString(),
    erasedAt: row.erased_at?.toISOString() ?? null,
  };
}

function lineExport(row: CareLineRow): CareLineExport {
  return {
    id: row.id,
    lineNo: row.line_no,
    itemId: row.item_id,
    itemSku: row.item_sku,
    itemName: row.item_name,
    unit: row.unit,
    quantity: Number(row.quantity),
    unitCostKopecks: Number(row.unit_cost_kopecks),
    costKopecks: Number(row.cost_kopecks),
    fundingSourceId: row.funding_source_id,
  };
}

function careEventExport(row: CareEventRow, lines: CareLineRow[]): CareEventExport {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    kind: row.kind,
    note: row.note,
    reversesEventId: row.reverses_event_id,
    voidReason: row.void_reason,
    createdAt: row.created_at.toISOString(),
    lines: lines.map(lineExport),
  };
}

function needExport(row: NeedRow): NeedExport {
  return {
    id: row.id,
    itemId: row.item_id,
    itemName: row.item_name,
    unit: row.unit,
    quantityPerMonth: Number(row.quantity_per_month),
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

function duplicateCode(): DomainError {
  return new DomainError(ErrorCode.Duplicate, message('conflict.duplicateCode'), {
    errors: [{ field: 'code', message: message('beneficiary.codeTaken') }],
  });
}

function samePersonConflict(code: string): DomainError {
  return new DomainError(ErrorCode.Duplicate, message('beneficiary.samePerson', { code }), {
    errors: [
      {
        field: 'confirmDistinct',
        message: message('beneficiary.confirmDistinct', { code }),
      },
    ],
  });
}

function erasedConflict(): DomainError {
  return new DomainError(ErrorCode.Conflict, message('conflict.erased'));
}

/** A consent list may name each scope once. */
function assertScopesDistinct(consents: NewConsent[]): void {
  const seen = new Set<string>();
  consents.forEach((consent, index) => {
    if (seen.has(consent.scope))
      throw DomainError.invalid(`consents[${index}].scope`, message('field.scopeRepeated'));
    seen.add(consent.scope);
  });
}

/**
 * The register of beneficiaries (подопечные): pseudonymous record, personal data kept apart, consents,
 * erasure and the subject access export. Every change and every read of personal data is audited, with
 * ids and field names only.
 */
@Injectable()
export class BeneficiariesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly repository: BeneficiariesRepository,
    private readonly audit: AuditLog,
    private readonly idempotency: IdempotencyService,
    private readonly casework: CaseworkService,
    private readonly caseworkRepository: CaseworkRepository,
  ) {}

  create(
    orgId: TenantId,
    input: NewBeneficiary,
    actor: Actor,
    claim?: IdempotencyClaim,
  ): Promise<BeneficiaryView> {
    const consents = input.consents ?? [];
    assertScopesDistinct(consents);
    return this.transactions.run(orgId, (tx) =>
      this.idempotency.within(tx, claim, async () => {
        await this.repository.lockCodes(tx);
        let code = input.code;
        if (code === undefined) code = await this.repository.nextGeneratedCode(tx);
        else if (await this.repository.codeTaken(tx, code)) throw duplicateCode();
        const samePerson = await this.repository.samePerson(tx, input.fullName, input.birthDate ?? null);
        if (samePerson !== undefined && input.confirmDistinct !== true) throw samePersonConflict(samePerson);
        const id = await this.repository.insert(tx, code);
        await this.repository.insertPersonalData(tx, id, input);
        await this.audit.record(tx, {
          actor,
          action: 'beneficiary.created',
          entityType: 'beneficiary',
          entityId: id,
          details: {
            code,
            fields: personalFields.filter((field) => input[field] != null),
            ...(samePerson !== undefined ? { confirmedDistinctFrom: samePerson } : {}),
          },
        });
        for (const consent of consents) await this.give(tx, id, consent, actor);
        return this.view(tx, id);
      }),
    );
  }

  /**
   * A page of the register in the order asked for (by code when none is). Names and birth dates are
   * shown `withNames` only, and then the page is a read of personal data: one audit row names whose.
   * A search (`q`) looks into personal data, so it is audited too: who searched and how many people
   * matched, never what was searched for. A reader who may not see names searches codes only.
   */
  list(
    orgId: TenantId,
    filter: BeneficiaryFilter,
    actor: Actor,
    withNames: boolean,
  ): Promise<Page<RegisterItemView>> {
    const register: RegisterFilter = {
      ...filter,
      sort: filter.sort ?? BeneficiarySort.Code,
      order: filter.order ?? SortOrder.Asc,
      codesOnly: !withNames,
    };
    const after = decodeCursor(filter.cursor, cursorKindOf[register.sort]);
    return this.transactions.run(orgId, async (tx) => {
      const rows = await this.repository.list(tx, register, after);
      const page = toPage(
        rows,
        filter.limit,
        (row) => ({ key: row.sort_key, id: row.id }),
        (row) => registerItemView(row, withNames),
      );
      if (filter.q !== undefined || (withNames && page.items.length > 0))
        await this.recordListRead(tx, register, page, actor, withNames);
      return page;
    });
  }

  /**
   * The full record; the read is written to the audit log, naming the reader. A reader without access
   * to personal data (a viewer) gets the record without it, every personal field empty as after
   * erasure, and that read is not one of personal data.
   */
  get(orgId: TenantId, id: string, actor: Actor, withPersonalData: boolean): Promise<BeneficiaryView> {
    return this.transactions.run(orgId, async (tx) => {
      if (!withPersonalData) return this.view(tx, id, false);
      const view = await this.view(tx, id);
      await this.recordRead(tx, id, actor, 'view');
      return view;
    });
  }

  /**
   * Changes the given fields. The answer holds the whole record, so it counts as a read of personal data
   * as well. An erased beneficiary cannot be changed.
   */
  update(orgId: TenantId, id: string, patch: BeneficiaryPatch, actor: Actor): Promise<BeneficiaryView> {
    return this.transactions.run(orgId, async (tx) => {
      const current = await this.existing(tx, id, true);
      if (current.status === BeneficiaryStatus.Erased) throw erasedConflict();
      const samePerson = await this.samePersonAfter(tx, id, patch);
      const fields = [...personalFields, 'status' as const].filter((field) => patch[field] !== undefined);
      if (fields.length > 0) {
        await this.repository.updatePersonalData(tx, id, patch);
        await this.repository.touch(tx, id, patch.status);
        await this.audit.record(tx, {
          actor,
          action: 'beneficiary.updated',
          entityType: 'beneficiary',
          entityId: id,
          details: {
            fields: [...fields].sort(),
            ...(samePerson !== undefined ? { confirmedDistinctFrom: samePerson } : {}),
          },
        });
      }
      const view = await this.view(tx, id);
      await this.recordRead(tx, id, actor, 'update');
      return view;
    });
  }

  giveConsent(
    orgId: TenantId,
    id: string,
    consent: NewConsent,
    actor: Actor,
    claim?: IdempotencyClaim,
  ): Promise<ConsentView> {
    return this.transactions.run(orgId, (tx) =>
      this.idempotency.within(tx, claim, async () => {
        const current = await this.existing(tx, id, true);
        if (current.status === BeneficiaryStatus.Erased) throw erasedConflict();
        const active = (await this.repository.consents(tx, id)).filter((row) => row.withdrawn_at === null);
        if (active.some((row) => row.scope === consent.scope))
          throw new DomainError(ErrorCode.Conflict, message('consent.inForce', { scope: consent.scope }), {
            errors: [{ field: 'scope', message: message('consent.inForceField') }],
          });
        const row = await this.repository.insertConsent(tx, id, consent);
        await this.recountUnder(tx, id, row.scope);
        await this.recordGiven(tx, id, row, actor);
        return consentView(row);
      }),
    );
  }

  withdrawConsent(orgId: TenantId, id: string, consentId: string, actor: Actor): Promise<ConsentView> {
    return this.transactions.run(orgId, async (tx) => {
      await this.existing(tx, id, true);
      const withdrawn = await this.repository.withdrawConsent(tx, id, consentId);
      if (!withdrawn) {
        if (!(await this.repository.consent(tx, id, consentId))) throw DomainError.notFound('consent');
        throw new DomainError(ErrorCode.Conflict, message('conflict.consentWithdrawn'));
      }
      await this.recountUnder(tx, id, withdrawn.scope);
      await this.audit.record(tx, {
        actor,
        action: 'consent.withdrawn',
        entityType: 'consent',
        entityId: consentId,
        details: { beneficiaryId: id, scope: withdrawn.scope },
      });
      return consentView(withdrawn);
    });
  }

  /**
   * Erasure (152-ФЗ): the personal data is deleted for good; the code, consent history and care history
   * stay. Erasing an erased beneficiary again changes nothing.
   */
  erase(orgId: TenantId, id: string, actor: Actor): Promise<void> {
    return this.transactions.run(orgId, async (tx) => {
      const current = await this.existing(tx, id, true);
      if (current.status === BeneficiaryStatus.Erased) return;
      await this.repository.erase(tx, id);
      const casework = await this.caseworkRepository.erase(tx, id);
      await this.audit.record(tx, {
        actor,
        action: 'beneficiary.erased',
        entityType: 'beneficiary',
        entityId: id,
        details: { code: current.code, ...casework },
      });
    });
  }

  /** Subject access request: everything held about this one person. */
  export(orgId: TenantId, id: string, actor: Actor): Promise<BeneficiaryExport> {
    return this.transactions.run(orgId, async (tx) => {
      const row = await this.existing(tx, id);
      const [personal, consents, events, lines, needs, caseNotes, followUps] = [
        await this.repository.personalData(tx, id),
        await this.repository.consents(tx, id),
        await this.repository.careEvents(tx, id),
        await this.repository.careLines(tx, id),
        await this.repository.needs(tx, id),
        await this.casework.notesOf(tx, id),
        await this.caseworkRepository.followUps(tx, id),
      ];
      const linesOf = new Map<string, CareLineRow[]>();
      for (const line of lines) linesOf.set(line.event_id, [...(linesOf.get(line.event_id) ?? []), line]);
      await this.recordRead(tx, id, actor, 'export');
      await this.audit.record(tx, {
        actor,
        action: 'beneficiary.exported',
        entityType: 'beneficiary',
        entityId: id,
        details: {
          careEvents: events.length,
          consents: consents.length,
          needs: needs.length,
          caseNotes: caseNotes.length,
          followUps: followUps.length,
        },
      });
      return {
        exportedAt: new Date().toISOString(),
        beneficiary: {
          ...summaryView(row),
          updatedAt: row.updated_at.toISOString(),
          erasedAt: row.erased_at?.toISOString() ?? null,
        },
        personalData: personal
          ? { ...personalView(personal), updatedAt: personal.updated_at.toISOString() }
          : null,
        consents: consents.map(consentView),
        careEvents: events.map((event) => careEventExport(event, linesOf.get(event.id) ?? [])),
        needs: needs.map(needExport),
        caseNotes,
        followUps: followUps.map(followUpView),
      };
    });
  }

  /** 404 unless the beneficiary exists in the transaction's organisation; for other domains (care, needs). */
  async existing(tx: TenantTx, id: string, forUpdate = false): Promise<BeneficiaryRow> {
    const row = await this.repository.find(tx, id, forUpdate);
    if (!row) throw DomainError.notFound('beneficiary');
    return row;
  }

  private async view(tx: TenantTx, id: string, withPersonalData = true): Promise<BeneficiaryView> {
    const row = await this.existing(tx, id);
    const personal = withPersonalData ? await this.repository.personalData(tx, id) : undefined;
    const consents = await this.repository.consents(tx, id);
    return beneficiaryView(row, personal, consents);
  }

  /**
   * The code of another person with the name and birth date `patch` leaves, when it changes either;
   * 409 unless the patch confirms they are different people (as registering does).
   */
  private async samePersonAfter(
    tx: TenantTx,
    id: string,
    patch: BeneficiaryPatch,
  ): Promise<string | undefined> {
    if (patch.fullName === undefined && patch.birthDate === undefined) return undefined;
    const personal = await this.repository.personalData(tx, id);
    const fullName = patch.fullName ?? personal?.full_name;
    if (fullName === undefined) return undefined;
    const birthDate = patch.birthDate !== undefined ? patch.birthDate : (personal?.birth_date ?? null);
    await this.repository.lockCodes(tx);
    const samePerson = await this.repository.samePerson(tx, fullName, birthDate, id);
    if (samePerson !== undefined && patch.confirmDistinct !== true) throw samePersonConflict(samePerson);
    return samePerson;
  }

  /** A consent given with a new person: they have no care yet, so none to recount. */
  private async give(tx: TenantTx, id: string, consent: NewConsent, actor: Actor): Promise<ConsentRow> {
    const row = await this.repository.insertConsent(tx, id, consent);
    await this.recordGiven(tx, id, row, actor);
    return row;
  }

  /**
   * Statistics count a person's care only while a statistics consent of theirs is in force, so giving
   * or withdrawing one re-keys their care in the per-beneficiary rollups. It runs before the audit row,
   * as for care events: the rollups' lock is always taken before the audit chain's.
   */
  private async recountUnder(tx: TenantTx, id: string, scope: string): Promise<void> {
    if (scope === ConsentScope.Statistics) await rebuildRollups(tx, { beneficiaryId: id });
  }

  private async recordGiven(tx: TenantTx, id: string, row: ConsentRow, actor: Actor): Promise<void> {
    await this.audit.record(tx, {
      actor,
      action: 'consent.given',
      entityType: 'consent',
      entityId: row.id,
      details: { beneficiaryId: id, scope: row.scope },
    });
  }

  /**
   * One audit row per page read: a search counts who searched and how many people matched in all; a
   * page that shows names names whose it showed.
   */
  private async recordListRead(
    tx: TenantTx,
    filter: RegisterFilter,
    page: Page<RegisterItemView>,
    actor: Actor,
    withNames: boolean,
  ): Promise<void> {
    const search = filter.q !== undefined;
    await this.audit.record(tx, {
      actor,
      action: search ? 'beneficiary.searched' : 'beneficiary.listed',
      entityType: 'beneficiary',
      details: {
        ...(search ? { matched: await this.repository.countMatching(tx, filter) } : {}),
        shown: page.items.length,
        // a later page of a list or search already begun
        continued: filter.cursor !== undefined,
        ...(withNames ? { namesShownOf: page.items.map((item) => item.id) } : {}),
      },
    });
  }

  /** One audit row per read of a person's record: who read whose, and through which route. */
  private recordRead(tx: TenantTx, id: string, actor: Actor, via: 'view' | 'update' | 'export') {
    return this.audit.record(tx, {
      actor,
      action: 'beneficiary.personal_data_read',
      entityType: 'beneficiary',
      entityId: id,
      details: { via },
    });
  }
}
