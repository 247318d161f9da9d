import {
  PasswordHasher,
  passwordProblem,
  PlatformRoleName,
  User,
  UsersRepository,
  UserTokenPurpose,
  UserTokensRepository,
} from '@careledger/accounts';
import { DomainError, ErrorCode } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { MailLanguage, Mailer } from '@careledger/mail';
import {
  MemberRole,
  MembersService,
  newTenantId,
  OrganisationDetails,
  organisationView,
  OrganisationView,
  OrganisationsService,
} from '@careledger/organisations';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LoginThrottle } from './login-throttle.js';
import { TokenPair, TokensService } from './tokens.service.js';

export interface UserView {
  id: string;
  email: string;
  fullName: string;
  createdAt: string;
}

export interface Registration {
  email: string;
  password: string;
  fullName: string;
  organisation: OrganisationDetails;
}

export interface ProvenRegistration {
  user: UserView;
  organisation: OrganisationView;
}

export interface Me {
  user: UserView;
  memberships: { organisationId: string; role: MemberRole }[];
  platformRoles: { role: PlatformRoleName; regionCodes?: string[] }[];
}

export function userView(user: User): UserView {
  return { id: user.id, email: user.email, fullName: user.fullName, createdAt: user.createdAt.toISOString() };
}

/** How long the mailed links work. */
export const emailVerificationLinkSeconds = 24 * 60 * 60;
export const passwordResetLinkSeconds = 60 * 60;

function invalidLinkToken(): DomainError {
  return DomainError.invalid('token', 'is not valid: it was used, replaced by a newer link or has expired');
}

function isDuplicateEmail(error: unknown): boolean {
  return (
    error instanceof DomainError &&
    error.code === ErrorCode.Duplicate &&
    (error.options.errors ?? []).some((fieldError) => fieldError.field === 'email')
  );
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly tokens: TokensService,
    private readonly organisations: OrganisationsService,
    private readonly members: MembersService,
    private readonly throttle: LoginThrottle,
    private readonly config: AppConfig,
    private readonly userTokens: UserTokensRepository,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Registration answers the same whether or not the email has an account; only the mail differs. A new
   * email gets the organisation, its unverified admin and a verification link, in one transaction; a
   * known one gets a note that the account exists, and nothing is created.
   */
  async register(registration: Registration, language: MailLanguage): Promise<void> {
    await this.organisations.assertKnownRegion(
      registration.organisation.regionCode,
      'organisation.regionCode',
    );
    // Hashed in both branches, so the answer's timing does not tell whether the email has an account.
    const passwordHash = await this.passwords.hash(registration.password);
    const existing = await this.users.findByEmail(this.dataSource.manager, registration.email);
    if (existing) return this.mailAccountExists(existing, language);
    try {
      await this.transactions.run(newTenantId(), async (tx) => {
        const { user } = await this.createOrganisationWithAdmin(tx, registration, passwordHash, false);
        await this.mailVerificationLink(tx.manager, user, language);
      });
    } catch (error) {
      // The same email registered a moment ago, in another request: answer as for any known email.
      if (!isDuplicateEmail(error)) throw error;
      const winner = await this.users.findByEmail(this.dataSource.manager, registration.email);
      if (winner) await this.mailAccountExists(winner, language);
    }
  }

  /** For the demo data: an organisation whose admin's address needs no proof, so no mail is sent. */
  async registerWithProvenAddress(registration: Registration): Promise<ProvenRegistration> {
    await this.organisations.assertKnownRegion(
      registration.organisation.regionCode,
      'organisation.regionCode',
    );
    const passwordHash = await this.passwords.hash(registration.password);
    return this.transactions.run(newTenantId(), async (tx) => {
      const { user, organisation } = await this.createOrganisationWithAdmin(
        tx,
        registration,
        passwordHash,
        true,
      );
      return { user: userView(user), organisation };
    });
  }

  /** Follows a verification link: the address is proven and the person is signed in. */
  verifyEmail(token: string): Promise<TokenPair> {
    return this.transactions.runGlobal(async (manager) => {
      const userId = await this.userTokens.consume(manager, token, UserTokenPurpose.EmailVerification);
      if (!userId) throw invalidLinkToken();
      await this.users.markEmailVerified(manager, userId);
      return this.tokens.issue(manager, userId);
    });
  }

  /** A new verification link, for an account that is not verified yet; otherwise nothing, silently. */
  async resendVerification(email: string, language: MailLanguage): Promise<void> {
    const user = await this.users.findByEmail(this.dataSource.manager, email);
    if (!user || user.emailVerifiedAt) return;
    await this.transactions.runGlobal((manager) => this.mailVerificationLink(manager, user, language));
  }

  /** Mails a password reset link when the email has an account; the caller's answer is the same either way. */
  async requestPasswordReset(email: string, language: MailLanguage): Promise<void> {
    const user = await this.users.findByEmail(this.dataSource.manager, email);
    if (!user) return;
    await this.transactions.runGlobal(async (manager) => {
      const token = await this.userTokens.issue(
        manager,
        user.id,
        UserTokenPurpose.PasswordReset,
        passwordResetLinkSeconds,
      );
      await this.mailer.enqueueWithin(manager, {
        to: user.email,
        template: 'password_reset',
        language,
        link: this.publicLink('/reset-password', token),
      });
    });
  }

  /**
   * Follows a reset link: the new password replaces the old, the address counts as proven (the link
   * reached it) and every session of the account ends, in case someone else holds one.
   */
  async confirmPasswordReset(token: string, newPassword: string): Promise<void> {
    // A guessed or spent token is refused before the costly hash; the transaction checks again.
    if (!(await this.userTokens.isUsable(this.dataSource.manager, token, UserTokenPurpose.PasswordReset))) {
      throw invalidLinkToken();
    }
    const passwordHash = await this.passwords.hash(newPassword);
    await this.transactions.runGlobal(async (manager) => {
      const userId = await this.userTokens.consume(manager, token, UserTokenPurpose.PasswordReset);
      if (!userId) throw invalidLinkToken();
      await this.assertNotBuiltFromOwnDetails(manager, userId, newPassword);
      await this.users.setPasswordHash(manager, userId, passwordHash);
      await this.users.markEmailVerified(manager, userId);
      await this.tokens.revokeAllOf(manager, userId);
    });
  }

  /** A wrong password and an unknown email get the same answer in the same time. */
  async login(email: string, password: string, address: string): Promise<TokenPair> {
    await this.throttle.admit(email, address);
    const user = await this.users.findByEmail(this.dataSource.manager, email);
    const valid = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, address);
      throw new DomainError(ErrorCode.Unauthenticated, 'wrong email or password');
    }
    // Said only after the right password, so it tells nothing to someone guessing.
    if (!user.emailVerifiedAt) {
      throw new DomainError(
        ErrorCode.Forbidden,
        'confirm your email address first: follow the link mailed to you, or ask for a new one',
      );
    }
    await this.throttle.recordSuccess(email, address);
    return this.dataSource.transaction((manager) => this.tokens.issue(manager, user.id));
  }

  refresh(refreshToken: string): Promise<TokenPair> {
    return this.tokens.refresh(refreshToken);
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revokeFamily(refreshToken);
  }

  async me(userId: string): Promise<Me> {
    const user = await this.users.findById(this.dataSource.manager, userId);
    if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'this account no longer exists');
    const [memberships, platformRoles] = await Promise.all([
      this.members.membershipsOf(userId),
      this.users.platformRoles(this.dataSource.manager, userId),
    ]);
    return {
      user: userView(user),
      memberships,
      platformRoles: platformRoles.map((grant) =>
        grant.role === PlatformRoleName.Authority
          ? { role: grant.role, regionCodes: grant.regionCodes }
          : { role: grant.role },
      ),
    };
  }

  private async createOrganisationWithAdmin(
    tx: TenantTx,
    registration: Registration,
    passwordHash: string,
    emailVerified: boolean,
  ): Promise<{ user: User; organisation: OrganisationView }> {
    const user = await this.users.create(tx.manager, {
      email: registration.email,
      fullName: registration.fullName,
      passwordHash,
      emailVerified,
    });
    const actor = { kind: 'user', id: user.id } as const;
    const organisation = await this.organisations.create(tx, registration.organisation, actor);
    await this.members.addWithin(tx, user.id, MemberRole.Admin, actor);
    return { user, organisation: organisationView(organisation) };
  }

  /** The request's DTO cannot know whose password it is; here the account is known. Refused, the link still works. */
  private async assertNotBuiltFromOwnDetails(
    manager: EntityManager,
    userId: string,
    password: string,
  ): Promise<void> {
    const user = (await this.users.findById(manager, userId)) as User;
    const problem = passwordProblem(password, [user.email, user.fullName]);
    if (problem) throw DomainError.invalid('newPassword', problem);
  }

  private async mailVerificationLink(
    manager: EntityManager,
    user: User,
    language: MailLanguage,
  ): Promise<void> {
    const token = await this.userTokens.issue(
      manager,
      user.id,
      UserTokenPurpose.EmailVerification,
      emailVerificationLinkSeconds,
    );
    await this.mailer.enqueueWithin(manager, {
      to: user.email,
      template: 'email_verification',
      language,
      link: this.publicLink('/verify-email', token),
    });
  }

  private mailAccountExists(user: User, language: MailLanguage): Promise<void> {
    return this.transactions.runGlobal((manager) =>
      this.mailer.enqueueWithin(manager, {
        to: user.email,
        template: 'account_exists',
        language,
        link: this.publicLink('/signin'),
      }),
    );
  }

  private publicLink(path: string, token?: string): string {
    const url = new URL(`${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}${path}`);
    if (token) url.searchParams.set('token', token);
    return url.toString();
  }
}
