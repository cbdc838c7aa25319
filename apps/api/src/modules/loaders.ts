import type { LoaderScope } from './loader-scope';
import { createAccessKeysLoaders } from './access-keys/access-keys.loaders';
import { createGroupsLoaders } from './groups/groups.loaders';
import { createInstanceProfilesLoaders } from './instance-profiles/instance-profiles.loaders';
import { createOpenIdConnectProvidersLoaders } from './open-id-connect-providers/open-id-connect-providers.loaders';
import { createPoliciesLoaders } from './policies/policies.loaders';
import { createRolesLoaders } from './roles/roles.loaders';
import { createUsersLoaders } from './users/users.loaders';

type ModuleLoaders = Record<string, { clearAll(): unknown }>;

/**
 * Every module's DataLoaders, scoped to one request: a new module adds a getter for its `createXLoaders` here. A
 * module's loaders are made when the request first uses them, as most requests use one or two modules of many. (A
 * class: an object literal with getters is several times slower to make, and one is made for every request.)
 */
export class Loaders {
  readonly #made: ModuleLoaders[] = [];
  #users?: ReturnType<typeof createUsersLoaders>;
  #groups?: ReturnType<typeof createGroupsLoaders>;
  #policies?: ReturnType<typeof createPoliciesLoaders>;
  #roles?: ReturnType<typeof createRolesLoaders>;
  #accessKeys?: ReturnType<typeof createAccessKeysLoaders>;
  #instanceProfiles?: ReturnType<typeof createInstanceProfilesLoaders>;
  #openIdConnectProviders?: ReturnType<typeof createOpenIdConnectProvidersLoaders>;

  constructor(private readonly scope: LoaderScope) {}

  #track<T extends ModuleLoaders>(loaders: T): T {
    this.#made.push(loaders);
    return loaders;
  }

  get users() {
    return (this.#users ??= this.#track(createUsersLoaders(this.scope, () => this.groups)));
  }

  get groups() {
    return (this.#groups ??= this.#track(createGroupsLoaders(this.scope)));
  }

  get policies() {
    return (this.#policies ??= this.#track(createPoliciesLoaders(this.scope)));
  }

  get roles() {
    return (this.#roles ??= this.#track(createRolesLoaders(this.scope)));
  }

  get accessKeys() {
    return (this.#accessKeys ??= this.#track(createAccessKeysLoaders(this.scope)));
  }

  get instanceProfiles() {
    return (this.#instanceProfiles ??= this.#track(createInstanceProfilesLoaders(this.scope)));
  }

  get openIdConnectProviders() {
    return (this.#openIdConnectProviders ??= this.#track(createOpenIdConnectProvidersLoaders(this.scope)));
  }

  /** After a committed change: later reads in the same request must not see the old rows. */
  clearAll(): void {
    for (const moduleLoaders of this.#made) {
      for (const loader of Object.values(moduleLoaders)) loader.clearAll();
    }
  }
}
