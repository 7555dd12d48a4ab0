/** Tests for the private-address rule that guards against server-side request forgery. */
import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from './safe-agent.ts';

describe('isPrivateAddress', () => {
  it('refuses loopback, private, link-local, unique-local, CGNAT and mapped addresses', () => {
    for (const address of ['127.0.0.1', '127.8.9.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-ip']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it('allows public unicast addresses', () => {
    for (const address of ['8.8.8.8', '193.180.30.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});
