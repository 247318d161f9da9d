import { isIP } from 'node:net';

/**
 * IPv6 addresses are counted by their /64 network: a provider gives each subscriber at least a /64, so
 * one caller can take a fresh address from it for every request.
 */
const ipv6NetworkBits = 64;
const hextetsPerAddress = 8;
const ipv4MappedHextets = [0, 0, 0, 0, 0, 0xffff];

/** The address a request comes from, as Fastify derived it (X-Forwarded-For only from trusted proxies). */
export interface AddressedRequest {
  ip?: string;
  socket?: { remoteAddress?: string };
}

/** An IPv6 address in RFC 5952 form (lower case, longest zero run as `::`), as the URL parser writes it. */
function canonicalIpv6(address: string): string {
  return new URL(`http://[${address}]`).hostname.slice(1, -1);
}

function hextetsOf(canonical: string): number[] {
  const [head, tail] = canonical.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(hextetsPerAddress - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((hextet) => parseInt(hextet, 16));
}

function normaliseIpv6(address: string): string {
  const hextets = hextetsOf(canonicalIpv6(address));
  if (ipv4MappedHextets.every((hextet, index) => hextets[index] === hextet)) {
    return [hextets[6] >> 8, hextets[6] & 0xff, hextets[7] >> 8, hextets[7] & 0xff].join('.');
  }
  const network = hextets.map((hextet, index) => (index * 16 < ipv6NetworkBits ? hextet : 0));
  return `${canonicalIpv6(network.map((hextet) => hextet.toString(16)).join(':'))}/${ipv6NetworkBits}`;
}

/**
 * The form a rate limit counts an address under: IPv4 as a dotted quad (also when it arrives IPv4-mapped,
 * `::ffff:192.0.2.1`), IPv6 as its /64 network in canonical form (`2001:db8:1:2::/64`). Anything that is
 * not an IP address is undefined, so header text never becomes a key.
 */
export function normaliseAddress(text: string | undefined): string | undefined {
  // A zone (fe80::1%eth0) names an interface of this host, not the caller.
  const address = text?.trim().split('%')[0] ?? '';
  switch (isIP(address)) {
    case 4:
      return address;
    case 6:
      return normaliseIpv6(address);
    default:
      return undefined;
  }
}

/**
 * The caller's normalised address, the one rate limits and the login throttle count under. Fastify's
 * `request.ip` follows X-Forwarded-For only through the proxies TRUST_PROXY names; when even that is not
 * an address (a misconfigured proxy passing junk on), the peer of the socket is counted instead.
 */
export function clientAddress(request: AddressedRequest): string {
  return normaliseAddress(request.ip) ?? normaliseAddress(request.socket?.remoteAddress) ?? 'unknown';
}
