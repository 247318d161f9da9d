import { plainToInstance, Transform } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidateBy,
} from 'class-validator';
import { isIP } from 'node:net';
import { isPublishedSecret } from './published-secrets.js';

const postgresUrl = /^postgres(ql)?:\/\/[^/]+\/[A-Za-z0-9_]+(\?.*)?$/;
const redisUrl = /^rediss?:\/\/.+/;

function toInt({ value }: { value: unknown }): unknown {
  return typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
}

function toBool({ value }: { value: unknown }): unknown {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
}

/** TRUST_PROXY as written → false (off), a hop count, or the list of proxy addresses and CIDRs. */
function toTrustProxy({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  return text.split(',').map((entry) => entry.trim());
}

/** Named ranges proxy-addr understands, besides addresses (192.0.2.10) and CIDRs (10.0.0.0/8). */
const namedProxyRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (namedProxyRanges.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

function isTrustProxy(value: unknown): boolean {
  if (value === false) return true;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1;
  return Array.isArray(value) && value.length > 0 && value.every(isProxyAddress);
}

function toList({ value }: { value: unknown }): unknown {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
    : value;
}

/** A secret, or every one of a list, that is not written anywhere public (see published-secrets.ts). */
const notPublished = {
  name: 'isNotPublished',
  validator: {
    validate: (value: unknown) =>
      ![value].flat().some((secret) => typeof secret === 'string' && isPublishedSecret(secret)),
    defaultMessage: () =>
      'is published in the CareLedger repository, so anyone could sign tokens with it; generate one with `openssl rand -base64 48`',
  },
};

/**
 * Every setting the api, the worker and the CLI scripts read, validated once at start. The property
 * names are the environment variable names, so an error message names exactly what to fix.
 */
export class AppConfig {
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Matches(postgresUrl, { message: 'must be a postgres:// URL naming a database' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/careledger';

  @Matches(postgresUrl, { message: 'must be a postgres:// URL naming a database' })
  DATABASE_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

  /** Role that owns the schema and runs migrations. */
  @Matches(/^[a-z_][a-z0-9_]*$/)
  DATABASE_OWNER_ROLE = 'careledger_owner';

  /** Role the api and worker connect as: no superuser, no BYPASSRLS, owns nothing. */
  @Matches(/^[a-z_][a-z0-9_]*$/)
  DATABASE_APP_ROLE = 'careledger_app';

  /** Role that may read only aggregate tables, across tenants. */
  @Matches(/^[a-z_][a-z0-9_]*$/)
  DATABASE_STATS_ROLE = 'careledger_stats';

  /** Password given to the three roles by db:setup and used to connect; unset with trust auth. */
  @IsOptional()
  @IsString()
  DATABASE_ROLE_PASSWORD?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE = 20;

  @Matches(redisUrl, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^[A-Za-z0-9_-]+$/)
  QUEUE_PREFIX = 'careledger';

  @IsOptional()
  @IsEmail()
  PLATFORM_ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10)
  PLATFORM_ADMIN_PASSWORD?: string;

  @Transform(toBool)
  @IsBoolean()
  DEMO_DATA = false;

  @Transform(toInt)
  @IsInt()
  @Min(3)
  SUPPRESSION_K = 5;

  /** How long public regional statistics are kept before they are computed again (0: not kept). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  PUBLIC_STATS_CACHE_SECONDS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 1_048_576;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  /**
   * Secret of HS256 access tokens, 32+ characters; required in production. Without it `npm start`
   * keeps a generated one in .secrets/jwt-secret, and any other start uses a random one per process.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  @ValidateBy(notPublished)
  JWT_SECRET?: string;

  /** Earlier JWT_SECRETs (comma-separated): tokens they signed are still verified, none is signed. */
  @Transform(toList)
  @IsArray()
  @MinLength(32, { each: true, message: 'must each be at least 32 characters long' })
  @ValidateBy(notPublished)
  JWT_PREVIOUS_SECRETS: string[] = [];

  /**
   * The public address, without a trailing slash: printed on every report page (its verification page
   * and QR code), in report links, and the JWT issuer. Defaults to http://localhost:PORT.
   */
  @Matches(/^https?:\/\/[^\s]+$/)
  PUBLIC_BASE_URL = '';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Browser origins allowed to call the api (comma-separated); none by default: CORS is closed. */
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @Matches(/^https?:\/\/[^\s/]+$/, { each: true, message: 'must be origins like https://example.org' })
  CORS_ORIGINS: string[] = [];

  /** Failed logins allowed for one account from one address in the window; 429 beyond. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ATTEMPTS_PER_WINDOW = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  /** Failed logins allowed from one address, whatever the accounts, in the window; 429 beyond. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_FAILURES_PER_ADDRESS = 50;

  /**
   * The account as a whole is never locked: each login to it waits this long once it has failed 3 times
   * in the window, twice as long for each further failure, at most LOGIN_DELAY_MAX_MS.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  LOGIN_DELAY_BASE_MS = 250;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10_000)
  LOGIN_DELAY_MAX_MS = 3000;

  /** Proxies whose X-Forwarded-For is believed: false (none), a hop count, or addresses/CIDRs, comma-separated. */
  @Transform(toTrustProxy)
  @ValidateBy({
    name: 'isTrustProxy',
    validator: {
      validate: isTrustProxy,
      defaultMessage: () => 'must be false, a hop count, or proxy addresses or CIDRs separated by commas',
    },
  })
  TRUST_PROXY: false | number | string[] = false;

  /** Port of the Prometheus listener, apart from the api (0: none). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT = 9464;

  @Matches(/^[A-Za-z0-9.:-]+$/, { message: 'must be an address or a host name' })
  METRICS_HOST = '127.0.0.1';

  /** When set, GET /metrics on the api port answers a scraper that sends it as a bearer token. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  METRICS_TOKEN?: string;

  /** Swagger UI and the OpenAPI document; unset: served except in production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  API_DOCS?: boolean;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  OUTBOX_POLL_MS = 500;

  /** How often the worker's reconciler compares unfinished work in PostgreSQL with the jobs in Redis. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RECONCILE_INTERVAL_SECONDS = 60;

  /** Work younger than this is left to the relay and the queue before the reconciler re-queues it. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RECONCILE_GRACE_SECONDS = 120;

  /** A report still running this long after its render started, with no live job, is marked failed. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  REPORT_RENDER_LIMIT_SECONDS = 1800;

  /** Where the worker sends mail (smtp:// or smtps://, may hold user:password); unset: mail goes to the log. */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @Matches(/^([^\r\n<>]+<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
    message: 'must be an address such as CareLedger <no-reply@example.org>',
  })
  MAIL_FROM = 'CareLedger <no-reply@localhost>';

  /**
   * The built web app the api serves at `/` (index.html and its assets): an absolute path, or one relative to
   * the project folder. Without an index.html there, page routes answer a 404 saying the app is not built.
   */
  @IsString()
  @MinLength(1)
  WEB_ROOT = 'dist/web';

  /** Delay before the first retry of a failed mail; each further retry waits twice as long (at most an hour). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAIL_RETRY_SECONDS = 60;
}

export class ConfigError extends Error {}

/** Reads, converts and validates the environment; throws a sentence naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const defined = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, defined, { excludeExtraneousValues: false });
  config.PUBLIC_BASE_URL = (config.PUBLIC_BASE_URL || `http://localhost:${config.PORT}`).replace(/\/+$/, '');
  const errors = validateSync(config, { whitelist: false });
  if (config.NODE_ENV === 'production' && !env.JWT_SECRET) {
    throw new ConfigError(
      'Configuration error: JWT_SECRET must be set in production (32 or more random characters, e.g. `openssl rand -base64 48`).',
    );
  }
  if (errors.length > 0) {
    const sentences = errors.map((error) => {
      const reasons = Object.values(error.constraints ?? {}).join('; ');
      // A secret's value never reaches the log, not even a wrong one.
      const shown = /SECRET|PASSWORD|TOKEN/.test(error.property) ? '' : ` (${JSON.stringify(error.value)})`;
      return `${error.property}${shown}: ${reasons}`;
    });
    throw new ConfigError(`Configuration error: ${sentences.join('. ')}.`);
  }
  return config;
}

type NestLogLevel = 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';

/** Nest's own start-up messages at the same level as LOG_LEVEL (false: none). */
export function nestLogLevels(level: string): NestLogLevel[] | false {
  const ordered: NestLogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  const cut = { fatal: 1, error: 2, warn: 3, info: 4, debug: 5, trace: 6 }[level];
  return cut === undefined ? false : ordered.slice(0, cut);
}
