import { joinMarker, type OutputPlan, type QueryOperation } from './query-operation';
import type { XmlNode } from './query-xml';

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * The XML content of `<XResult>` from the GraphQL data, member by member in the model's order: lists as
 * `<member>`, maps as `<entry><key/><value/></entry>`, timestamps in ISO 8601 UTC, blobs in base64, policy documents
 * URL-encoded, and IsTruncated/Marker from the page connections.
 */
export function queryResult(operation: QueryOperation, data: unknown, variables: Record<string, unknown>): XmlNode {
  const result = (encode(operation.output, data) ?? {}) as Record<string, XmlNode>;
  if (!operation.paginated) return result;
  const pages = operation.pages.map((path) => read(data, [...path, 'pageInfo']) as PageInfo | undefined);
  const truncated = pages.some((page) => page?.hasNextPage === true);
  const content: Record<string, XmlNode> = {};
  for (const name of operation.outputOrder) {
    if (name === 'IsTruncated') content[name] = String(truncated);
    else if (name === 'Marker') {
      if (truncated) {
        content[name] = joinMarker(
          pages.map((page, index) => page?.endCursor ?? ((variables[`after${index}`] ?? variables['after']) as string | undefined) ?? null),
        );
      }
    } else if (result[name] !== undefined) content[name] = result[name];
  }
  return content;
}

function read(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function encode(plan: OutputPlan, value: unknown): XmlNode | undefined {
  if (value === null || value === undefined) return undefined;
  switch (plan.kind) {
    case 'structure': {
      const content: Record<string, XmlNode> = {};
      for (const [name, member] of plan.members) {
        const encoded = encode(member, read(value, member.path));
        if (encoded !== undefined) content[name] = encoded;
      }
      return content;
    }
    case 'list': {
      const connection = value as { edges?: { node: unknown }[] };
      const items = Array.isArray(value) ? value : (connection.edges?.map((edge) => edge.node) ?? []);
      const members = items.map((item) => encode(plan.member, read(item, plan.member.path))).filter((item) => item !== undefined);
      if (members.length === 0) return plan.omitWhenEmpty ? undefined : '';
      return { member: members };
    }
    case 'map': {
      const entries = (value as { key: string; value: unknown }[]).map((entry) => ({ key: entry.key, value: encode(plan.value, entry.value) ?? '' }));
      return entries.length === 0 ? '' : { entry: entries };
    }
    case 'scalar':
      return encodeScalar(plan, value);
  }
}

function encodeScalar(plan: OutputPlan & { kind: 'scalar' }, value: unknown): string {
  switch (plan.type) {
    case 'timestamp':
      // GraphQL's DateTime is already ISO 8601 UTC, with milliseconds AWS does not send.
      return (typeof value === 'string' ? value : new Date(value as string).toISOString()).replace(/\.\d{3}Z$/, 'Z');
    case 'blob':
      return Buffer.from(String(value), 'utf8').toString('base64');
    default: {
      const text = plan.wireValues?.[String(value)] ?? String(value);
      return plan.urlEncoded ? encodeRfc3986(text) : text;
    }
  }
}

/** encodeURIComponent leaves `!'()*` as they are; RFC 3986 reserves them. */
function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
