import { Actor, CursorPosition } from '@careledger/common';
import { TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FollowUpPatch, NewFollowUp } from './beneficiary.views.js';

export interface CaseNoteRow {
  id: string;
  beneficiary_id: string;
  noted_at: Date;
  text: string;
  author_kind: string;
  author_id: string;
  written_by_kind: string;
  written_by_id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface CaseNoteVersionRow {
  note_id: string;
  version: number;
  noted_at: Date;
  text: string;
  written_by_kind: string;
  written_by_id: string;
  written_at: Date;
}

export interface FollowUpRow {
  id: string;
  beneficiary_id: string;
  text: string;
  due_on: string;
  assignee_id: string;
  created_by_kind: string;
  created_by_id: string;
  created_at: Date;
  done_at: Date | null;
}

export interface AssignedFollowUpRow extends FollowUpRow {
  beneficiary_code: string;
  full_name: string | null;
}

const noteColumns = `id, beneficiary_id, noted_at, text, author_kind, author_id, written_by_kind, written_by_id,
  version, created_at, updated_at`;
const versionColumns = `note_id, version, noted_at, text, written_by_kind, written_by_id, written_at`;
const followUpColumns = `f.id, f.beneficiary_id, f.text, f.due_on::text as due_on, f.assignee_id,
  f.created_by_kind, f.created_by_id, f.created_at, f.done_at`;

/** Case notes, their earlier versions and follow-ups; every query in the caller's tenant transaction. */
@Injectable()
export class CaseworkRepository {
  async insertNote(
    tx: TenantTx,
    beneficiaryId: string,
    note: { text: string; notedAt: string | null },
    author: Actor & { id: string },
  ): Promise<CaseNoteRow> {
    const [row]: CaseNoteRow[] = await tx.manager.query(
      `insert into case_notes
           (tenant_id, id, beneficiary_id, noted_at, text, author_kind, author_id,
          written_by_kind, written_by_id, version, updated_at)
       values ($1, $2, $3, coalesce($4::timestamptz, now()), $5, $6, $7, $6, $7, 1, now())
       returning ${noteColumns}`,
      [tx.tenantId, randomUUID(), beneficiaryId, note.notedAt, note.text, author.kind, author.id],
    );
    return row;
  }

  /** One note of the beneficiary; `forUpdate` holds it, so edits of one note run one at a time. */
  async note(
    tx: TenantTx,
    beneficiaryId: string,
    noteId: string,
    forUpdate = false,
  ): Promise<CaseNoteRow | undefined> {
    const rows: CaseNoteRow[] = await tx.manager.query(
      `select ${noteColumns} from case_notes where tenant_id = $1 and beneficiary_id = $2 and id = $3
       ${forUpdate ? 'for update' : ''}`,
      [tx.tenantId, beneficiaryId, noteId],
    );
    return rows[0];
  }

  /** Keeps the note's current text, with who wrote it and when, as a version; then writes the new one. */
  async editNote(
    tx: TenantTx,
    current: CaseNoteRow,
    edit: { text: string; notedAt: string | null },
    editor: Actor & { id: string },
  ): Promise<CaseNoteRow> {
    await tx.manager.query(
      `insert into case_note_versions
         (tenant_id, note_id, version, noted_at, text, written_by_kind, written_by_id, written_at)
       select tenant_id, id, version, noted_at, text, written_by_kind, written_by_id, updated_at
         from case_notes where tenant_id = $1 and id = $2`,
      [tx.tenantId, current.id],
    );
    const [[row]]: [CaseNoteRow[], number] = await tx.manager.query(
      `update case_notes
          set text = $3, noted_at = coalesce($4::timestamptz, noted_at), version = version + 1,
              written_by_kind = $5, written_by_id = $6, updated_at = now()
        where tenant_id = $1 and id = $2
        returning ${noteColumns}`,
      [tx.tenantId, current.id, edit.text, edit.notedAt, editor.kind, editor.id],
    );
    return row;
  }

  notes(tx: TenantTx, beneficiaryId: string): Promise<CaseNoteRow[]> {
    return tx.manager.query(
      `select ${noteColumns} from case_notes where tenant_id = $1 and beneficiary_id = $2
        order by noted_at desc, created_at desc, id`,
      [tx.tenantId, beneficiaryId],
    );
  }

  /** The earlier versions of the given notes, oldest first. */
  versions(tx: TenantTx, noteIds: string[]): Promise<CaseNoteVersionRow[]> {
    return tx.manager.query(
      `select ${versionColumns} from case_note_versions where tenant_id = $1 and note_id = any($2::uuid[])
        order by note_id, version`,
      [tx.tenantId, noteIds],
    );
  }

  async insertFollowUp(
    tx: TenantTx,
    beneficiaryId: string,
    followUp: NewFollowUp,
    creator: Actor & { id: string },
  ): Promise<FollowUpRow> {
    const [row]: FollowUpRow[] = await tx.manager.query(
      `insert into follow_ups as f
         (tenant_id, id, beneficiary_id, text, due_on, assignee_id, created_by_kind, created_by_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       returning ${followUpColumns}`,
      [
        tx.tenantId,
        randomUUID(),
        beneficiaryId,
        followUp.text,
        followUp.dueOn,
        followUp.assigneeId,
        creator.kind,
        creator.id,
      ],
    );
    return row;
  }

  /** Changes the given fields; `done` sets or clears the time it was done. Undefined when not there. */
  async updateFollowUp(
    tx: TenantTx,
    beneficiaryId: string,
    followUpId: string,
    patch: FollowUpPatch,
  ): Promise<FollowUpRow | undefined> {
    const [rows]: [FollowUpRow[], number] = await tx.manager.query(
      `update follow_ups as f
          set text = coalesce($4, text), due_on = coalesce($5::date, due_on),
              assignee_id = coalesce($6::uuid, assignee_id),
              done_at = case when $7::boolean is null then done_at
                             when $7 then coalesce(done_at, now()) end
        where tenant_id = $1 and beneficiary_id = $2 and id = $3
        returning ${followUpColumns}`,
      [
        tx.tenantId,
        beneficiaryId,
        followUpId,
        patch.text ?? null,
        patch.dueOn ?? null,
        patch.assigneeId ?? null,
        patch.done ?? null,
      ],
    );
    return rows[0];
  }

  followUps(tx: TenantTx, beneficiaryId: string): Promise<FollowUpRow[]> {
    return tx.manager.query(
      `select ${followUpColumns} from follow_ups f where f.tenant_id = $1 and f.beneficiary_id = $2
        order by f.due_on, f.created_at, f.id`,
      [tx.tenantId, beneficiaryId],
    );
  }

  /** A member's open follow-ups, soonest due first, after the cursor (due date, id). */
  assignedTo(
    tx: TenantTx,
    assigneeId: string,
    limit: number,
    after: CursorPosition | undefined,
  ): Promise<AssignedFollowUpRow[]> {
    return tx.manager.query(
      `select ${followUpColumns}, b.code as beneficiary_code, p.full_name
         from follow_ups f
         join beneficiaries b on b.tenant_id = f.tenant_id and b.id = f.beneficiary_id
         left join beneficiary_personal_data p on p.tenant_id = f.tenant_id and p.beneficiary_id = f.beneficiary_id
        where f.tenant_id = $1 and f.assignee_id = $2 and f.done_at is null
          and ($3::date is null or (f.due_on, f.id) > ($3::date, $4::uuid))
        order by f.due_on, f.id
        limit $5`,
      [tx.tenantId, assigneeId, after?.key ?? null, after?.id ?? null, limit + 1],
    );
  }

  /** Erasure: the person's case notes (their versions go with them) and follow-ups are deleted. */
  async erase(tx: TenantTx, beneficiaryId: string): Promise<{ caseNotes: number; followUps: number }> {
    const [, caseNotes]: [unknown, number] = await tx.manager.query(
      `delete from case_notes where tenant_id = $1 and beneficiary_id = $2`,
      [tx.tenantId, beneficiaryId],
    );
    const [, followUps]: [unknown, number] = await tx.manager.query(
      `delete from follow_ups where tenant_id = $1 and beneficiary_id = $2`,
      [tx.tenantId, beneficiaryId],
    );
    return { caseNotes, followUps };
  }
}
