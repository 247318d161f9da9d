import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** OWASP's Argon2id baseline: 19 MiB of memory, 2 passes, 1 lane. */
const argon2idOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /**
   * A hash of no one's password, verified when an email is unknown, so a wrong email costs the same
   * time as a wrong password and the answer's timing tells nothing about which accounts exist.
   */
  private readonly dummyHash = argon2.hash('not-a-real-password-0000', argon2idOptions);

  hash(password: string): Promise<string> {
    return argon2.hash(password, argon2idOptions);
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    try {
      const matches = await argon2.verify(hash ?? (await this.dummyHash), password);
      return hash !== undefined && matches;
    } catch {
      return false;
    }
  }
}
