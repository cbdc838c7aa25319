import { getMetadataStorage } from 'class-validator';

type Lookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];

/**
 * class-validator looks up a class's rules anew on every `validate()`, testing the class against every class that has
 * rules (hundreds here): about 40% of validating a request's arguments. A class's rules, its ancestors' included, are
 * all registered when the class is defined, so the lookup is kept per class for the options validate-arguments.ts
 * uses (no groups, no schema); any other lookup goes to class-validator as before.
 */
export function cacheValidationMetadata(): void {
  const storage = getMetadataStorage();
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const byClass = new Map<Function, ReturnType<Lookup>>();
  storage.getTargetValidationMetadatas = (targetConstructor, targetSchema, always, strictGroups, groups) => {
    if (targetSchema || always || strictGroups || groups?.length) return lookup(targetConstructor, targetSchema, always, strictGroups, groups);
    let metadatas = byClass.get(targetConstructor);
    if (!metadatas) byClass.set(targetConstructor, (metadatas = lookup(targetConstructor, targetSchema, always, strictGroups, groups)));
    return metadatas;
  };
}
