import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Query, Resolver } from 'type-graphql';
import { IamOperation, readOperationAccess } from '../src/authz/iam-operation';
import { buildApiSchema } from '../src/graphql/build-schema';
import { printApiSchema } from '../src/graphql/print-schema';

@Resolver()
class ForgottenResolver {
  @Query(() => String)
  @IamOperation('iam:GetAccountSummary', () => '*')
  declared(): string {
    return 'fine';
  }

  @Query(() => String)
  forgotten(): string {
    return 'nobody authorizes this';
  }
}

describe('schema.graphql', () => {
  it('is the schema the code builds (run `npm run schema -w @gatehouse/api` after changing a type)', async () => {
    const committed = await readFile(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printApiSchema());
  });
});

describe('buildApiSchema', () => {
  it('refuses to build when a query or mutation declares neither @IamOperation nor @Public', async () => {
    await expect(buildApiSchema([ForgottenResolver])).rejects.toThrow(
      'Every query and mutation needs @IamOperation or @Public; these have neither: Query.forgotten',
    );
  });

  it('keeps each declaration on the schema field, where the authorization middleware reads it', async () => {
    const schema = await buildApiSchema();
    const mutations = schema.getMutationType()!.getFields();
    expect(readOperationAccess(mutations.createUser!.extensions)).toMatchObject({ kind: 'iam', action: 'iam:CreateUser' });
    expect(readOperationAccess(mutations.signIn!.extensions)).toEqual({ kind: 'public' });
  });
});
