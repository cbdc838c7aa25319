// IpAddress / NotIpAddress over IPv4 and IPv6 CIDR blocks (RFC 4632 / RFC 4291). A bare address is a /32 or /128.
import { CHECK_IP } from './checks';
import { type ConditionOperator, operatorPair } from './operator';
import { rememberLast } from './remember-last';

/** An address as 32-bit words: one for IPv4, four for IPv6. */
export type IpWords = number[];

export interface Cidr {
  words: IpWords;
  prefix: number;
}

function parseIpv4(text: string): IpWords | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const octet = Number(p);
    if (octet > 255) return undefined;
    n = n * 256 + octet;
  }
  return [n >>> 0];
}

function parseIpv6(text: string): IpWords | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return undefined;
  let groups: number[] = [];
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const readGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (!v4) return undefined;
        out.push(v4[0]! >>> 16, v4[0]! & 0xffff);
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(piece)) out.push(parseInt(piece, 16));
      else return undefined;
    }
    return out;
  };
  const head = readGroups(halves[0]!);
  if (!head) return undefined;
  if (halves.length === 2) {
    const tail = readGroups(halves[1]!);
    if (!tail || head.length + tail.length > 7) return undefined;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    if (head.length !== 8) return undefined;
    groups = head;
  }
  return [0, 1, 2, 3].map((i) => ((groups[2 * i]! << 16) | groups[2 * i + 1]!) >>> 0);
}

function parseIp(text: string): IpWords | undefined {
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}

function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const words = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!words) return undefined;
  const max = words.length * 32;
  if (slash < 0) return { words, prefix: max };
  const prefixText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  return prefix <= max ? { words, prefix } : undefined;
}

export function cidrContains(cidr: Cidr, address: IpWords): boolean {
  if (address.length !== cidr.words.length) return false;
  let remaining = cidr.prefix;
  for (let i = 0; i < address.length && remaining > 0; i++) {
    const bits = Math.min(32, remaining);
    const mask = bits === 32 ? 0xffffffff : ~(0xffffffff >>> bits) >>> 0;
    if (((address[i]! & mask) >>> 0) !== ((cidr.words[i]! & mask) >>> 0)) return false;
    remaining -= bits;
  }
  return true;
}

export const readRequestIp = rememberLast(parseIp);

export const ipAddressOperators: ConditionOperator<any>[] = operatorPair<Cidr>(
  {
    family: 'ip-address',
    wildcards: false,
    variables: false,
    check: CHECK_IP,
    order: 0,
    prepare: parseCidr,
    test: (value, cidr) => {
      const address = readRequestIp(value);
      return address !== undefined && cidrContains(cidr, address);
    },
  },
  'IpAddress',
  'NotIpAddress',
);
