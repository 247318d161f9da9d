import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformRole } from './entities/platform-role.entity.js';
import { RefreshToken } from './entities/refresh-token.entity.js';
import { User } from './entities/user.entity.js';
import { PasswordHasher } from './password-hasher.js';
import { UsersRepository } from './users.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, PlatformRole, RefreshToken])],
  providers: [PasswordHasher, UsersRepository],
  exports: [PasswordHasher, UsersRepository],
})
export class AccountsModule {}
