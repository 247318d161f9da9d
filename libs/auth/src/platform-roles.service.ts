import {
  PasswordHasher,
  passwordProblem,
  PlatformRole,
  PlatformRoleHolderRow,
  PlatformRoleHoldersRepository,
  PlatformRoleName,
  UsersRepository,
} from '@careledger/accounts';
import { decodeCursor, DomainError, ErrorCode, Page, toPage } from '@careledger/common';
import { AppConfig, ConfigError } from '@careledger/config';
import type { MailLanguage } from '@careledger/mail';
import { InvitationReceipt, InvitationsService, RegionDirectory } from '@careledger/organisations';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface PlatformRoleView {
  role: PlatformRoleName;
  regionCodes?: string[];
}

/** An account as the platform admin finds it by email. */
export interface PlatformUserView {
  id: string;
  email: string;
  fullName: string;
  platformRoles: PlatformRoleView[];
}

export interface PlatformRoleHolderView extends PlatformRoleView {
  userId: string;
  email: string;
  fullName: string;
  grantedAt: string;
}

/** Region codes are shown for an authority only: a platform admin has none. */
function platformRoleView(grant: Pick<PlatformRole, 'role' | 'regionCodes'>): PlatformRoleView {
  return grant.role === PlatformRoleName.Authority
    ? { role: grant.role, regionCodes: grant.regionCodes }
    : { role: grant.role };
}

function holderView(row: PlatformRoleHolderRow): PlatformRoleHolderView {
  return {
    userId: row.user_id,
    email: row.email,
    fullName: row.full_name,
    ...platformRoleView({ role: row.role, regionCodes: row.region_codes }),
    grantedAt: row.created_at.toISOString(),
  };
}

/** Platform roles (above any organisation): grants, and the first platform admin from the environment. */
@Injectable()
export class PlatformRolesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PlatformRolesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly regions: RegionDirectory,
    private readonly config: AppConfig,
    private readonly invitations: InvitationsService,
    private readonly holders: PlatformRoleHoldersRepository,
  ) {}

  /** The account with this email (in any case) and its platform roles, or an empty list. */
  async findUsers(email: string): Promise<PlatformUserView[]> {
    const manager = this.dataSource.manager;
    const user = await this.users.findByEmail(manager, email);
    if (!user) return [];
    const grants = await this.users.platformRoles(manager, user.id);
    return [
      {
        id: user.id,
        email: user.email,
        fullName: user.fullName,
        platformRoles: grants.map(platformRoleView),
      },
    ];
  }

  /** Everyone who holds a platform role, one item per role held. */
  async listHolders(limit: number, cursor?: string): Promise<Page<PlatformRoleHolderView>> {
    const after = decodeCursor(cursor, 'text');
    const rows = await this.holders.list(this.dataSource.manager, after, limit + 1);
    return toPage(rows, limit, (row) => ({ key: row.role, id: row.user_id }), holderView);
  }

  /**
   * Mails an invitation to a platform role (an authority with its regions); the role is granted when the
   * person accepts, signed in or through the link. The answer is the same whether the email has an account.
   */
  async invite(
    email: string,
    role: PlatformRoleName,
    regionCodes: string[] | undefined,
    invitedBy: string,
    language: MailLanguage,
  ): Promise<InvitationReceipt> {
    const codes = await this.validRegionCodes(role, regionCodes);
    return this.invitations.invitePlatformRole(email, role, codes, invitedBy, language);
  }

  async grant(
    userId: string,
    role: PlatformRoleName,
    regionCodes: string[] | undefined,
    grantedBy: string,
  ): Promise<void> {
    const codes = await this.validRegionCodes(role, regionCodes);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.users.findById(manager, userId))) throw DomainError.notFound('user');
      await this.users.grantPlatformRole(manager, userId, role, codes);
    });
    // Platform roles belong to no tenant, so there is no tenant audit chain to write them to.
    this.logger.log({ userId, role, regionCodes: codes, grantedBy }, 'platform role granted');
  }

  async revoke(userId: string, role: PlatformRoleName, revokedBy: string): Promise<void> {
    if (!(await this.users.revokePlatformRole(this.dataSource.manager, userId, role)))
      throw DomainError.notFound('platform role');
    this.logger.log({ userId, role, revokedBy }, 'platform role revoked');
  }

  /** PLATFORM_ADMIN_EMAIL and PLATFORM_ADMIN_PASSWORD, when both are set, name the first platform admin. */
  async onApplicationBootstrap(): Promise<void> {
    const { PLATFORM_ADMIN_EMAIL: email, PLATFORM_ADMIN_PASSWORD: password } = this.config;
    if (!email || !password) return;
    // A common or trivial password stops the start; the email is not weighed in, as a role address
    // (platform-admin@…) says nothing about the person, who changes it with POST /me/password.
    const problem = passwordProblem(password);
    if (problem) throw new ConfigError(`Configuration error: PLATFORM_ADMIN_PASSWORD ${problem}.`);
    const manager = this.dataSource.manager;
    let user = await this.users.findByEmail(manager, email);
    if (!user) {
      const passwordHash = await this.passwords.hash(password);
      user = await this.users
        .create(manager, { email, passwordHash, fullName: 'Platform administrator' })
        .catch(async () => this.users.findByEmail(manager, email)); // another instance created it first
    }
    if (user) await this.users.grantPlatformRole(manager, user.id, PlatformRoleName.PlatformAdmin, []);
  }

  private async validRegionCodes(
    role: PlatformRoleName,
    regionCodes: string[] | undefined,
  ): Promise<string[]> {
    if (role === PlatformRoleName.PlatformAdmin) {
      if (regionCodes?.length) throw DomainError.invalid('regionCodes', 'must be absent for platform_admin');
      return [];
    }
    if (!regionCodes?.length) throw DomainError.invalid('regionCodes', 'are required for authority');
    const errors = [];
    for (const [index, code] of regionCodes.entries()) {
      if (!(await this.regions.exists(code)))
        errors.push({ field: `regionCodes[${index}]`, message: 'is not a known region code' });
    }
    if (errors.length > 0) throw new DomainError(ErrorCode.Validation, 'unknown region codes', { errors });
    return [...new Set(regionCodes)].sort();
  }
}
