import { parse, specifiedRules, validate } from 'graphql';
import { defaultApiConfig } from '../../src/config';
import { buildApiSchema } from '../../src/graphql/build-schema';
import { documentLimits } from '../../src/graphql/document-limits';
import { buildQueryOperation } from '../../src/query-protocol/query-operation';
import { graphqlOnlyOperations } from '../../src/query-protocol/query-overrides';
import { serviceModels } from '../../src/query-protocol/service-models';

const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

describe('the Query protocol is derived from the service models and the GraphQL schema', () => {
  it('serves every GraphQL operation that is an IAM or STS action, each with a document valid against the schema and its limits', async () => {
    const schema = await buildApiSchema();
    const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const unserved: string[] = [];
    for (const field of fields) {
      if (graphqlOnlyOperations.has(field)) continue;
      const operations = serviceModels.map((model) => buildQueryOperation(schema, model, upperFirst(field))).filter((operation) => operation !== undefined);
      if (operations.length !== 1) {
        unserved.push(field);
        continue;
      }
      const document = parse(operations[0]!.document, { maxTokens: defaultApiConfig.graphql.maxTokens });
      const errors = validate(schema, document, [...specifiedRules, ...documentLimits(defaultApiConfig.graphql)]).map((error) => error.message);
      expect({ field, errors }).toEqual({ field, errors: [] });
    }
    expect(unserved).toEqual([]);
  });

  it('leaves out only the output members GraphQL does not carry, listed here', async () => {
    const schema = await buildApiSchema();
    const unserved = new Set<string>();
    for (const model of serviceModels) {
      for (const action of Object.keys(model.operations)) {
        for (const member of buildQueryOperation(schema, model, action)?.unserved ?? []) unserved.add(member);
      }
    }
    expect([...unserved].sort()).toEqual([
      // Gatehouse issues no packed session policies, and AssumeRole keeps no source identity (web identity sessions do).
      'AssumeRoleResult.PackedPolicySize',
      'AssumeRoleResult.SourceIdentity',
      'AssumeRoleWithWebIdentityResult.PackedPolicySize',
      // The console draws the QR code from the otpauth URI; MFA devices take no tags yet.
      'CreatedVirtualMFADevice.QRCodePNG',
      'CreatedVirtualMFADevice.Tags',
      // The simulator answers one decision per action and resource, without Organizations.
      'EvaluationResult.EvalDecisionDetails',
      'EvaluationResult.OrganizationsDecisionDetail',
      'EvaluationResult.ResourceSpecificResults',
      'RoleDetail.InstanceProfileList',
      'RoleDetail.RoleLastUsed',
      // Listed devices never show their seed or QR code, as in AWS.
      'VirtualMFADevice.Base32StringSeed',
      'VirtualMFADevice.QRCodePNG',
    ]);
  });
});
