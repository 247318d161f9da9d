import { ApiKeysService } from '@careledger/organisations';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { Principal } from '../principal.js';

/** `X-Api-Key`: an organisation's integration key, with staff rights in that organisation only. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(private readonly apiKeys: ApiKeysService) {
    super();
  }

  async validate(request: FastifyRequest): Promise<Principal | false> {
    const header = request.headers['x-api-key'];
    if (typeof header !== 'string' || header.length > 200) return false;
    const identity = await this.apiKeys.authenticate(header);
    return identity ? { kind: 'api_key', keyId: identity.keyId, tenantId: identity.tenantId } : false;
  }
}
