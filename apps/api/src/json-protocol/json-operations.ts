import type { RequestContext } from '../context';
import { AuthorizeBatchArgs, AuthorizeInput } from '../modules/authorize/authorize.inputs';
import { AuthorizeResolver } from '../modules/authorize/authorize.resolver';
import { toInputInstance } from '../graphql/input-instances';

/**
 * One operation of the AWS JSON 1.0 protocol (`X-Amz-Target: Gatehouse.NAME`): a GraphQL root field served without
 * GraphQL. The field's declaration (its IAM action and resources) and its argument types are read from the schema;
 * its argument classes' rules validate; its resolver answers.
 */
export interface JsonOperation {
  /** The GraphQL root field (of Query) the operation is. */
  field: string;
  /** The argument the request body is (`input`); absent, the body holds the arguments by name. */
  bodyArgument?: string;
  /** The coerced arguments as type-graphql hands them to the resolver: the instances `validateInput` checks, and the call. */
  prepare(args: Record<string, unknown>): { validated: object; run(ctx: RequestContext): Promise<unknown> };
  /** The answer's body: AWS JSON answers a structure. */
  answer(result: unknown): unknown;
}

const resolver = new AuthorizeResolver();

/** The operations by `X-Amz-Target`. (`run` is a method: tsx names every arrow function a property is given, per call.) */
export const jsonOperations: ReadonlyMap<string, JsonOperation> = new Map<string, JsonOperation>([
  [
    'Gatehouse.Authorize',
    {
      field: 'authorize',
      bodyArgument: 'input',
      prepare(args) {
        const input = toInputInstance(AuthorizeInput, args['input']);
        return {
          validated: input,
          run(ctx) {
            return resolver.authorize(input, ctx);
          },
        };
      },
      answer: (decision) => decision,
    },
  ],
  [
    'Gatehouse.AuthorizeBatch',
    {
      field: 'authorizeBatch',
      prepare(args) {
        const batch = toInputInstance(AuthorizeBatchArgs, args);
        return {
          validated: batch,
          run(ctx) {
            return resolver.authorizeBatch(batch, ctx);
          },
        };
      },
      answer: (decisions) => ({ decisions }),
    },
  ],
]);
