import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long this process may answer from memory whether a session holds. */
export const sessionStateMs = 5_000;
/** Sessions remembered at most; the oldest goes first. */
const maxRemembered = 10_000;

interface RememberedState {
  userId: string;
  active: Promise<boolean>;
  expiresAt: number;
}

/**
 * Whether the session an access token names (`sid`, the refresh-token family) still holds: not signed
 * out, not revoked, its user not suspended. The database is the truth; each process remembers an answer
 * for {@link sessionStateMs} so the check costs one indexed query per session every few seconds. What
 * this process revokes it stops remembering at once, and keeps reading from the database for a while:
 * a request that raced the revoking transaction must not put the old answer back.
 */
@Injectable()
export class SessionStates {
  private readonly remembered = new Map<string, RememberedState>();
  /** Session ids and `user:<id>` keys revoked here lately → until when nothing of them is remembered. */
  private readonly revokedLately = new Map<string, number>();

  constructor(private readonly dataSource: DataSource) {}

  isActive(sessionId: string, userId: string): Promise<boolean> {
    const now = Date.now();
    const known = this.remembered.get(sessionId);
    if (known && known.expiresAt > now && known.userId === userId) return known.active;
    const active = this.read(sessionId, userId);
    if (!this.wasRevokedLately(sessionId, userId, now)) this.remember(sessionId, userId, active, now);
    return active;
  }

  /** After this process revoked one session. */
  forgetSession(sessionId: string): void {
    this.remembered.delete(sessionId);
    this.markRevoked(sessionId);
  }

  /** After this process revoked every session of a user, or suspended them. */
  forgetUser(userId: string): void {
    for (const [sessionId, state] of this.remembered)
      if (state.userId === userId) this.remembered.delete(sessionId);
    this.markRevoked(`user:${userId}`);
  }

  private async read(sessionId: string, userId: string): Promise<boolean> {
    const [row]: { active: boolean }[] = await this.dataSource.query(
      `select exists (
         select 1 from refresh_tokens t join users u on u.id = t.user_id
          where t.family_id = $1 and t.user_id = $2 and t.revoked_at is null and u.suspended_at is null
       ) as active`,
      [sessionId, userId],
    );
    return row.active;
  }

  private remember(sessionId: string, userId: string, active: Promise<boolean>, now: number): void {
    this.remembered.delete(sessionId);
    if (this.remembered.size >= maxRemembered)
      this.remembered.delete(this.remembered.keys().next().value as string);
    this.remembered.set(sessionId, { userId, active, expiresAt: now + sessionStateMs });
    active.catch(() => {
      if (this.remembered.get(sessionId)?.active === active) this.remembered.delete(sessionId);
    });
  }

  private markRevoked(key: string): void {
    const now = Date.now();
    if (this.revokedLately.size >= maxRemembered)
      for (const [revoked, until] of this.revokedLately) if (until <= now) this.revokedLately.delete(revoked);
    this.revokedLately.set(key, now + sessionStateMs);
  }

  private wasRevokedLately(sessionId: string, userId: string, now: number): boolean {
    for (const key of [sessionId, `user:${userId}`]) {
      const until = this.revokedLately.get(key);
      if (until === undefined) continue;
      if (until > now) return true;
      this.revokedLately.delete(key);
    }
    return false;
  }
}
