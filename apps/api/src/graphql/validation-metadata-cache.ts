import { getMetadataStorage } from 'class-validator';

type Lookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];

/**
 * class-validator looks up a class's rules anew on every `validate()`, and for every nested object it validates,
 * testing the class against every class that has rules (hundreds here): about 40% of validating a request's
 * arguments. A class's rules, its ancestors' included, are all registered when the class is defined, so the lookup is
 * kept per class and schema name for the options validate-arguments.ts uses (no groups); any other lookup goes to
 * class-validator as before. (A nested object is looked up under its parent class's name as schema, class-validator's
 * way of finding rules registered by schema; no schema is ever registered here, but the key keeps the answer exact.)
 */
export function cacheValidationMetadata(): void {
  const storage = getMetadataStorage();
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const byClass = new Map<Function, Map<string, ReturnType<Lookup>>>();
  storage.getTargetValidationMetadatas = (targetConstructor, targetSchema, always, strictGroups, groups) => {
    if (always || strictGroups || groups?.length) return lookup(targetConstructor, targetSchema, always, strictGroups, groups);
    let bySchema = byClass.get(targetConstructor);
    if (!bySchema) byClass.set(targetConstructor, (bySchema = new Map()));
    let metadatas = bySchema.get(targetSchema ?? '');
    if (!metadatas) bySchema.set(targetSchema ?? '', (metadatas = lookup(targetConstructor, targetSchema, always, strictGroups, groups)));
    return metadatas;
  };
}
