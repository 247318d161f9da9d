import { refreshTokenDays, TokenPair } from '@careledger/auth';
import { DomainError, ErrorCode, message } from '@careledger/common';
import '@fastify/cookie';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The header the web app sends on every request; a cross-site form cannot set it. */
const clientHeader = 'x-careledger-client';
/** The httpOnly cookie that holds a browser's refresh token, sent back only to the auth routes. */
const refreshCookie = 'careledger_refresh';
const cookiePath = '/api/v1/auth';

/** Documents the web app's header on a route that answers it with the cookie. */
export const WebClientHeader = () =>
  ApiHeader({
    name: 'X-CareLedger-Client',
    required: false,
    enum: ['web'],
    description:
      'web: the browser app. Its refresh token is set in (and read from) the httpOnly, SameSite=Strict cookie careledger_refresh (Path=/api/v1/auth), and left out of the body',
  });

/** A request from the web app: its refresh token travels in the cookie, never in a body. */
export function isWebClient(request: FastifyRequest): boolean {
  return request.headers[clientHeader] === 'web';
}

function cookieOptions(request: FastifyRequest) {
  // request.protocol believes X-Forwarded-Proto only from a proxy TRUST_PROXY trusts.
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: cookiePath,
    secure: request.protocol === 'https',
  } as const;
}

function setRefreshCookie(request: FastifyRequest, reply: FastifyReply, refreshToken: string): void {
  void reply.setCookie(refreshCookie, refreshToken, {
    ...cookieOptions(request),
    maxAge: refreshTokenDays * 24 * 60 * 60,
  });
}

export function clearRefreshCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(refreshCookie, cookieOptions(request));
}

/**
 * The refresh token a request presents: the web app's from its cookie, an API client's from the body
 * (400 naming refreshToken without one). The cookie of a request without the web header is never read,
 * so a refresh a cross-site page makes the browser send is refused (401) however it carries the cookie.
 */
export function presentedRefreshToken(request: FastifyRequest, bodyToken: string | undefined): string {
  if (isWebClient(request)) {
    const token = request.cookies[refreshCookie];
    if (!token) throw new DomainError(ErrorCode.Unauthenticated, message('auth.refreshInvalid'));
    return token;
  }
  if (bodyToken) return bodyToken;
  if (request.cookies[refreshCookie]) {
    throw new DomainError(ErrorCode.Unauthenticated, message('auth.refreshInvalid'));
  }
  throw DomainError.invalid('refreshToken', message('field.required'));
}

/**
 * A new pair as the caller takes it: an API client gets both tokens in the body; the web app gets the
 * access token in the body and the refresh token in its cookie, where no script can read it.
 */
export function sessionAnswer<T extends TokenPair>(
  request: FastifyRequest,
  reply: FastifyReply,
  tokens: T,
): Omit<T, 'refreshToken'> & { refreshToken?: string } {
  if (!isWebClient(request)) return tokens;
  setRefreshCookie(request, reply, tokens.refreshToken);
  const { refreshToken: _inCookie, ...inBody } = tokens;
  return inBody;
}
