import { AppConfig } from '@careledger/config';
import { Injectable } from '@nestjs/common';
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
      secretOrKey: config.JWT_SECRET,
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
