import { AccountsModule } from '@careledger/accounts';
import { clientAddress } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { RedisConnection } from '@careledger/jobs';
import { MailModule } from '@careledger/mail';
import { OrganisationsModule } from '@careledger/organisations';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuthService } from './auth.service.js';
import { OrgAccessGuard } from './guards/org-access.guard.js';
import { PlatformRoleGuard } from './guards/platform-role.guard.js';
import { RegionAuthorityGuard } from './guards/region-authority.guard.js';
import { LoginThrottle } from './login-throttle.js';
import { NewcomersService } from './newcomers.service.js';
import { PlatformRolesService } from './platform-roles.service.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';
import { ApiKeyStrategy } from './strategies/api-key.strategy.js';
import { JwtStrategy } from './strategies/jwt.strategy.js';
import { JwtKeys } from './jwt-keys.js';
import { SessionStates } from './sessions.js';
import { SessionsService } from './sessions.service.js';
import { accessTokenSeconds, jwtAudience, TokensService } from './tokens.service.js';

/** Credentials, sessions, guards and rate limits of the api. */
@Module({
  imports: [
    AccountsModule,
    OrganisationsModule,
    MailModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      // The keys come from JwtKeys: TokensService signs with the current one, JwtStrategy verifies by kid.
      useFactory: (config: AppConfig) => ({
        signOptions: {
          algorithm: 'HS256',
          issuer: config.PUBLIC_BASE_URL,
          audience: jwtAudience,
          expiresIn: accessTokenSeconds,
        },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, RedisConnection],
      useFactory: (config: AppConfig, redis: RedisConnection) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
        // The normalised address, never header text: X-Forwarded-For counts only through TRUST_PROXY.
        getTracker: (request) => clientAddress(request),
        storage: new RedisThrottlerStorage(redis, config.QUEUE_PREFIX),
      }),
    }),
  ],
  providers: [
    AuthService,
    TokensService,
    JwtKeys,
    SessionStates,
    SessionsService,
    LoginThrottle,
    PlatformRolesService,
    NewcomersService,
    JwtStrategy,
    ApiKeyStrategy,
    OrgAccessGuard,
    PlatformRoleGuard,
    RegionAuthorityGuard,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
  ],
  exports: [
    AuthService,
    JwtStrategy,
    ApiKeyStrategy,
    SessionsService,
    PlatformRolesService,
    NewcomersService,
    OrgAccessGuard,
    PlatformRoleGuard,
    AccountsModule,
    OrganisationsModule,
  ],
})
export class AuthModule {}
