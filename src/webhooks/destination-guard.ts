import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Why a webhook destination is refused; the message is safe to show to an admin. */
export class DestinationRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DestinationRefused';
  }
}

/** A destination that passed the guard: the URL and the one address to connect to. */
export interface CheckedDestination {
  readonly url: URL;
  readonly address: string;
  readonly family: 4 | 6;
}

const forbidden = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv6');
}

/**
 * Whether an IP address is loopback, private, link-local or otherwise not a public host —
 * IPv4, IPv6, and IPv4 embedded in IPv6 (`::ffff:127.0.0.1`, NAT64 `64:ff9b::`, 6to4 `2002::`).
 */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return forbidden.check(address, 'ipv4');
  if (family !== 6) return true;
  const embedded = embeddedIpv4(address);
  if (embedded !== null) return forbidden.check(embedded, 'ipv4');
  return forbidden.check(address, 'ipv6');
}

const LOOKUP_TIMEOUT_MS = 3_000;

/**
 * Checks a webhook URL at registration: `https` only (unless `allowInsecure`, development, which
 * also allows `http` and any address), no credentials, and a host that does not resolve to a
 * loopback, private or link-local address. A host that cannot be resolved right now is accepted:
 * nothing says it is internal, and every delivery checks again. Throws {@link DestinationRefused}.
 */
export async function checkWebhookUrl(raw: string, allowInsecure: boolean): Promise<void> {
  const url = parseWebhookUrl(raw, allowInsecure);
  const addresses = await resolve(url).catch(() => []);
  refuseInternal(addresses, allowInsecure);
}

/**
 * Checks a webhook URL again at delivery time and picks the address to connect to — the caller
 * connects to exactly that address, so a second lookup cannot swap it for an internal one. Here a
 * host that does not resolve is refused too. Throws {@link DestinationRefused}.
 */
export async function checkDestination(raw: string, allowInsecure: boolean): Promise<CheckedDestination> {
  const url = parseWebhookUrl(raw, allowInsecure);
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(url);
  } catch {
    addresses = [];
  }
  if (addresses.length === 0) throw new DestinationRefused(`host ${hostOf(url)} does not resolve`);
  refuseInternal(addresses, allowInsecure);
  const [first] = addresses as [LookupAddress];
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

function parseWebhookUrl(raw: string, allowInsecure: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DestinationRefused('is not a valid URL');
  }
  if (url.protocol !== 'https:' && !(allowInsecure && url.protocol === 'http:')) {
    throw new DestinationRefused('must be an https URL');
  }
  if (url.username || url.password) throw new DestinationRefused('must not carry credentials');
  return url;
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

async function resolve(url: URL): Promise<LookupAddress[]> {
  const host = hostOf(url);
  if (isIP(host)) return [{ address: host, family: isIP(host) }];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('lookup timed out')), LOOKUP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([lookup(host, { all: true, verbatim: true }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function refuseInternal(addresses: readonly LookupAddress[], allowInsecure: boolean): void {
  if (!allowInsecure && addresses.some((entry) => isForbiddenAddress(entry.address))) {
    throw new DestinationRefused('must not point to a loopback, private or link-local address');
  }
}

/** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address, else null. */
function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (groups === null) return null;
  const v4 = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
  const zero = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  if (zero(0, 5) && groups[5] === 0xffff) return v4(groups[6]!, groups[7]!);
  if (zero(0, 6) && (groups[6] !== 0 || groups[7]! > 1)) return v4(groups[6]!, groups[7]!);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zero(2, 6)) return v4(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return v4(groups[1]!, groups[2]!);
  return null;
}

function expandIpv6(address: string): number[] | null {
  let text = address.toLowerCase().split('%')[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const parts = dotted[1]!.split('.').map(Number);
    text =
      text.slice(0, -dotted[1]!.length) +
      `${((parts[0]! << 8) | parts[1]!).toString(16)}:${((parts[2]! << 8) | parts[3]!).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headGroups.length - tailGroups.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailGroups].map(
    (group) => parseInt(group, 16),
  );
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff)
    ? groups
    : null;
}
