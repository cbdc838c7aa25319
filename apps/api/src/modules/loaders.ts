import type { LoaderScope } from './loader-scope';
import { createAccessKeysLoaders } from './access-keys/access-keys.loaders';
import { createGroupsLoaders } from './groups/groups.loaders';
import { createInstanceProfilesLoaders } from './instance-profiles/instance-profiles.loaders';
import { createOpenIdConnectProvidersLoaders } from './open-id-connect-providers/open-id-connect-providers.loaders';
import { createPoliciesLoaders } from './policies/policies.loaders';
import { createRolesLoaders } from './roles/roles.loaders';
import { createUsersLoaders } from './users/users.loaders';

/** Every module's DataLoaders, made once per request: a new module adds its `createXLoaders` here. */
export function createLoaders(scope: LoaderScope) {
  const groups = createGroupsLoaders(scope);
  const byModule = {
    users: createUsersLoaders(scope, groups),
    groups,
    policies: createPoliciesLoaders(scope),
    roles: createRolesLoaders(scope),
    accessKeys: createAccessKeysLoaders(scope),
    instanceProfiles: createInstanceProfilesLoaders(scope),
    openIdConnectProviders: createOpenIdConnectProvidersLoaders(scope),
  };
  return {
    ...byModule,
    /** After a committed change: later reads in the same request must not see the old rows. */
    clearAll(): void {
      for (const moduleLoaders of Object.values(byModule)) {
        for (const loader of Object.values(moduleLoaders)) loader.clearAll();
      }
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
