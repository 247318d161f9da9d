import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformRole } from './entities/platform-role.entity.js';
import { RefreshToken } from './entities/refresh-token.entity.js';
import { User } from './entities/user.entity.js';
import { UserToken } from './entities/user-token.entity.js';
import { PasswordHasher } from './password-hasher.js';
import { PlatformRoleHoldersRepository } from './platform-role-holders.repository.js';
import { UsersRepository } from './users.repository.js';
import { UserTokensRepository } from './user-tokens.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, PlatformRole, RefreshToken, UserToken])],
  providers: [PasswordHasher, UsersRepository, PlatformRoleHoldersRepository, UserTokensRepository],
  exports: [PasswordHasher, UsersRepository, PlatformRoleHoldersRepository, UserTokensRepository],
})
export class AccountsModule {}
