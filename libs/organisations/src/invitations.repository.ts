import { CursorPosition } from '@careledger/common';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InvitationStatus } from './entities/invitation.entity.js';

export interface InvitationRow {
  id: string;
  organisation_id: string | null;
  email: string;
  role: string;
  region_codes: string[];
  status: InvitationStatus;
  invited_by: string | null;
  created_at: Date;
  expires_at: Date;
}

export interface PositionedInvitationRow extends InvitationRow {
  created_us: string;
}

/** An invitation as its invitee sees it: with the name of the organisation it is for. */
export interface InviteeInvitationRow extends PositionedInvitationRow {
  organisation_name: string | null;
}

export interface InvitationTerms {
  role: string;
  regionCodes: string[];
  tokenHash: string;
  invitedBy: string | null;
  expiresAt: Date;
}

export interface NewInvitation extends InvitationTerms {
  id: string;
  organisationId: string | null;
  email: string;
}

const columns = `i.id, i.organisation_id, i.email, i.role, i.region_codes, i.status, i.invited_by, i.created_at, i.expires_at`;

/**
 * Lists are ordered by creation time and id. A cursor keeps the time in microseconds since the epoch
 * ($2, with the id in $3): a millisecond ISO time would cut it and show a row twice.
 */
const createdUs = `(extract(epoch from i.created_at) * 1000000)::bigint::text as created_us`;
const afterPosition = `($2::bigint is null
  or (i.created_at, i.id) > (timestamptz 'epoch' + $2::bigint * interval '1 microsecond', $3::uuid))`;

/** Invitations: a global table, reached with the caller's transaction manager. */
@Injectable()
export class InvitationsRepository {
  /**
   * Invitations for one email and target run one at a time until commit, so inviting twice at once
   * renews one invitation instead of creating two. `target` is an organisation id or a platform role.
   */
  async lockTarget(manager: EntityManager, target: string, email: string): Promise<void> {
    await manager.query(
      `select pg_advisory_xact_lock(hashtextextended('invitation:' || $1 || ':' || $2, 0))`,
      [target, email],
    );
  }

  async insert(manager: EntityManager, invitation: NewInvitation): Promise<InvitationRow> {
    const [row]: InvitationRow[] = await manager.query(
      `insert into invitations as i (id, organisation_id, email, role, region_codes, token_hash, invited_by, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${columns}`,
      [
        invitation.id,
        invitation.organisationId,
        invitation.email,
        invitation.role,
        invitation.regionCodes,
        invitation.tokenHash,
        invitation.invitedBy,
        invitation.expiresAt,
      ],
    );
    return row;
  }

  /** The pending invitation of this email to an organisation (or, with null, to a platform role), if any. */
  async findPending(
    manager: EntityManager,
    organisationId: string | null,
    email: string,
    platformRole?: string,
  ): Promise<InvitationRow | undefined> {
    const rows: InvitationRow[] = await manager.query(
      `select ${columns} from invitations i
        where i.organisation_id is not distinct from $1 and i.email = $2 and i.status = 'pending'
          and ($3::text is null or i.role = $3)
        order by i.created_at desc limit 1`,
      [organisationId, email, platformRole ?? null],
    );
    return rows[0];
  }

  /** New terms and a new link for a pending invitation; the previous link stops working. */
  async renew(manager: EntityManager, id: string, terms: InvitationTerms): Promise<InvitationRow> {
    const [rows]: [InvitationRow[], number] = await manager.query(
      `update invitations as i set role = $2, region_codes = $3, token_hash = $4, invited_by = $5, expires_at = $6
        where i.id = $1 returning ${columns}`,
      [id, terms.role, terms.regionCodes, terms.tokenHash, terms.invitedBy, terms.expiresAt],
    );
    return rows[0];
  }

  /** Pending, unexpired invitations of an organisation, oldest first. */
  listPendingOfOrganisation(
    manager: EntityManager,
    organisationId: string,
    after: CursorPosition | undefined,
    limit: number,
  ): Promise<PositionedInvitationRow[]> {
    return manager.query(
      `select ${columns}, ${createdUs} from invitations i
        where i.organisation_id = $1 and i.status = 'pending' and i.expires_at > now() and ${afterPosition}
        order by i.created_at, i.id limit $4`,
      [organisationId, after?.key ?? null, after?.id ?? null, limit],
    );
  }

  /** Pending, unexpired invitations addressed to an email, with the organisation's name; oldest first. */
  listPendingForEmail(
    manager: EntityManager,
    email: string,
    after: CursorPosition | undefined,
    limit: number,
  ): Promise<InviteeInvitationRow[]> {
    return manager.query(
      `select ${columns}, ${createdUs}, o.name as organisation_name from invitations i
         left join organisations o on o.id = i.organisation_id
        where i.email = $1 and i.status = 'pending' and i.expires_at > now() and ${afterPosition}
        order by i.created_at, i.id limit $4`,
      [email, after?.key ?? null, after?.id ?? null, limit],
    );
  }

  /** The invitation with this id addressed to this email, whatever its state. */
  async findForEmail(manager: EntityManager, id: string, email: string): Promise<InvitationRow | undefined> {
    const rows: InvitationRow[] = await manager.query(
      `select ${columns} from invitations i where i.id = $1 and i.email = $2`,
      [id, email],
    );
    return rows[0];
  }

  async findByTokenHash(manager: EntityManager, tokenHash: string): Promise<InvitationRow | undefined> {
    const rows: InvitationRow[] = await manager.query(
      `select ${columns} from invitations i where i.token_hash = $1`,
      [tokenHash],
    );
    return rows[0];
  }

  /** The name the invitation mail gives the organisation. */
  async organisationName(manager: EntityManager, organisationId: string): Promise<string> {
    const [row]: { name: string }[] = await manager.query(`select name from organisations where id = $1`, [
      organisationId,
    ]);
    return row.name;
  }

  /** Locks the invitation until commit and answers it as it is now (undefined once its organisation is gone). */
  async lock(manager: EntityManager, id: string): Promise<InvitationRow | undefined> {
    const [row]: InvitationRow[] = await manager.query(
      `select ${columns} from invitations i where i.id = $1 for update`,
      [id],
    );
    return row;
  }

  async markAnswered(manager: EntityManager, id: string, status: InvitationStatus): Promise<void> {
    await manager.query(`update invitations set status = $2, answered_at = now() where id = $1`, [
      id,
      status,
    ]);
  }
}
