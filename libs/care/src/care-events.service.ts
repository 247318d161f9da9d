import { AuditLog, AuditRecord } from '@careledger/audit';
import {
  Actor,
  decodeCursor,
  DomainError,
  ErrorCode,
  message,
  RequestGroups,
  Outcome,
  localMoment,
  Page,
  settle,
  TenantId,
  encodeCursor,
  tenantId,
} from '@careledger/common';
import {
  isStocked,
  ItemUnit,
  LedgerMovement,
  MovementKind,
  StockLedger,
  unitDecimals,
} from '@careledger/catalog';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { claimIdentity, IdempotencyClaim, IdempotencyService } from '@careledger/idempotency';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CareEventInput, CareEventView, fromMilli, lineCost, toMilli } from './care-event-input.js';
import { CareEventFilter, CareEventsRepository } from './care-events.repository.js';
import { applyToRollups, LedgerLine } from './care-ledger.sql.js';

/** Tolerance for clocks of callers that run a little ahead. */
const futureToleranceMs = 60_000;
/** The most single events one organisation's group commit writes in one transaction. */
const maxEventsPerGroup = 100;

/** One `POST .../care-events` as its request brought it. */
interface SingleEventRequest {
  input: CareEventInput;
  actor: Actor;
  claim?: IdempotencyClaim;
}

/** A period of care consent: from when it was given until it was withdrawn (open while in force). */
interface CarePeriod {
  givenAt: string;
  withdrawnAt: string | null;
}

interface BeneficiaryReference {
  code: string;
  status: string;
  careConsents: CarePeriod[];
}

interface ItemReference {
  category: string;
  unit: ItemUnit;
  defaultUnitCost: number;
  archived: boolean;
}

interface FundingReference {
  kind: string;
  /** inclusive dates YYYY-MM-DD, null when open */
  periodFrom: string | null;
  periodTo: string | null;
}

interface References {
  beneficiaries: Map<string, BeneficiaryReference>;
  items: Map<string, ItemReference>;
  funding: Map<string, FundingReference>;
  /** the organisation's IANA time zone: funding periods are dates of its calendar */
  timeZone: string;
}

interface PreparedEvent {
  id: string;
  input: CareEventInput;
  actor: Actor;
  lines: (LedgerLine & {
    lineId: string;
    lineNo: number;
    unitCost: number;
    fundingSourceId: string | null;
    stocked: boolean;
    field: string;
  })[];
}

interface ReferenceRow {
  beneficiaries: (BeneficiaryReference & { id: string })[];
  items: (Omit<ItemReference, 'defaultUnitCost'> & { id: string; defaultUnitCost: string | number })[];
  funding: (FundingReference & { id: string })[];
  time_zone: string;
}

type RecordedEvent = PreparedEvent & { createdAt: Date };

interface Recorded {
  events: RecordedEvent[];
}

/** Whether one of the care consents was in force at that moment (given by then, not yet withdrawn). */
function consentedAt(consents: CarePeriod[], moment: Date): boolean {
  return consents.some(
    (consent) =>
      new Date(consent.givenAt) <= moment && (!consent.withdrawnAt || moment < new Date(consent.withdrawnAt)),
  );
}

/** Whether a local date (`YYYY-MM-DD`, the organisation's calendar) falls in the source's inclusive period. */
function withinPeriod(funding: FundingReference, date: string): boolean {
  return (
    (!funding.periodFrom || funding.periodFrom <= date) && (!funding.periodTo || date <= funding.periodTo)
  );
}

/** A new event as the repository would read it back (not voided, not a reversal). */
function viewOf(event: RecordedEvent): CareEventView {
  const lines = event.lines.map((line) => ({
    id: line.lineId,
    lineNo: line.lineNo,
    itemId: line.itemId,
    quantity: line.quantityMilli / 1000,
    unitCostKopecks: line.unitCost,
    costKopecks: line.costKopecks,
    fundingSourceId: line.fundingSourceId,
  }));
  return {
    id: event.id,
    beneficiaryId: event.input.beneficiaryId,
    occurredAt: event.input.occurredAt.toISOString(),
    kind: event.input.kind,
    note: event.input.note ?? null,
    loggedBy: event.actor.id,
    createdAt: event.createdAt.toISOString(),
    reversesEventId: null,
    voidReason: null,
    voidedByEventId: null,
    totalCostKopecks: lines.reduce((sum, line) => sum + line.costKopecks, 0),
    lines,
  };
}

export type FieldPrefix = (eventIndex: number) => string;

export interface CareEventQuery extends Omit<CareEventFilter, 'before'> {
  cursor?: string;
}

@Injectable()
export class CareEventsService {
  private readonly singles = new RequestGroups<SingleEventRequest, CareEventView>(
    (orgId, requests) => this.commitSingles(tenantId(orgId), requests),
    maxEventsPerGroup,
  );

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly events: CareEventsRepository,
    private readonly audit: AuditLog,
    private readonly idempotency: IdempotencyService,
    private readonly stock: StockLedger,
  ) {}

  /**
   * One care event: its lines, the stock they take, the rollups, the audit row and its Idempotency-Key,
   * all or nothing. Events of one organisation that arrive while its previous ones commit are written
   * together, in one transaction (group commit): they would wait for the same locks anyway.
   */
  create(
    orgId: TenantId,
    input: CareEventInput,
    actor: Actor,
    claim?: IdempotencyClaim,
  ): Promise<CareEventView> {
    return this.singles.submit(orgId, { input, actor, claim });
  }

  /** Up to 1,000 events in one transaction with set-based inserts; the first bad event is named by index. */
  createBatch(
    orgId: TenantId,
    inputs: CareEventInput[],
    actor: Actor,
    claim?: IdempotencyClaim,
  ): Promise<{ created: number; ids: string[] }> {
    return this.recordAll(
      orgId,
      inputs,
      (index) => `events[${index}].`,
      actor,
      claim,
      (recorded) => {
        const ids = recorded.events.map((event) => event.id);
        return {
          answer: { created: ids.length, ids },
          audit: {
            action: 'care_event.batch_created',
            entityId: ids[0],
            details: { count: ids.length, lastId: ids[ids.length - 1] },
          },
        };
      },
    );
  }

  /**
   * The one order every new event is written in: the key, the events, the answer recorded for the key,
   * then the rows the organisation's events share (stock, rollups) and last the audit chain, so the
   * locks that serialise the organisation's writers are held for as short a time as possible.
   */
  private recordAll<T>(
    orgId: TenantId,
    inputs: CareEventInput[],
    prefix: FieldPrefix,
    actor: Actor,
    claim: IdempotencyClaim | undefined,
    outcome: (recorded: Recorded) => {
      answer: T;
      audit: Pick<AuditRecord, 'action' | 'entityId' | 'details'>;
    },
  ): Promise<T> {
    return this.transactions.run(orgId, async (tx) => {
      if (claim) await this.idempotency.claimWithin(tx, claim);
      const references = await this.loadReferences(tx, inputs);
      const prepared = inputs.map((input, index) => this.prepare(input, actor, references, prefix(index)));
      await this.takeStock(tx, prepared);
      const recorded = await this.insert(tx, prepared);
      const { answer, audit } = outcome(recorded);
      if (claim) await this.idempotency.completeWithin(tx, [{ claim, body: answer }]);
      await this.addToRollups(tx, recorded);
      await this.audit.record(tx, { actor, entityType: 'care_event', ...audit });
      return answer;
    });
  }

  /**
   * One group of single events. A lone event is written as always. A group is written in one
   * transaction; a request it cannot take as it is (a bad reference, a key used before or in flight)
   * is left out of it and runs alone afterwards, and if the group fails as a whole (stock runs short),
   * every request runs alone, so each gets exactly the answer it would have got by itself.
   */
  private async commitSingles(
    orgId: TenantId,
    requests: SingleEventRequest[],
  ): Promise<Outcome<CareEventView>[]> {
    const alone = (request: SingleEventRequest) =>
      settle(() =>
        this.recordAll(
          orgId,
          [request.input],
          () => '',
          request.actor,
          request.claim,
          (recorded) => {
            const view = viewOf(recorded.events[0]);
            return { answer: view, audit: { action: 'care_event.created', entityId: view.id } };
          },
        ),
      );
    if (requests.length === 1) return [await alone(requests[0])];
    const together = await settle(() => this.recordTogether(orgId, requests));
    const outcomes: Outcome<CareEventView>[] = [];
    for (const [index, request] of requests.entries()) {
      const view = together.ok ? together.value[index] : undefined;
      outcomes.push(view ? { ok: true, value: view } : await alone(request));
    }
    return outcomes;
  }

  /** Writes the requests it can take in one transaction; answers their views, undefined for the rest. */
  private recordTogether(
    orgId: TenantId,
    requests: SingleEventRequest[],
  ): Promise<(CareEventView | undefined)[]> {
    return this.transactions.run(orgId, async (tx) => {
      const references = await this.loadReferences(
        tx,
        requests.map((request) => request.input),
      );
      const taken = await this.takeable(tx, requests, references);
      if (taken.length === 0) return requests.map(() => undefined);
      const events = taken.map(({ event }) => event);
      await this.takeStock(tx, events);
      const recorded = await this.insert(tx, events);
      const views = recorded.events.map(viewOf);
      await this.idempotency.completeWithin(
        tx,
        taken.flatMap(({ claim }, index) => (claim ? [{ claim, body: views[index] }] : [])),
      );
      await this.addToRollups(tx, recorded);
      await this.audit.recordAll(
        tx,
        views.map((view, index) => ({
          actor: taken[index].event.actor,
          action: 'care_event.created',
          entityType: 'care_event',
          entityId: view.id,
        })),
      );
      const answers: (CareEventView | undefined)[] = requests.map(() => undefined);
      taken.forEach(({ requestIndex }, index) => (answers[requestIndex] = views[index]));
      return answers;
    });
  }

  /** The requests of a group that check out against the organisation's data and whose keys it claimed. */
  private async takeable(
    tx: TenantTx,
    requests: SingleEventRequest[],
    references: References,
  ): Promise<{ requestIndex: number; event: PreparedEvent; claim?: IdempotencyClaim }[]> {
    const keys = new Set<string>();
    const checked = requests.flatMap((request, requestIndex) => {
      // A key twice in one group: the second runs alone after the first has committed (a replay).
      if (request.claim && keys.has(claimIdentity(request.claim))) return [];
      if (request.claim) keys.add(claimIdentity(request.claim));
      try {
        const event = this.prepare(request.input, request.actor, references, '');
        return [{ requestIndex, event, claim: request.claim }];
      } catch {
        return []; // it runs alone after the group and gets its error there, as by itself
      }
    });
    const claimed = await this.idempotency.claimAllWithin(
      tx,
      checked.flatMap(({ claim }) => claim ?? []),
    );
    return checked.filter(({ claim }) => !claim || claimed.has(claimIdentity(claim)));
  }

  /**
   * Voids an event with a reversing entry: negated lines, stock returned, rollups taken back under the
   * category, funding kind and unit each line was counted under (an item or funding source may have
   * changed since).
   */
  void(
    orgId: TenantId,
    eventId: string,
    reason: string,
    actor: Actor,
    claim?: IdempotencyClaim,
  ): Promise<CareEventView> {
    return this.transactions.run(orgId, (tx) =>
      this.idempotency.within(tx, claim, async () => {
        const [original]: { id: string; beneficiary_id: string; reverses_event_id: string | null }[] =
          await tx.manager.query(
            `select id, beneficiary_id, reverses_event_id from care_events where tenant_id = $1 and id = $2`,
            [orgId, eventId],
          );
        if (!original) throw DomainError.notFound('care event');
        if (original.reverses_event_id)
          throw new DomainError(ErrorCode.Conflict, message('conflict.reversalVoid'));
        const reversalId = randomUUID();
        const now = new Date();
        const inserted: unknown[] = await tx.manager.query(
          `insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind, note, logged_by, reverses_event_id, void_reason)
         select tenant_id, $3, beneficiary_id, $4, kind, null, $5, id, $6 from care_events where tenant_id = $1 and id = $2
         on conflict (tenant_id, reverses_event_id) where reverses_event_id is not null do nothing
         returning id`,
          [orgId, eventId, reversalId, now, actor.id, reason],
        );
        if (inserted.length === 0)
          throw new DomainError(ErrorCode.Conflict, message('conflict.alreadyVoided'));
        await tx.manager.query(
          `insert into care_lines (tenant_id, id, event_id, line_no, item_id, quantity, unit_cost_kopecks, cost_kopecks, funding_source_id, category, funding_kind, unit)
         select tenant_id, gen_random_uuid(), $3, line_no, item_id, -quantity, unit_cost_kopecks, -cost_kopecks, funding_source_id, category, funding_kind, unit
           from care_lines where tenant_id = $1 and event_id = $2`,
          [orgId, eventId, reversalId],
        );
        await this.stock.returnIssuedBy(tx, eventId, reversalId, actor.id);
        await applyToRollups(tx, [eventId], -1);
        await this.audit.record(tx, {
          actor,
          action: 'care_event.voided',
          entityType: 'care_event',
          entityId: eventId,
          details: { reversalId },
        });
        const [reversal] = await this.events.findByIds(tx, [reversalId]);
        return reversal;
      }),
    );
  }

  get(orgId: TenantId, eventId: string): Promise<CareEventView> {
    return this.transactions.run(orgId, async (tx) => {
      const [event] = await this.events.findByIds(tx, [eventId]);
      if (!event) throw DomainError.notFound('care event');
      return event;
    });
  }

  list(orgId: TenantId, query: CareEventQuery): Promise<Page<CareEventView>> {
    const after = decodeCursor(query.cursor, 'timestamp');
    return this.transactions.run(orgId, async (tx) => {
      const rows = await this.events.find(tx, {
        ...query,
        before: after && { occurredAt: after.key, id: after.id },
        limit: query.limit + 1,
      });
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      return {
        items,
        nextCursor:
          rows.length > query.limit && last ? encodeCursor({ key: last.occurredAt, id: last.id }) : null,
      };
    });
  }

  /** Writes checked events with their lines. */
  private async insert(tx: TenantTx, prepared: PreparedEvent[]): Promise<Recorded> {
    const createdAt = await this.insertEvents(tx, prepared);
    return { events: prepared.map((event) => ({ ...event, createdAt })) };
  }

  /**
   * Takes the stocked lines' items out of stock through the stock ledger, and gives each such line the
   * cost it left stock at: one cost per unit, so what the ledger gave and what care reports agree. The
   * balances stay locked until commit, shared by every event of the organisation.
   */
  private async takeStock(tx: TenantTx, events: PreparedEvent[]): Promise<void> {
    const stocked = events.flatMap((event) =>
      event.lines.filter((line) => line.stocked).map((line) => ({ event, line })),
    );
    const movements: LedgerMovement[] = stocked.map(({ event, line }) => ({
      itemId: line.itemId,
      kind: MovementKind.Issue,
      quantityMilli: -line.quantityMilli,
      fundingSourceId: line.fundingSourceId,
      careEventId: event.id,
      occurredAt: event.input.occurredAt,
      field: `${line.field}quantity`,
      createdBy: event.actor.id,
    }));
    const applied = await this.stock.apply(tx, movements);
    stocked.forEach(({ line }, index) => {
      line.unitCost = applied[index].unitCostKopecks;
      line.costKopecks = -applied[index].valueKopecks;
    });
  }

  /** Adds the events to the rollups: shared rows of the organisation, so this runs late. */
  private async addToRollups(tx: TenantTx, recorded: Recorded): Promise<void> {
    await applyToRollups(
      tx,
      recorded.events.map((event) => event.id),
      1,
    );
  }

  /** Everything the events refer to, in one round trip (a transaction's statements run one at a time). */
  private async loadReferences(tx: TenantTx, inputs: CareEventInput[]): Promise<References> {
    const lines = inputs.flatMap((input) => input.lines);
    const [row]: ReferenceRow[] = await tx.manager.query(
      `select
         (select coalesce(json_agg(json_build_object('id', b.id, 'code', b.code, 'status', b.status,
                   'careConsents', (select coalesce(json_agg(json_build_object('givenAt', c.given_at, 'withdrawnAt', c.withdrawn_at)), '[]')
                                      from consents c where c.tenant_id = b.tenant_id and c.beneficiary_id = b.id and c.scope = 'care'))), '[]')
            from beneficiaries b where b.tenant_id = $1 and b.id = any($2::uuid[])) as beneficiaries,
         (select coalesce(json_agg(json_build_object('id', id, 'category', category, 'unit', unit,
                   'defaultUnitCost', default_unit_cost_kopecks, 'archived', archived_at is not null)), '[]')
            from items where tenant_id = $1 and id = any($3::uuid[])) as items,
         (select coalesce(json_agg(json_build_object('id', id, 'kind', kind,
                   'periodFrom', period_from, 'periodTo', period_to)), '[]')
            from funding_sources where tenant_id = $1 and id = any($4::uuid[])) as funding,
         (select time_zone from organisations where id = $1) as time_zone`,
      [
        tx.tenantId,
        [...new Set(inputs.map((input) => input.beneficiaryId))],
        [...new Set(lines.map((line) => line.itemId))],
        [...new Set(lines.flatMap((line) => line.fundingSourceId ?? []))],
      ],
    );
    return {
      beneficiaries: new Map(row.beneficiaries.map((beneficiary) => [beneficiary.id, beneficiary])),
      items: new Map(
        row.items.map((item) => [item.id, { ...item, defaultUnitCost: Number(item.defaultUnitCost) }]),
      ),
      funding: new Map(row.funding.map((source) => [source.id, source])),
      timeZone: row.time_zone,
    };
  }

  /** Checks one event against the organisation's data and computes its lines; throws naming the field. */
  private prepare(
    input: CareEventInput,
    actor: Actor,
    references: References,
    prefix: string,
  ): PreparedEvent {
    const fail = (code: ErrorCode, field: string, text: string) =>
      new DomainError(code, `${prefix}${field}: ${text}`, {
        errors: [{ field: `${prefix}${field}`, message: text }],
      });
    if (input.occurredAt.getTime() > Date.now() + futureToleranceMs)
      throw fail(ErrorCode.Validation, 'occurredAt', message('field.future'));
    const beneficiary = references.beneficiaries.get(input.beneficiaryId);
    if (!beneficiary) throw fail(ErrorCode.NotFound, 'beneficiaryId', message('notFound.beneficiaryHere'));
    if (beneficiary.status === 'erased')
      throw fail(ErrorCode.Conflict, 'beneficiaryId', message('care.erased'));
    if (!consentedAt(beneficiary.careConsents, input.occurredAt)) {
      throw fail(
        ErrorCode.Conflict,
        'beneficiaryId',
        message('care.noConsent', { code: beneficiary.code, at: input.occurredAt.toISOString() }),
      );
    }
    const id = randomUUID();
    const localDate = localMoment(input.occurredAt, references.timeZone).date;
    const lines = input.lines.map((line, index) => {
      const field = `lines[${index}].`;
      const item = references.items.get(line.itemId);
      if (!item) throw fail(ErrorCode.NotFound, `${field}itemId`, message('notFound.itemHere'));
      if (item.archived) throw fail(ErrorCode.Conflict, `${field}itemId`, message('care.itemArchived'));
      if (unitDecimals(item.unit) === 0 && !Number.isInteger(line.quantity)) {
        throw fail(
          ErrorCode.Validation,
          `${field}quantity`,
          message('field.wholeNumberUnit', { unit: item.unit }),
        );
      }
      const stocked = isStocked(item.category);
      if (stocked && line.unitCostKopecks !== undefined) {
        throw fail(ErrorCode.Validation, `${field}unitCostKopecks`, message('care.stockedCost'));
      }
      const funding =
        line.fundingSourceId === undefined ? undefined : references.funding.get(line.fundingSourceId);
      if (line.fundingSourceId !== undefined && !funding) {
        throw fail(ErrorCode.NotFound, `${field}fundingSourceId`, message('notFound.fundingSourceHere'));
      }
      if (funding && !withinPeriod(funding, localDate)) {
        throw fail(
          ErrorCode.Conflict,
          `${field}fundingSourceId`,
          message('care.outsideFundingPeriod', {
            from: funding.periodFrom ?? '…',
            to: funding.periodTo ?? '…',
            day: localDate,
          }),
        );
      }
      const unitCost = line.unitCostKopecks ?? item.defaultUnitCost;
      const quantityMilli = toMilli(line.quantity);
      return {
        lineId: randomUUID(),
        lineNo: index + 1,
        eventId: id,
        beneficiaryId: input.beneficiaryId,
        occurredAt: input.occurredAt,
        itemId: line.itemId,
        category: item.category,
        fundingKind: funding?.kind ?? 'unattributed',
        fundingSourceId: line.fundingSourceId ?? null,
        quantityMilli,
        // a stocked line's cost is set when it leaves stock (takeStock)
        unitCost,
        costKopecks: lineCost(quantityMilli, unitCost),
        stocked,
        field: `${prefix}${field}`,
      };
    });
    return { id, input, actor, lines };
  }

  /** Events and their lines in one statement; answers the events' creation time. */
  private async insertEvents(tx: TenantTx, events: PreparedEvent[]): Promise<Date> {
    const lines = events.flatMap((event) => event.lines);
    const [inserted]: { created_at: Date }[] = await tx.manager.query(
      `with inserted_events as (
         insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind, note, logged_by)
         select $1, i, b, o, k, n, l from unnest($2::uuid[], $3::uuid[], $4::timestamptz[], $5::text[], $6::text[], $7::uuid[]) as t(i, b, o, k, n, l)
         returning created_at
       ), inserted_lines as (
         insert into care_lines (tenant_id, id, event_id, line_no, item_id, quantity, unit_cost_kopecks, cost_kopecks, funding_source_id, category, funding_kind)
         select $1, i, e, n, it, q, u, c, f, ca, fk
           from unnest($8::uuid[], $9::uuid[], $10::int[], $11::uuid[], $12::numeric[], $13::bigint[], $14::bigint[], $15::uuid[], $16::text[], $17::text[]) as t(i, e, n, it, q, u, c, f, ca, fk)
       )
       select created_at from inserted_events limit 1`,
      [
        tx.tenantId,
        events.map((event) => event.id),
        events.map((event) => event.input.beneficiaryId),
        events.map((event) => event.input.occurredAt.toISOString()),
        events.map((event) => event.input.kind),
        events.map((event) => event.input.note ?? null),
        events.map((event) => event.actor.id),
        lines.map((line) => line.lineId),
        lines.map((line) => line.eventId),
        lines.map((line) => line.lineNo),
        lines.map((line) => line.itemId),
        lines.map((line) => fromMilli(line.quantityMilli)),
        lines.map((line) => line.unitCost),
        lines.map((line) => line.costKopecks),
        lines.map((line) => line.fundingSourceId),
        lines.map((line) => line.category),
        lines.map((line) => line.fundingKind),
      ],
    );
    return new Date(inserted.created_at);
  }
}
