import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxMessage } from './entities/outbox-message.entity.js';
import { PlatformOutboxMessage } from './entities/platform-outbox-message.entity.js';
import { QueueRegistry } from './queue-registry.js';
import { RedisConnection } from './redis-connection.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage, PlatformOutboxMessage])],
  providers: [QueueRegistry, RedisConnection],
  exports: [QueueRegistry, RedisConnection],
})
export class JobsModule {}
