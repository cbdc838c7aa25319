import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { awsCatalog, catalogWithServices, getService, parseServiceReference } from '../src/catalog/index';
import { validatePolicy } from '../src/index';

const orders = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'orders-service', 'orders.service-reference.json'), 'utf8');

function ordersService() {
  const parsed = parseServiceReference(orders);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.service;
}

describe('parseServiceReference', () => {
  test("reads AWS's service reference format: actions with access levels, resource types, condition keys", () => {
    const catalog = catalogWithServices([ordersService()]);
    expect(catalog.getService('orders')).toEqual({ prefix: 'orders', name: 'orders', custom: true });
    expect(catalog.getAction('orders:getorder')).toMatchObject({ action: 'orders:GetOrder', accessLevel: 'Read', resourceTypes: [{ name: 'order', required: true }], conditionKeys: ['orders:Channel'] });
    expect(catalog.getAction('orders:ListOrders')).toMatchObject({ accessLevel: 'List', resourceTypes: [] });
    expect(catalog.actionsByAccessLevel('orders').Write.map((action) => action.name)).toEqual(['CreateOrder', 'CancelOrder']);
    expect(catalog.getResourceType('orders', 'order')?.arnFormat).toBe('arn:${Partition}:orders:${Region}:${Account}:order/${OrderId}');
    expect(catalog.getConditionKey('orders:amount')).toEqual({ name: 'orders:Amount', type: 'Numeric', global: false });
    expect(catalog.matchActions('orders:*Order').map((action) => action.name)).toEqual(['GetOrder', 'CreateOrder', 'CancelOrder']);
    // AWS's catalog is untouched: the custom services live in the catalog made with them.
    expect(getService('orders')).toBeUndefined();
    expect(catalog.getService('iam')).toEqual(awsCatalog.getService('iam'));
  });

  test.each<[string, unknown, string]>([
    ['not JSON', '{', 'the document is not JSON'],
    ['an AWS prefix', { Name: 's3', Actions: [{ Name: 'Fly' }] }, '`s3` is an AWS service\'s prefix'],
    ["Gatehouse's own prefix", { Name: 'gatehouse', Actions: [{ Name: 'Fly' }] }, "`gatehouse` is Gatehouse's own prefix"],
    ['a malformed prefix', { Name: 'Orders Service', Actions: [{ Name: 'Get' }] }, '`Name` must be the service prefix'],
    ['a malformed action name', { Name: 'orders', Actions: [{ Name: 'get-order' }] }, 'Actions[0].Name `get-order` must be letters and digits'],
    ['a duplicate action', { Name: 'orders', Actions: [{ Name: 'GetOrder' }, { Name: 'getorder' }] }, 'Actions[1].Name `getorder` is declared twice'],
    ['an undeclared resource', { Name: 'orders', Actions: [{ Name: 'GetOrder', Resources: [{ Name: 'order' }] }] }, 'names an undeclared resource `order`'],
    ['an undeclared condition key', { Name: 'orders', Actions: [{ Name: 'GetOrder', ActionConditionKeys: ['orders:Colour'] }] }, 'names an undeclared condition key `orders:Colour`'],
    [
      'an ARN format of another service',
      { Name: 'orders', Actions: [{ Name: 'GetOrder' }], Resources: [{ Name: 'order', ARNFormats: ['arn:${Partition}:s3:::${Bucket}'] }] },
      'must name the service `orders`',
    ],
    ['an ARN format that is no ARN', { Name: 'orders', Actions: [{ Name: 'GetOrder' }], Resources: [{ Name: 'order', ARNFormats: ['order/${Id}'] }] }, 'must read `arn:${Partition}:orders:REGION:ACCOUNT:RESOURCE`'],
    ['a malformed variable', { Name: 'orders', Actions: [{ Name: 'GetOrder' }], Resources: [{ Name: 'order', ARNFormats: ['arn:${Partition}:orders:${Region}:${Account}:order/${Id'] }] }, 'malformed `${Variable}`'],
    ['a key of another service', { Name: 'orders', Actions: [{ Name: 'GetOrder' }], ConditionKeys: [{ Name: 's3:prefix', Types: ['String'] }] }, 'must be `orders:KeyName`'],
    ['an unknown key type', { Name: 'orders', Actions: [{ Name: 'GetOrder' }], ConditionKeys: [{ Name: 'orders:Channel', Types: ['Text'] }] }, 'Types must be one of'],
    ['no action', { Name: 'orders', Actions: [] }, '`Actions` must declare at least one action'],
  ])('refuses %s with a message saying where', (_, document, message) => {
    const parsed = parseServiceReference(typeof document === 'string' ? document : JSON.stringify(document));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors.join('\n')).toContain(message);
  });
});

describe('validatePolicy with custom services', () => {
  const policy = (statement: Record<string, unknown>) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] });
  const codes = (document: unknown, catalog = catalogWithServices([ordersService()])) => validatePolicy(document, { catalog }).map((finding) => finding.code);

  test("knows Gatehouse's own gatehouse:Authorize, scoped to a service, without any import", () => {
    const document = policy({ Action: 'gatehouse:Authorize', Resource: 'arn:aws:gatehouse::111122223333:service/orders' });
    expect(validatePolicy(document, { catalog: awsCatalog }).map((finding) => finding.code)).toEqual([]);
    expect(awsCatalog.getResourceType('gatehouse', 'service')?.arnFormat).toBe('arn:${Partition}:gatehouse::${Account}:service/${ServicePrefix}');
  });

  test('knows their actions, resource types and condition keys', () => {
    const ordersPolicy = policy({
      Action: ['orders:GetOrder', 'orders:Create*'],
      Resource: 'arn:aws:orders:us-east-1:111122223333:order/*',
      Condition: { StringEquals: { 'orders:Channel': 'web' } },
    });
    expect(codes(ordersPolicy)).toEqual([]);
    // Without the service, its actions and keys are unknown.
    expect(validatePolicy(ordersPolicy).map((finding) => finding.code)).toEqual(expect.arrayContaining(['UNKNOWN_SERVICE']));
  });

  test('flags an unknown action, a wrong resource type and an unknown condition key of a custom service', () => {
    expect(codes(policy({ Action: 'orders:GetOrdr', Resource: '*' }))).toContain('UNKNOWN_ACTION');
    expect(codes(policy({ Action: 'orders:GetOrder', Resource: 'arn:aws:orders:us-east-1:111122223333:invoice/1' }))).toEqual(['RESOURCE_TYPE_MISMATCH']);
    expect(codes(policy({ Action: 'orders:GetOrder', Resource: '*', Condition: { StringEquals: { 'orders:Colour': 'red' } } }))).toContain('UNKNOWN_CONDITION_KEY');
  });
});
