// Server-side request forgery: a webhook URL is chosen by an API key holder, and the server calls it.
// Unless allowed (local development, tests), a URL whose host is or resolves to a loopback, private,
// link-local, shared (CGNAT), unspecified, multicast or reserved address is refused — when the
// endpoint is saved, and again when each request connects (the check runs inside the connection's
// DNS lookup, so a name that changes its answer between the check and the connect is still caught).
import dns from 'node:dns';
import net from 'node:net';

export interface ResolvedAddress {
  address: string;
  family: number;
}
/** Every address a host name resolves to (dns.lookup with all: true, i.e. what a connection would use). */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: ResolveHost = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

const FORBIDDEN: Array<[network: string, prefix: number, family: 'ipv4' | 'ipv6', kind: string]> = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'], // with 255.255.255.255, broadcast
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['fc00::', 7, 'ipv6', 'private'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
];
const lists = FORBIDDEN.map(([network, prefix, family, kind]) => {
  const list = new net.BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, kind };
});

/** The 8 groups of an IPv6 address, or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const bytes = dotted[1]!.split('.').map(Number);
    text = text.slice(0, -dotted[1]!.length) + `${((bytes[0]! << 8) | bytes[1]!).toString(16)}:${((bytes[2]! << 8) | bytes[3]!).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const groups = tail === undefined ? left : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** The IPv4 address an IPv6 address carries and would reach: IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d). */
function embeddedIpv4(address: string): string | undefined {
  const g = ipv6Groups(address);
  if (!g) return undefined;
  const mapped = g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff;
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0;
  if (!mapped && !nat64) return undefined;
  return [g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff].join('.');
}

/** What kind of forbidden address this is ('loopback', 'private', ...), or undefined for a public one. */
export function forbiddenAddressKind(address: string): string | undefined {
  const version = net.isIP(address.replace(/%.*$/, ''));
  if (version === 0) return 'not an IP address';
  if (version === 6) {
    const v4 = embeddedIpv4(address);
    if (v4) return forbiddenAddressKind(v4);
  }
  const family = version === 4 ? 'ipv4' : 'ipv6';
  const plain = address.replace(/%.*$/, '');
  return lists.find((entry) => entry.family === family && entry.list.check(plain, family))?.kind;
}

export class WebhookUrlRefused extends Error {}

function refusal(hostname: string, addresses: ResolvedAddress[]): WebhookUrlRefused | undefined {
  for (const { address } of addresses) {
    const kind = forbiddenAddressKind(address);
    if (kind) {
      const via = address === hostname ? '' : ` (${hostname} resolves to ${address})`;
      return new WebhookUrlRefused(`The address ${address} is ${kind}${via}; webhooks are not sent into private networks unless ENROLL_WEBHOOKS_ALLOW_PRIVATE=true`);
    }
  }
  return undefined;
}

/** The host of a URL as a connection sees it: brackets off an IPv6 literal. */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

export interface UrlProblem {
  /** invalid: not a URL we can call at all; refused: it points into a private network. */
  kind: 'invalid' | 'refused';
  message: string;
}

/** The problem with a webhook URL, or undefined when it may be called. */
export async function checkWebhookUrl(text: string, options: { allowPrivate: boolean; resolve?: ResolveHost }): Promise<UrlProblem | undefined> {
  const invalid = (message: string): UrlProblem => ({ kind: 'invalid', message });
  const refused = (message: string): UrlProblem => ({ kind: 'refused', message });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return invalid('The URL is not a valid absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return invalid('The URL must start with https:// (or http://)');
  if (url.username || url.password) return invalid('The URL must not carry a user name or password; receivers authenticate requests by their signature');
  if (options.allowPrivate) return undefined;
  const host = urlHost(url);
  if (net.isIP(host)) {
    const problem = refusal(host, [{ address: host, family: net.isIP(host) }]);
    return problem ? refused(problem.message) : undefined;
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await (options.resolve ?? systemResolver)(host);
  } catch (error) {
    return refused(`The host ${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (!addresses.length) return refused(`The host ${host} does not resolve`);
  const problem = refusal(host, addresses);
  return problem ? refused(problem.message) : undefined;
}

/**
 * A `lookup` for http.request that refuses forbidden addresses at connect time. Every address the
 * name resolves to must be allowed, not only the one the connection would pick.
 */
export function guardedLookup(options: { allowPrivate: boolean; resolve?: ResolveHost }): net.LookupFunction {
  const resolve = options.resolve ?? systemResolver;
  return (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (all) => {
        const wanted = lookupOptions.family === 4 || lookupOptions.family === 'IPv4' ? 4 : lookupOptions.family === 6 || lookupOptions.family === 'IPv6' ? 6 : 0;
        const addresses = wanted ? all.filter((a) => a.family === wanted) : all;
        const refused = options.allowPrivate ? undefined : refusal(hostname, all);
        if (refused) return callback(refused, '', 4);
        if (!addresses.length) return callback(Object.assign(new Error(`The host ${hostname} does not resolve`), { code: 'ENOTFOUND' }), '', 4);
        if (lookupOptions.all) return callback(null, addresses);
        return callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error) => callback(error as NodeJS.ErrnoException, '', 4),
    );
  };
}

/** For a URL whose host is an IP literal (connections skip the lookup then): the refusal, if any. */
export function literalAddressRefusal(url: URL, allowPrivate: boolean): WebhookUrlRefused | undefined {
  const host = urlHost(url);
  if (allowPrivate || !net.isIP(host)) return undefined;
  return refusal(host, [{ address: host, family: net.isIP(host) }]);
}
