/**
 * The HTTP dispatcher. Without allowPrivateHosts it refuses loopback,
 * private, link-local and unique-local addresses at connect time, on the
 * address actually dialled, so neither redirects nor DNS answers can steer
 * the crawler into an internal network (server-side request forgery).
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, buildConnector } from 'undici';

/** Thrown (through undici) when a host resolves to an address we may not visit. */
export class PrivateAddressError extends Error {
  override readonly name = 'PrivateAddressError';
  readonly code = 'ERR_PRIVATE_ADDRESS';
  readonly address: string;
  constructor(address: string) {
    super(`address ${address} is private; use --allow-private-hosts`);
    this.address = address;
  }
}

/** True for anything but public unicast space (loopback, RFC 1918, link-local, ULA, CGNAT, mapped v4, ...). */
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() !== 'unicast';
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that fails with PrivateAddressError when any answer is private. */
function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) {
      callback(error, []);
      return;
    }
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused) {
      callback(new PrivateAddressError(refused.address) as unknown as NodeJS.ErrnoException, []);
      return;
    }
    if (options.all) callback(null, addresses);
    else {
      const first = addresses[0];
      if (!first) callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      else callback(null, first.address, first.family);
    }
  });
}

const agents = new Map<boolean, Agent>();

/** One shared keep-alive agent per policy. */
export function agentFor(allowPrivateHosts: boolean): Agent {
  let agent = agents.get(allowPrivateHosts);
  if (agent) return agent;
  const options = { keepAliveTimeout: 4_000, keepAliveMaxTimeout: 30_000, connections: 4 };
  if (allowPrivateHosts) {
    agent = new Agent(options);
  } else {
    const base = buildConnector({ lookup: guardedLookup } as buildConnector.BuildOptions);
    agent = new Agent({
      ...options,
      connect(connectOptions, callback) {
        // net.connect skips lookup for IP literals, so check those here.
        const host = connectOptions.hostname.replace(/^\[|\]$/g, '');
        if (isIP(host) !== 0 && isPrivateAddress(host)) {
          callback(new PrivateAddressError(host), null);
          return;
        }
        base(connectOptions, callback);
      },
    });
  }
  agents.set(allowPrivateHosts, agent);
  return agent;
}
