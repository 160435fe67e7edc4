import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Address ranges Verbatim never fetches from (unless ALLOW_PRIVATE_URLS): a URL someone pastes must not reach
 * the bot's own machine, its network or a cloud metadata service.
 */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", including the unspecified 0.0.0.0
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT (and Alibaba's metadata service, 100.100.100.200)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, including the cloud metadata address 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address 255.255.255.255
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (private), including AWS's metadata address fd00:ec2::254
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed on some networks)
  ['ff00::', 8], // multicast
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

/**
 * Why `address` (an IP literal) must not be fetched from, or undefined when it is a public address.
 * IPv6 forms that carry an IPv4 address (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64
 * `64:ff9b::/96` and 6to4 `2002::/16`) are judged by that IPv4 address.
 */
export function blockedAddressReason(address: string): string | undefined {
  if (isIPv4(address))
    return BLOCKED.check(address, 'ipv4') ? `${address} is not a public address` : undefined;
  if (!isIPv6(address)) return `${address} is not an IP address`;
  const embedded = embeddedIPv4(address);
  if (embedded !== undefined) {
    return BLOCKED.check(embedded, 'ipv4') || embedded === '0.0.0.0'
      ? `${address} is not a public address (it stands for ${embedded})`
      : undefined;
  }
  return BLOCKED.check(address, 'ipv6') ? `${address} is not a public address` : undefined;
}

/** The IPv4 address an IPv6 address carries, for the forms that carry one; undefined otherwise. */
function embeddedIPv4(address: string): string | undefined {
  const words = expandIPv6(address);
  if (!words) return undefined;
  const v4 = (high: number, low: number): string => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
  const zeros = (from: number, to: number): boolean => words.slice(from, to).every((word) => word === 0);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated); :: and ::1 themselves are IPv6's own.
  if (zeros(0, 5) && words[5] === 0xffff) return v4(words[6] ?? 0, words[7] ?? 0);
  if (zeros(0, 6) && ((words[6] ?? 0) !== 0 || (words[7] ?? 0) > 1)) return v4(words[6] ?? 0, words[7] ?? 0);
  if (words[0] === 0x64 && words[1] === 0xff9b && zeros(2, 6)) return v4(words[6] ?? 0, words[7] ?? 0);
  if (words[0] === 0x2002) return v4(words[1] ?? 0, words[2] ?? 0);
  return undefined;
}

/** The eight 16-bit words of an IPv6 address (a trailing dotted IPv4 part allowed), or undefined. */
function expandIPv6(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? left.length !== 8 : missing < 0) return undefined;
  const words = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right].map(
    (word) => Number.parseInt(word, 16),
  );
  return words.every((word) => Number.isInteger(word) && word >= 0 && word <= 0xffff) ? words : undefined;
}
