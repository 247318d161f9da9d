import { AcceptedInvitation, InvitationsService } from '@careledger/organisations';
import { Injectable } from '@nestjs/common';
import { TokenPair, TokensService } from './tokens.service.js';

export interface NewcomerSession extends TokenPair {
  accepted: AcceptedInvitation;
}

/** People without an account who follow a mailed invitation link: they choose their own password. */
@Injectable()
export class NewcomersService {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly tokens: TokensService,
  ) {}

  /** Creates the account, accepts the invitation and signs the newcomer in, in one transaction. */
  acceptInvitation(token: string, fullName: string, password: string): Promise<NewcomerSession> {
    return this.invitations.acceptWithNewAccount(
      token,
      { fullName, password },
      async (manager, userId, accepted) => ({ ...(await this.tokens.issue(manager, userId)), accepted }),
    );
  }
}
