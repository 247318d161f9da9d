import { AuditLog } from '@careledger/audit';
import {
  Actor,
  decodeCursor,
  DomainError,
  ErrorCode,
  isCalendarDate,
  message,
  Page,
  TenantId,
  toPage,
} from '@careledger/common';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { IdempotencyClaim, IdempotencyService } from '@careledger/idempotency';
import { MembersService } from '@careledger/organisations';
import { Injectable } from '@nestjs/common';
import { BeneficiariesRepository } from './beneficiaries.repository.js';
import {
  AssignedFollowUpView,
  CaseNoteView,
  FollowUpPatch,
  FollowUpView,
  NewCaseNote,
  NewFollowUp,
} from './beneficiary.views.js';
import {
  AssignedFollowUpRow,
  CaseNoteRow,
  CaseNoteVersionRow,
  CaseworkRepository,
  FollowUpRow,
} from './casework.repository.js';
import { BeneficiaryStatus } from './entities/beneficiary.entity.js';

type Author = Actor & { id: string };

export function caseNoteView(row: CaseNoteRow, versions: CaseNoteVersionRow[]): CaseNoteView {
  return {
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    notedAt: row.noted_at.toISOString(),
    text: row.text,
    author: { kind: row.author_kind, id: row.author_id },
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    previousVersions: versions.map((version) => ({
      version: version.version,
      text: version.text,
      notedAt: version.noted_at.toISOString(),
      writtenBy: { kind: version.written_by_kind, id: version.written_by_id },
      writtenAt: version.written_at.toISOString(),
    })),
  };
}

export function followUpView(row: FollowUpRow): FollowUpView {
  return {
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    text: row.text,
    dueOn: row.due_on,
    assigneeId: row.assignee_id,
    createdBy: { kind: row.created_by_kind, id: row.created_by_id },
    createdAt: row.created_at.toISOString(),
    doneAt: row.done_at?.toISOString() ?? null,
  };
}

function assignedView(row: AssignedFollowUpRow, withNames: boolean): AssignedFollowUpView {
  const view: AssignedFollowUpView = { ...followUpView(row), beneficiaryCode: row.beneficiary_code };
  if (withNames) view.fullName = row.full_name;
  return view;
}

/** Notes and follow-ups are written by someone: the platform's own jobs write none. */
function authorOf(actor: Actor): Author {
  if (actor.id === null) throw new Error('case work needs a user or an API key as its author');
  return { kind: actor.kind, id: actor.id };
}

/** An edit that changes nothing (a retried request): no new version. */
function changesNothing(current: CaseNoteRow, edit: NewCaseNote): boolean {
  return (
    current.text === edit.text &&
    (edit.notedAt === undefined || Date.parse(edit.notedAt) === current.noted_at.getTime())
  );
}

/** The notes' earlier versions, grouped by note. */
function versionsByNote(versions: CaseNoteVersionRow[]): Map<string, CaseNoteVersionRow[]> {
  const byNote = new Map<string, CaseNoteVersionRow[]>();
  for (const version of versions)
    byNote.set(version.note_id, [...(byNote.get(version.note_id) ?? []), version]);
  return byNote;
}

/**
 * A beneficiary's case history (записи в деле) and follow-ups. Both are personal data: reading them is
 * audited like reading the record, and erasure deletes them (BeneficiariesService.erase).
 */
@Injectable()
export class CaseworkService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly beneficiaries: BeneficiariesRepository,
    private readonly repository: CaseworkRepository,
    private readonly members: MembersService,
    private readonly audit: AuditLog,
    private readonly idempotency: IdempotencyService,
  ) {}

  addNote(
    orgId: TenantId,
    beneficiaryId: string,
    note: NewCaseNote,
    actor: Actor,
    claim?: IdempotencyClaim,
  ): Promise<CaseNoteView> {
    return this.transactions.run(orgId, (tx) =>
      this.idempotency.within(tx, claim, async () => {
        await this.writable(tx, beneficiaryId);
        const row = await this.repository.insertNote(
          tx,
          beneficiaryId,
          { text: note.text, notedAt: note.notedAt ?? null },
          authorOf(actor),
        );
        await this.audit.record(tx, {
          actor,
          action: 'case_note.created',
          entityType: 'case_note',
          entityId: row.id,
          details: { beneficiaryId },
        });
        return caseNoteView(row, []);
      }),
    );
  }

  /**
   * A new text (and time) for a note; the text it replaces is kept. Its author or an admin may edit. The
   * same text again (a retry) changes nothing.
   */
  editNote(
    orgId: TenantId,
    beneficiaryId: string,
    noteId: string,
    edit: NewCaseNote,
    actor: Actor,
    isAdmin: boolean,
  ): Promise<CaseNoteView> {
    return this.transactions.run(orgId, async (tx) => {
      await this.writable(tx, beneficiaryId);
      const current = await this.repository.note(tx, beneficiaryId, noteId, true);
      if (!current) throw DomainError.notFound('case note');
      const editor = authorOf(actor);
      if (!isAdmin && (current.author_kind !== editor.kind || current.author_id !== editor.id))
        throw new DomainError(ErrorCode.Forbidden, message('casework.editorOnly'));
      if (changesNothing(current, edit))
        return caseNoteView(current, await this.repository.versions(tx, [noteId]));
      const row = await this.repository.editNote(
        tx,
        current,
        { text: edit.text, notedAt: edit.notedAt ?? null },
        editor,
      );
      await this.audit.record(tx, {
        actor,
        action: 'case_note.edited',
        entityType: 'case_note',
        entityId: noteId,
        details: { beneficiaryId, version: row.version },
      });
      return caseNoteView(row, await this.repository.versions(tx, [noteId]));
    });
  }

  /** The person's case history, newest first, each note with its earlier texts; the read is audited. */
  /** The case history: personal data, so a reader who may not read it (a viewer) is refused. */
  notes(
    orgId: TenantId,
    beneficiaryId: string,
    actor: Actor,
    mayReadPersonalData: boolean,
  ): Promise<CaseNoteView[]> {
    return this.transactions.run(orgId, async (tx) => {
      await this.existing(tx, beneficiaryId);
      if (!mayReadPersonalData) throw new DomainError(ErrorCode.Forbidden, message('casework.personalData'));
      const notes = await this.notesOf(tx, beneficiaryId);
      await this.recordRead(tx, beneficiaryId, actor, 'case_notes');
      return notes;
    });
  }

  addFollowUp(
    orgId: TenantId,
    beneficiaryId: string,
    followUp: NewFollowUp,
    actor: Actor,
    claim?: IdempotencyClaim,
  ): Promise<FollowUpView> {
    return this.transactions.run(orgId, (tx) =>
      this.idempotency.within(tx, claim, async () => {
        await this.writable(tx, beneficiaryId);
        await this.assertMember(orgId, followUp.assigneeId);
        const row = await this.repository.insertFollowUp(tx, beneficiaryId, followUp, authorOf(actor));
        await this.audit.record(tx, {
          actor,
          action: 'follow_up.created',
          entityType: 'follow_up',
          entityId: row.id,
          details: { beneficiaryId, assigneeId: row.assignee_id, dueOn: row.due_on },
        });
        return followUpView(row);
      }),
    );
  }

  /** Changes a follow-up: its text, due date, assignee, or whether it is done. */
  updateFollowUp(
    orgId: TenantId,
    beneficiaryId: string,
    followUpId: string,
    patch: FollowUpPatch,
    actor: Actor,
  ): Promise<FollowUpView> {
    return this.transactions.run(orgId, async (tx) => {
      await this.writable(tx, beneficiaryId);
      if (patch.assigneeId !== undefined) await this.assertMember(orgId, patch.assigneeId);
      const row = await this.repository.updateFollowUp(tx, beneficiaryId, followUpId, patch);
      if (!row) throw DomainError.notFound('follow-up');
      await this.audit.record(tx, {
        actor,
        action: 'follow_up.updated',
        entityType: 'follow_up',
        entityId: followUpId,
        details: { beneficiaryId, fields: Object.keys(patch).sort() },
      });
      return followUpView(row);
    });
  }

  /** The person's follow-ups, open and done, soonest due first; the read is audited. */
  followUps(orgId: TenantId, beneficiaryId: string, actor: Actor): Promise<FollowUpView[]> {
    return this.transactions.run(orgId, async (tx) => {
      await this.existing(tx, beneficiaryId);
      const rows = await this.repository.followUps(tx, beneficiaryId);
      await this.recordRead(tx, beneficiaryId, actor, 'follow_ups');
      return rows.map(followUpView);
    });
  }

  /**
   * A member's open follow-ups in the organisation, soonest due first. The page names whose they are
   * (the code, and the name to those who may read it), so it is audited as one row naming them.
   */
  assignedTo(
    orgId: TenantId,
    userId: string,
    page: { limit: number; cursor?: string },
    actor: Actor,
    withNames: boolean,
  ): Promise<Page<AssignedFollowUpView>> {
    const after = decodeCursor(page.cursor, 'text');
    if (after && !isCalendarDate(after.key)) throw DomainError.invalid('cursor', message('field.cursor'));
    return this.transactions.run(orgId, async (tx) => {
      const rows = await this.repository.assignedTo(tx, userId, page.limit, after);
      const result = toPage(
        rows,
        page.limit,
        (row) => ({ key: row.due_on, id: row.id }),
        (row) => assignedView(row, withNames),
      );
      if (result.items.length > 0)
        await this.audit.record(tx, {
          actor,
          action: 'follow_up.listed',
          entityType: 'follow_up',
          details: {
            beneficiaryIds: [...new Set(result.items.map((item) => item.beneficiaryId))],
            names: withNames,
          },
        });
      return result;
    });
  }

  /** Every note with its versions, newest first: for the record's notes and the subject access export. */
  async notesOf(tx: TenantTx, beneficiaryId: string): Promise<CaseNoteView[]> {
    const notes = await this.repository.notes(tx, beneficiaryId);
    const versions = versionsByNote(
      await this.repository.versions(
        tx,
        notes.map((note) => note.id),
      ),
    );
    return notes.map((note) => caseNoteView(note, versions.get(note.id) ?? []));
  }

  private async existing(tx: TenantTx, beneficiaryId: string, forUpdate = false) {
    const row = await this.beneficiaries.find(tx, beneficiaryId, forUpdate);
    if (!row) throw DomainError.notFound('beneficiary');
    return row;
  }

  /** The beneficiary exists and is not erased; held until commit, so an erasure waits for the write. */
  private async writable(tx: TenantTx, beneficiaryId: string): Promise<void> {
    const row = await this.existing(tx, beneficiaryId, true);
    if (row.status === BeneficiaryStatus.Erased)
      throw new DomainError(ErrorCode.Conflict, message('conflict.erased'));
  }

  private async assertMember(orgId: TenantId, userId: string): Promise<void> {
    if (!(await this.members.accessOf(orgId, userId)))
      throw DomainError.invalid('assigneeId', message('field.notMember'));
  }

  private recordRead(tx: TenantTx, beneficiaryId: string, actor: Actor, via: 'case_notes' | 'follow_ups') {
    return this.audit.record(tx, {
      actor,
      action: 'beneficiary.personal_data_read',
      entityType: 'beneficiary',
      entityId: beneficiaryId,
      details: { via },
    });
  }
}
