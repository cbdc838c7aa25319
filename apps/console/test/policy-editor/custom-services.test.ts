import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompletionContext } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { catalogWithServices, parseServiceReference } from '@gatehouse/evaluator/catalog';
import { policyCompletions } from '../../src/features/policies/policy-editor/json/completions';
import { validateText } from '../../src/features/policies/policy-editor/json/validate-text';
import { actionGroups, serviceAccess } from '../../src/features/policies/policy-editor/model/access-levels';
import { buildArn, resourceTypesFor } from '../../src/features/policies/policy-editor/model/resource-types';
import { contextKeyTypeFor } from '../../src/features/simulator/simulation-settings';

// The console's catalog with an imported service (what CatalogProvider builds from the API's customServices): the
// visual editor, the JSON editor's validation and completions, and the simulator all know it.
const parsed = parseServiceReference(readFileSync(join(__dirname, '..', '..', '..', '..', 'examples', 'orders-service', 'orders.service-reference.json'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const catalog = catalogWithServices([parsed.service]);

describe('an imported service in the console', () => {
  it('groups its actions by access level and summarises what a statement grants of it', () => {
    expect(actionGroups('orders', '', catalog).map((group) => [group.level, group.actions.map((action) => action.name)])).toEqual([
      ['List', ['ListOrders']],
      ['Read', ['GetOrder']],
      ['Write', ['CancelOrder', 'CreateOrder']],
    ]);
    expect(serviceAccess(['orders:Get*'], catalog)).toEqual([{ service: 'orders', serviceName: 'orders', full: false, accessLevels: ['Read'], unknownActions: [] }]);
  });

  it('builds ARNs of its resource types', () => {
    const [order] = resourceTypesFor(['orders:GetOrder'], 'orders', catalog);
    expect(order?.name).toBe('order');
    expect(buildArn(order!.arnFormat, { Region: 'us-east-1', Account: '111122223333', OrderId: '42' })).toBe('arn:aws:orders:us-east-1:111122223333:order/42');
  });

  it('validates and completes policies that use it, and types its condition keys in the simulator', () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' }] });
    expect(validateText(policy, 'identity', catalog)).toEqual([]);
    expect(validateText(policy, 'identity').map((finding) => finding.code)).toEqual(['UNKNOWN_SERVICE']);

    const text = '{"Statement": [{"Action": "orders:|"}]}';
    const pos = text.indexOf('|');
    const state = EditorState.create({ doc: text.replace('|', ''), extensions: [json()] });
    ensureSyntaxTree(state, state.doc.length, 5_000);
    const labels = policyCompletions(catalog)(new CompletionContext(state, pos, true))?.options.map((option) => option.label);
    expect(labels).toEqual(expect.arrayContaining(['orders:GetOrder', 'orders:CreateOrder']));

    expect(contextKeyTypeFor('orders:Amount', catalog)).toBe('numeric');
  });
});
