import { PasswordHasher, passwordProblem, UsersRepository } from '@careledger/accounts';
import { DomainError, ErrorCode } from '@careledger/common';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LoginThrottle } from './login-throttle.js';
import { TokenPair, TokensService } from './tokens.service.js';

export enum AccountStatus {
  Active = 'active',
  Suspended = 'suspended',
}

export interface AccountStatusView {
  id: string;
  status: AccountStatus;
  suspendedAt: string | null;
}

/**
 * Ending sessions on purpose: a password change, signing out everywhere, suspending an account. Users
 * belong to no tenant, so these are logged (who, whom, what) rather than written to a tenant's audit
 * chain, as platform role grants are.
 */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger(SessionsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly tokens: TokensService,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * Needs the current password. Every session of the account ends, this one included (whoever holds a
   * stolen token is out), and the caller gets a fresh pair so the device in hand stays signed in.
   * Guesses of the current password count as failed logins (`address` is the caller's normalised
   * address), so a stolen access token is no way around the login throttle.
   */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<TokenPair> {
    const user = await this.users.findById(this.dataSource.manager, userId);
    if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'this account no longer exists');
    await this.throttle.admit(user.email, address);
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(user.email, address);
      throw DomainError.invalid('currentPassword', 'is not the current password');
    }
    await this.throttle.recordSuccess(user.email, address);
    const problem = passwordProblem(newPassword, [user.email, user.fullName]);
    if (problem) throw DomainError.invalid('newPassword', problem);
    const passwordHash = await this.passwords.hash(newPassword);
    const tokens = await this.dataSource.transaction(async (manager) => {
      await this.users.setPasswordHash(manager, userId, passwordHash);
      await this.tokens.revokeAllOf(manager, userId);
      return this.tokens.issue(manager, userId);
    });
    this.logger.log({ userId }, 'password changed, every other session ended');
    return tokens;
  }

  /** Sign out everywhere: every refresh token and every access token of the account stops working. */
  async endAll(userId: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.tokens.revokeAllOf(manager, userId));
    this.logger.log({ userId }, 'signed out everywhere');
  }

  /** Suspending ends every session at once; login and refresh are refused until the account is reinstated. */
  async setStatus(userId: string, status: AccountStatus, changedBy: string): Promise<AccountStatusView> {
    if (userId === changedBy && status === AccountStatus.Suspended)
      throw new DomainError(ErrorCode.Forbidden, 'you cannot suspend your own account');
    const suspendedAt = status === AccountStatus.Suspended ? new Date() : null;
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findById(manager, userId);
      if (!user) throw DomainError.notFound('user');
      if (Boolean(user.suspendedAt) === Boolean(suspendedAt)) return;
      await this.users.setSuspendedAt(manager, userId, suspendedAt);
      if (suspendedAt) await this.tokens.revokeAllOf(manager, userId);
      this.logger.log({ userId, status, changedBy }, `account ${status}`);
    });
    const user = await this.users.findById(this.dataSource.manager, userId);
    return {
      id: userId,
      status: user?.suspendedAt ? AccountStatus.Suspended : AccountStatus.Active,
      suspendedAt: user?.suspendedAt?.toISOString() ?? null,
    };
  }
}
