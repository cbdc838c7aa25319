import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { RequestListener } from './request-listeners';

/**
 * Every field a GraphQL document selects, as schema coordinates (`User.groups`), at any depth and through fragments.
 * A loader reads it to fetch, with the rows it was asked for, the related rows the operation will ask for next: one
 * query where resolving level by level would take one per level. It may name more than a given path asks for (a
 * coordinate selected elsewhere in the document); a loader then reads rows nobody resolves, never fewer.
 */
export function selectedFields(schema: GraphQLSchema, document: DocumentNode): ReadonlySet<string> {
  const typeInfo = new TypeInfo(schema);
  const coordinates = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parentType = typeInfo.getParentType();
        if (parentType) coordinates.add(`${parentType.name}.${node.name.value}`);
      },
    }),
  );
  return coordinates;
}

/**
 * What a request's context learns of its operation's selection, once Apollo has parsed and validated it. An object of
 * its own: Apollo runs each operation with a shallow copy of the context, which shares it.
 */
export interface SelectionContext {
  selection: { fields: ReadonlySet<string> };
}

/** Gives each request's context the fields of its document, computed once per document (Apollo keeps one per query text). */
export function selectedFieldsListener(): RequestListener<SelectionContext> {
  const byDocument = new WeakMap<DocumentNode, ReadonlySet<string>>();
  return {
    didResolveOperation({ schema, document, contextValue }) {
      let fields = byDocument.get(document);
      if (!fields) byDocument.set(document, (fields = selectedFields(schema, document)));
      contextValue.selection.fields = fields;
    },
  };
}
