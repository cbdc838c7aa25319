import type { NonEmptyArray } from 'type-graphql';
import { SignInResolver } from '../auth/sign-in.resolver';
import { AccessKeysResolver } from './access-keys/access-keys.resolver';
import { AuditEventsResolver } from './audit-events/audit-events.resolver';
import { LoginProfilesResolver } from './login-profiles/login-profiles.resolver';
import { MfaDevicesResolver } from './mfa-devices/mfa-devices.resolver';
import { AccountsResolver } from './accounts/accounts.resolver';
import { CatalogResolver } from './catalog/catalog.resolver';
import { GroupsResolver } from './groups/groups.resolver';
import { InlinePoliciesResolver } from './inline-policies/inline-policies.resolver';
import { InstanceProfilesResolver } from './instance-profiles/instance-profiles.resolver';
import { OpenIDConnectProvidersResolver } from './open-id-connect-providers/open-id-connect-providers.resolver';
import { PermissionsBoundariesResolver } from './permissions-boundaries/permissions-boundaries.resolver';
import { PoliciesResolver } from './policies/policies.resolver';
import { PolicyAttachmentsResolver } from './policies/policy-attachments.resolver';
import { PolicyEntitiesResolver } from './policies/policy-entities.resolver';
import { PolicyVersionsResolver } from './policies/policy-versions.resolver';
import { UserAttachedPoliciesResolver } from './policies/user-attached-policies.resolver';
import { PrincipalPoliciesResolver } from './principal-policies/principal-policies.resolver';
import { RolesResolver } from './roles/roles.resolver';
import { SimulatorResolver } from './simulator/simulator.resolver';
import { AuthorizeResolver } from './authorize/authorize.resolver';
import { StsResolver } from './sts/sts.resolver';
import { UsersResolver } from './users/users.resolver';

/** Every resolver class of the schema: a new module adds its resolver here. */
export const resolvers: NonEmptyArray<Function> = [SignInResolver, UsersResolver, GroupsResolver, PoliciesResolver, PolicyVersionsResolver, PolicyAttachmentsResolver, PolicyEntitiesResolver, UserAttachedPoliciesResolver, InlinePoliciesResolver, PermissionsBoundariesResolver, RolesResolver, InstanceProfilesResolver, OpenIDConnectProvidersResolver, AccessKeysResolver, LoginProfilesResolver, MfaDevicesResolver, StsResolver, AccountsResolver, SimulatorResolver, PrincipalPoliciesResolver, CatalogResolver, AuditEventsResolver, AuthorizeResolver];
