import { AppConfig } from '@careledger/config';
import { Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Principal } from '../principal.js';
import { jwtAudience } from '../tokens.service.js';

/** Bearer access tokens: HS256 only (pinned, so `alg: none` and RS/HS confusion fail), issuer and audience checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: jsonwebtoken otherwise tries (and fails, with a thrown error) to
      // parse the secret as a public key on every request before it settles on a secret key.
      // passport-jwt hands the value through untouched; its types just do not name KeyObject.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: config.PUBLIC_BASE_URL,
      audience: jwtAudience,
      ignoreExpiration: false,
    });
  }

  validate(payload: { sub?: unknown }): Principal | false {
    return typeof payload.sub === 'string' ? { kind: 'user', userId: payload.sub } : false;
  }
}
