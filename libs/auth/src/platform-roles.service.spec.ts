import { loadConfig } from '@careledger/config';
import { PlatformRolesService } from './platform-roles.service.js';

describe('PlatformRolesService at start', () => {
  it('refuses a common PLATFORM_ADMIN_PASSWORD with a sentence naming it, before touching anything', async () => {
    const config = loadConfig({
      PLATFORM_ADMIN_EMAIL: 'root@careledger.example',
      PLATFORM_ADMIN_PASSWORD: 'qwerty123456',
    });
    // Only the configuration: the password is refused before the database or anything else is used.
    const service: PlatformRolesService = Object.assign(Object.create(PlatformRolesService.prototype), {
      config,
    });
    await expect(service.onApplicationBootstrap()).rejects.toThrow(
      'Configuration error: PLATFORM_ADMIN_PASSWORD is one of the most common passwords.',
    );
  });
});
