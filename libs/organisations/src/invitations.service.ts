import {
  normaliseEmail,
  PasswordHasher,
  passwordProblem,
  PlatformRoleName,
  UsersRepository,
} from '@careledger/accounts';
import { AuditLog } from '@careledger/audit';
import {
  Actor,
  decodeCursor,
  DomainError,
  ErrorCode,
  Page,
  TenantId,
  tenantId,
  toPage,
} from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { IdempotencyClaim, IdempotencyService } from '@careledger/idempotency';
import { MailLanguage, Mailer } from '@careledger/mail';
import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { InvitationStatus } from './entities/invitation.entity.js';
import { MemberRole } from './entities/membership.entity.js';
import {
  InvitationRow,
  InvitationsRepository,
  InvitationTerms,
  InviteeInvitationRow,
} from './invitations.repository.js';
import { MembersService } from './members.service.js';
import { suspendedWriteRefusal, suspensionWithin } from './suspension.js';

/** How long a mailed invitation can be accepted. */
export const invitationDays = 14;

/**
 * What the inviter is told: the same whether or not the email has an account, and whether or not the
 * person already belongs, so the answer says nothing about anyone.
 */
export interface InvitationReceipt {
  invitationId: string;
  email: string;
  role: string;
  regionCodes?: string[];
  expiresAt: string;
}

/** A pending invitation, as the organisation's admins see it. */
export interface OrganisationInvitationView {
  id: string;
  email: string;
  role: MemberRole;
  invitedBy: string | null;
  invitedAt: string;
  expiresAt: string;
}

/** An invitation, as the person it is addressed to sees it. */
export interface InviteeInvitationView {
  id: string;
  /** The organisation to join; null for an invitation to a platform role. */
  organisation: { id: string; name: string } | null;
  role: string;
  regionCodes?: string[];
  invitedAt: string;
  expiresAt: string;
}

/** What accepting gave the invitee: a membership, or a platform role. */
export interface AcceptedInvitation {
  organisationId: string | null;
  role: string;
  regionCodes?: string[];
}

export interface Newcomer {
  fullName: string;
  password: string;
}

interface InvitationTarget {
  organisationId: string | null;
  email: string;
  role: string;
  regionCodes: string[];
  params: Record<string, string>;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function expiryFromNow(): Date {
  return new Date(Date.now() + invitationDays * 24 * 60 * 60 * 1000);
}

function isExpired(row: InvitationRow): boolean {
  return row.expires_at.getTime() <= Date.now();
}

/** Authority invitations carry their regions; other roles have none to show. */
function regionsOf(row: { role: string; region_codes: string[] }): { regionCodes?: string[] } {
  return row.role === PlatformRoleName.Authority ? { regionCodes: row.region_codes } : {};
}

function receiptOf(
  row: Pick<InvitationRow, 'id' | 'email' | 'role' | 'region_codes' | 'expires_at'>,
): InvitationReceipt {
  return {
    invitationId: row.id,
    email: row.email,
    role: row.role,
    ...regionsOf(row),
    expiresAt: row.expires_at.toISOString(),
  };
}

function organisationInvitationView(row: InvitationRow): OrganisationInvitationView {
  return {
    id: row.id,
    email: row.email,
    role: row.role as MemberRole,
    invitedBy: row.invited_by,
    invitedAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  };
}

function inviteeInvitationView(row: InviteeInvitationRow): InviteeInvitationView {
  return {
    id: row.id,
    organisation:
      row.organisation_id === null ? null : { id: row.organisation_id, name: row.organisation_name ?? '' },
    role: row.role,
    ...regionsOf(row),
    invitedAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  };
}

/** The invitation is no longer open to an answer: 409 saying why. */
function assertOpen(row: InvitationRow): void {
  if (row.status !== InvitationStatus.Pending)
    throw new DomainError(ErrorCode.Conflict, `this invitation has already been ${row.status}`);
  if (isExpired(row))
    throw new DomainError(ErrorCode.Conflict, 'this invitation has expired; ask for a new one');
}

function invitationNotFound(): DomainError {
  return DomainError.notFound('invitation');
}

/**
 * Invitations: an organisation's admin (or the platform admin, for a platform role) offers a role to an
 * email; nothing is granted until the person it belongs to accepts, signed in or through the mailed
 * one-time link. Nobody sets another person's password, and no answer tells whether an email has an
 * account.
 */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly invitations: InvitationsRepository,
    private readonly members: MembersService,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditLog,
    private readonly idempotency: IdempotencyService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  /**
   * Invites an email into the organisation. Someone who already belongs gets the same answer and no
   * mail; inviting an email with a pending invitation renews it (new link, new role, new expiry).
   */
  inviteMember(
    orgId: TenantId,
    email: string,
    role: MemberRole,
    actor: Actor,
    language: MailLanguage,
    claim?: IdempotencyClaim,
  ): Promise<InvitationReceipt> {
    const invitee = normaliseEmail(email);
    return this.transactions.run(orgId, (tx) =>
      this.idempotency.within(tx, claim, async () => {
        await this.invitations.lockTarget(tx.manager, orgId, invitee);
        if (await this.members.hasMemberWithEmail(tx, invitee)) {
          return receiptOf({
            id: randomUUID(),
            email: invitee,
            role,
            region_codes: [],
            expires_at: expiryFromNow(),
          });
        }
        const organisationName = await this.invitations.organisationName(tx.manager, orgId);
        const { row, renewed } = await this.offer(
          tx.manager,
          {
            organisationId: orgId,
            email: invitee,
            role,
            regionCodes: [],
            params: { organisationName, role },
          },
          actor.id,
          language,
        );
        await this.audit.record(tx, {
          actor,
          action: renewed ? 'invitation.renewed' : 'invitation.created',
          entityType: 'invitation',
          entityId: row.id,
          details: { role },
        });
        return receiptOf(row);
      }),
    );
  }

  /** Invites an email to a platform role; `regionCodes` must already be valid for the role. */
  invitePlatformRole(
    email: string,
    role: PlatformRoleName,
    regionCodes: string[],
    invitedBy: string,
    language: MailLanguage,
  ): Promise<InvitationReceipt> {
    const invitee = normaliseEmail(email);
    return this.transactions.runGlobal(async (manager) => {
      await this.invitations.lockTarget(manager, role, invitee);
      const target = {
        organisationId: null,
        email: invitee,
        role,
        regionCodes,
        params: { organisationName: 'CareLedger', role },
      };
      const { row } = await this.offer(manager, target, invitedBy, language);
      // Platform roles belong to no tenant, so there is no tenant audit chain to write them to.
      this.logger.log(
        { invitationId: row.id, role, regionCodes, invitedBy },
        'platform role invitation sent',
      );
      return receiptOf(row);
    });
  }

  /** Pending invitations of the organisation that can still be accepted, oldest first. */
  listForOrganisation(
    orgId: TenantId,
    limit: number,
    cursor?: string,
  ): Promise<Page<OrganisationInvitationView>> {
    const after = decodeCursor(cursor, 'integer');
    return this.transactions.runGlobal(async (manager) => {
      const rows = await this.invitations.listPendingOfOrganisation(manager, orgId, after, limit + 1);
      return toPage(rows, limit, (row) => ({ key: row.created_us, id: row.id }), organisationInvitationView);
    });
  }

  /** Takes back a pending invitation: its link stops working. Anything else of this id is 404. */
  revoke(orgId: TenantId, invitationId: string, actor: Actor): Promise<void> {
    return this.transactions.run(orgId, async (tx) => {
      const row = await this.invitations.lock(tx.manager, invitationId);
      if (!row || row.organisation_id !== orgId || row.status !== InvitationStatus.Pending)
        throw invitationNotFound();
      await this.invitations.markAnswered(tx.manager, row.id, InvitationStatus.Revoked);
      await this.audit.record(tx, {
        actor,
        action: 'invitation.revoked',
        entityType: 'invitation',
        entityId: row.id,
        details: { role: row.role },
      });
    });
  }

  /** The signed-in user's invitations that can still be accepted, oldest first. */
  listForInvitee(userId: string, limit: number, cursor?: string): Promise<Page<InviteeInvitationView>> {
    const after = decodeCursor(cursor, 'integer');
    return this.transactions.runGlobal(async (manager) => {
      const email = await this.emailOf(manager, userId);
      const rows = await this.invitations.listPendingForEmail(manager, email, after, limit + 1);
      return toPage(rows, limit, (row) => ({ key: row.created_us, id: row.id }), inviteeInvitationView);
    });
  }

  /** The signed-in user accepts an invitation addressed to their email. */
  async accept(userId: string, invitationId: string): Promise<AcceptedInvitation> {
    const invitation = await this.addressedTo(userId, invitationId);
    return this.answerWithin(invitation, async (manager, tx) => {
      const row = await this.lockOpen(manager, invitation.id);
      return this.grant(manager, tx, row, userId);
    });
  }

  /** The signed-in user declines an invitation addressed to their email. */
  async decline(userId: string, invitationId: string): Promise<void> {
    const invitation = await this.addressedTo(userId, invitationId);
    await this.answerWithin(invitation, async (manager, tx) => {
      const row = await this.lockOpen(manager, invitation.id);
      await this.invitations.markAnswered(manager, row.id, InvitationStatus.Declined);
      if (tx) await this.recordAnswer(tx, row, userId, 'invitation.declined');
    });
  }

  /**
   * Someone without an account follows the mailed link: the account is created with the email verified
   * (only its owner holds the link), the invitation accepted, and `signIn` runs in the same transaction.
   * An email that has an account by now is 409: its owner signs in and accepts under their invitations.
   * The link is checked before the password is hashed, so a made-up link costs the api no hashing.
   */
  async acceptWithNewAccount<T>(
    token: string,
    newcomer: Newcomer,
    signIn: (manager: EntityManager, userId: string, accepted: AcceptedInvitation) => Promise<T>,
  ): Promise<T> {
    const invitation = await this.transactions.runGlobal(async (manager) => {
      const row = await this.invitations.findByTokenHash(manager, sha256(token));
      if (!row || row.status === InvitationStatus.Revoked) throw invitationNotFound();
      await this.assertOpenToNewcomer(manager, row);
      return row;
    });
    // The request's DTO checked the password against the name; only the invitation knows the email.
    const problem = passwordProblem(newcomer.password, [invitation.email, newcomer.fullName]);
    if (problem) throw DomainError.invalid('password', problem);
    const passwordHash = await this.passwords.hash(newcomer.password);
    return this.answerWithin(invitation, async (manager, tx) => {
      const row = await this.lockOpen(manager, invitation.id);
      await this.assertOpenToNewcomer(manager, row);
      const user = await this.users.create(manager, {
        email: row.email,
        fullName: newcomer.fullName,
        passwordHash,
        emailVerified: true,
      });
      return signIn(manager, user.id, await this.grant(manager, tx, row, user.id));
    });
  }

  /** Creates the invitation, or renews the pending one, and mails its link in the same transaction. */
  private async offer(
    manager: EntityManager,
    target: InvitationTarget,
    invitedBy: string | null,
    language: MailLanguage,
  ): Promise<{ row: InvitationRow; renewed: boolean }> {
    const token = randomBytes(32).toString('base64url');
    const terms: InvitationTerms = {
      role: target.role,
      regionCodes: target.regionCodes,
      tokenHash: sha256(token),
      invitedBy,
      expiresAt: expiryFromNow(),
    };
    const platformRole = target.organisationId === null ? target.role : undefined;
    const pending = await this.invitations.findPending(
      manager,
      target.organisationId,
      target.email,
      platformRole,
    );
    const row = pending
      ? await this.invitations.renew(manager, pending.id, terms)
      : await this.invitations.insert(manager, {
          id: randomUUID(),
          organisationId: target.organisationId,
          email: target.email,
          ...terms,
        });
    await this.mailer.enqueueWithin(manager, {
      to: target.email,
      template: 'invitation',
      language,
      link: `${this.config.PUBLIC_BASE_URL}/invitations/accept?token=${token}`,
      params: target.params,
    });
    return { row, renewed: pending !== undefined };
  }

  /** The invitation with this id addressed to the user's email; another person's is 404, like none. */
  private addressedTo(userId: string, invitationId: string): Promise<InvitationRow> {
    return this.transactions.runGlobal(async (manager) => {
      const email = await this.emailOf(manager, userId);
      const row = await this.invitations.findForEmail(manager, invitationId, email);
      if (!row || row.status === InvitationStatus.Revoked) throw invitationNotFound();
      return row;
    });
  }

  /** An organisation's invitation is answered in its tenant transaction (its audit chain); a platform one globally. */
  private answerWithin<T>(
    invitation: InvitationRow,
    work: (manager: EntityManager, tx: TenantTx | undefined) => Promise<T>,
  ): Promise<T> {
    const organisationId = invitation.organisation_id;
    if (organisationId === null) return this.transactions.runGlobal((manager) => work(manager, undefined));
    return this.transactions.run(tenantId(organisationId), (tx) => work(tx.manager, tx));
  }

  private async assertOpenToNewcomer(manager: EntityManager, row: InvitationRow): Promise<void> {
    assertOpen(row);
    if (await this.users.findByEmail(manager, row.email)) {
      throw new DomainError(
        ErrorCode.Conflict,
        'an account with this email exists: sign in and accept the invitation under your invitations',
      );
    }
  }

  /** Locks the invitation and checks, now that no one else can answer it, that it is still open. */
  private async lockOpen(manager: EntityManager, invitationId: string): Promise<InvitationRow> {
    const row = await this.invitations.lock(manager, invitationId);
    if (!row || row.status === InvitationStatus.Revoked) throw invitationNotFound();
    assertOpen(row);
    return row;
  }

  /** Gives the user what the invitation offers and marks it accepted. */
  private async grant(
    manager: EntityManager,
    tx: TenantTx | undefined,
    row: InvitationRow,
    userId: string,
  ): Promise<AcceptedInvitation> {
    await this.invitations.markAnswered(manager, row.id, InvitationStatus.Accepted);
    if (!tx) return this.grantPlatformRole(manager, row, userId);
    // Joining adds a reader to a suspended organisation: that waits until it is reinstated.
    const suspension = await suspensionWithin(manager, tx.tenantId);
    if (suspension) throw suspendedWriteRefusal(suspension);
    const invitee = { kind: 'user', id: userId } as const;
    const role = await this.members.joinWithin(tx, userId, row.role as MemberRole, invitee);
    await this.recordAnswer(tx, row, userId, 'invitation.accepted');
    return { organisationId: row.organisation_id, role };
  }

  /** An authority keeps the regions they already had and gains the invitation's. */
  private async grantPlatformRole(
    manager: EntityManager,
    row: InvitationRow,
    userId: string,
  ): Promise<AcceptedInvitation> {
    const role = row.role as PlatformRoleName;
    const held = (await this.users.platformRoles(manager, userId)).find((grant) => grant.role === role);
    const regionCodes = [...new Set([...(held?.regionCodes ?? []), ...row.region_codes])].sort();
    await this.users.grantPlatformRole(manager, userId, role, regionCodes);
    this.logger.log({ invitationId: row.id, userId, role, regionCodes }, 'platform role invitation accepted');
    return { organisationId: null, role, ...regionsOf({ role, region_codes: regionCodes }) };
  }

  private recordAnswer(tx: TenantTx, row: InvitationRow, userId: string, action: string): Promise<void> {
    return this.audit.record(tx, {
      actor: { kind: 'user', id: userId },
      action,
      entityType: 'invitation',
      entityId: row.id,
      details: { role: row.role },
    });
  }

  private async emailOf(manager: EntityManager, userId: string): Promise<string> {
    const user = await this.users.findById(manager, userId);
    if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'this account no longer exists');
    return user.email;
  }
}
