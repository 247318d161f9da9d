import { PasswordHasher, PlatformRoleName, User, UsersRepository } from '@careledger/accounts';
import { DomainError, ErrorCode } from '@careledger/common';
import { TenantTransactions } from '@careledger/database';
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
import { DataSource } from 'typeorm';
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

export interface RegistrationResult extends TokenPair {
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
  ) {}

  /** Creates the organisation, its first admin and a session, all in one transaction. */
  async register(registration: Registration): Promise<RegistrationResult> {
    await this.organisations.assertKnownRegion(
      registration.organisation.regionCode,
      'organisation.regionCode',
    );
    const passwordHash = await this.passwords.hash(registration.password);
    return this.transactions.run(newTenantId(), async (tx) => {
      const user = await this.users.create(tx.manager, {
        email: registration.email,
        fullName: registration.fullName,
        passwordHash,
      });
      const actor = { kind: 'user', id: user.id } as const;
      const organisation = await this.organisations.create(tx, registration.organisation, actor);
      await this.members.addWithin(tx, user.id, MemberRole.Admin, actor);
      const tokens = await this.tokens.issue(tx.manager, user.id);
      return { ...tokens, user: userView(user), organisation: organisationView(organisation) };
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
}
