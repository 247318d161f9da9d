import { AppConfig } from '@careledger/config';

export type DatabaseRole = 'owner' | 'app' | 'stats';

export function roleName(config: AppConfig, role: DatabaseRole): string {
  switch (role) {
    case 'owner':
      return config.DATABASE_OWNER_ROLE;
    case 'app':
      return config.DATABASE_APP_ROLE;
    case 'stats':
      return config.DATABASE_STATS_ROLE;
  }
}

/** DATABASE_URL with the user and password of one of the three roles. */
export function connectionUrl(config: AppConfig, role: DatabaseRole): string {
  const url = new URL(config.DATABASE_URL);
  url.username = roleName(config, role);
  url.password = config.DATABASE_ROLE_PASSWORD ?? '';
  return url.toString();
}

/** DATABASE_ADMIN_URL (the superuser) pointed at the application's database instead of its own. */
export function superuserUrl(config: AppConfig): string {
  const url = new URL(config.DATABASE_ADMIN_URL);
  url.pathname = new URL(config.DATABASE_URL).pathname;
  return url.toString();
}

export function databaseName(config: AppConfig): string {
  return decodeURIComponent(new URL(config.DATABASE_URL).pathname.slice(1));
}
