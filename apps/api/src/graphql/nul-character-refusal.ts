import type { BaseContext } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { RequestListener } from './request-listeners';

/**
 * Refuses, before anything runs, a request whose arguments hold the character U+0000 anywhere (in the document's
 * strings or in its variables). PostgreSQL text cannot hold it, and authorization may read the database by a name
 * before the argument rules run: refused here, it is 400 InvalidInput instead of a database error (ServiceFailure).
 * No AWS name, ARN or policy grammar accepts it either. The JSON protocol, which has no GraphQL document, refuses its
 * body by the same rule (`pathWithNul`, `nulRefusal`).
 */
export function nulCharacterRefusal(): RequestListener<BaseContext> {
  const literalsWithNul = new WeakMap<DocumentNode, boolean>();
  return {
    didResolveOperation({ document, request }) {
      let inLiterals = literalsWithNul.get(document);
      if (inLiterals === undefined) literalsWithNul.set(document, (inLiterals = hasNulLiteral(document)));
      const variable = inLiterals ? undefined : pathWithNul(request.variables ?? {});
      if (inLiterals || variable !== undefined) throw new GraphQLError(nulRefusal(variable), { extensions: { http: { status: 400 } } });
    },
  };
}

function hasNulLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!node.value.includes('\0')) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** What a refusal says: the value at `path` (when known) holds U+0000, in AWS's words for a constraint. */
export function nulRefusal(path: string | undefined): string {
  const at = path === undefined ? '' : `at '${path}' `;
  return `Value ${at}failed to satisfy constraint: Member must not contain the character U+0000`;
}

/** The path of the first value (or object key) holding U+0000; iterative, as JSON can nest deeper than the stack. */
export function pathWithNul(values: Record<string, unknown>): string | undefined {
  const pending: [string, unknown][] = Object.entries(values);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [path, value] = next;
    if (typeof value === 'string') {
      if (value.includes('\0')) return path;
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, member] of Object.entries(value)) {
        if (key.includes('\0')) return path;
        pending.push([`${path}.${key}`, member]);
      }
    }
  }
  return undefined;
}
