import { clientAddress, normaliseAddress } from './client-address.js';

describe('normaliseAddress', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(normaliseAddress('192.0.2.17')).toBe('192.0.2.17');
  });

  it('turns an IPv4-mapped IPv6 address into IPv4, whichever way it is written', () => {
    expect(normaliseAddress('::ffff:192.0.2.17')).toBe('192.0.2.17');
    expect(normaliseAddress('::FFFF:c000:0211')).toBe('192.0.2.17');
    expect(normaliseAddress('0:0:0:0:0:ffff:192.0.2.17')).toBe('192.0.2.17');
  });

  it('counts IPv6 by its /64 network in canonical form', () => {
    expect(normaliseAddress('2001:DB8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(normaliseAddress('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(normaliseAddress('2001:0db8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::/64');
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80::/64');
  });

  it('refuses anything that is not an IP address', () => {
    for (const junk of [
      '',
      'unknown',
      '192.0.2.300',
      '192.0.2.1:443',
      '<script>',
      'a'.repeat(500),
      '1.2.3.4 x',
    ]) {
      expect(normaliseAddress(junk)).toBeUndefined();
    }
    expect(normaliseAddress(undefined)).toBeUndefined();
  });
});

describe('clientAddress', () => {
  it('takes the address Fastify derived, normalised', () => {
    expect(clientAddress({ ip: '::ffff:198.51.100.7', socket: { remoteAddress: '10.0.0.1' } })).toBe(
      '198.51.100.7',
    );
  });

  it('falls back to the socket peer when the derived address is junk', () => {
    expect(clientAddress({ ip: 'not an address', socket: { remoteAddress: '10.0.0.1' } })).toBe('10.0.0.1');
    expect(clientAddress({ ip: 'junk' })).toBe('unknown');
  });
});
