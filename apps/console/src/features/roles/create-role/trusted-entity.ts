// "Select trusted entity" as domain values, and the trust policy each choice stands for, written as AWS's console
// writes it. A custom trust policy is the editor's text itself.
import { newPolicyDraft } from '../../policies/policy-editor/model/edits';
import { toJson } from '../../policies/policy-editor/model/to-json';
import { initialWebIdentityEntity, webIdentityError, webIdentityStatement, type WebIdentityEntity } from './web-identity-trust';

export type TrustedEntity =
  | { type: 'service'; servicePrincipal: string }
  | {
      type: 'account';
      account: 'this' | 'another';
      /** The other account's 12-digit ID; unused for `this`. */
      accountId: string;
      requireExternalId: boolean;
      externalId: string;
      requireMfa: boolean;
    }
  | WebIdentityEntity
  | { type: 'custom'; trustPolicy: string };

export type TrustedEntityType = TrustedEntity['type'];

export function initialTrustedEntity(type: TrustedEntityType): TrustedEntity {
  switch (type) {
    case 'service':
      return { type, servicePrincipal: 'ec2.amazonaws.com' };
    case 'account':
      return { type, account: 'this', accountId: '', requireExternalId: false, externalId: '', requireMfa: false };
    case 'webIdentity':
      return initialWebIdentityEntity();
    case 'custom':
      return { type, trustPolicy: toJson(newPolicyDraft('trust')) };
  }
}

/** The error to show for the choice, or undefined when it makes a trust policy. A custom policy is judged by the editor's findings. */
export function trustedEntityError(entity: TrustedEntity): string | undefined {
  switch (entity.type) {
    case 'service':
      return /^[a-z0-9.-]+\.amazonaws\.com$/.test(entity.servicePrincipal) ? undefined : 'Choose a service.';
    case 'account':
      if (entity.account === 'another' && !/^\d{12}$/.test(entity.accountId)) return 'Enter a 12-digit account ID.';
      // AWS: an external ID is 2–1224 characters of letters, digits and +=,.@:/-
      if (entity.requireExternalId && !/^[\w+=,.@:/-]{2,1224}$/.test(entity.externalId)) return 'Enter an external ID of 2 to 1,224 characters.';
      return undefined;
    case 'webIdentity':
      return webIdentityError(entity);
    case 'custom':
      return undefined;
  }
}

/** The role's trust policy for the choice; `thisAccountId` is the account the console is signed in to. */
export function trustPolicyFor(entity: TrustedEntity, thisAccountId: string): string {
  if (entity.type === 'custom') return entity.trustPolicy;
  if (entity.type === 'webIdentity') return document(webIdentityStatement(entity));
  if (entity.type === 'service') {
    return document({ Effect: 'Allow', Principal: { Service: entity.servicePrincipal }, Action: 'sts:AssumeRole' });
  }
  const accountId = entity.account === 'this' ? thisAccountId : entity.accountId;
  const condition: Record<string, Record<string, string>> = {};
  if (entity.requireExternalId) condition.StringEquals = { 'sts:ExternalId': entity.externalId };
  // AWS: the console asks for MFA with Bool aws:MultiFactorAuthPresent, true only for sessions signed in with MFA.
  if (entity.requireMfa) condition.Bool = { 'aws:MultiFactorAuthPresent': 'true' };
  return document({
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${accountId}:root` },
    Action: 'sts:AssumeRole',
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  });
}

function document(statement: object): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 4);
}

/** A catalog service's principal, as AWS spells most of them: `ec2` → `ec2.amazonaws.com`. */
export function servicePrincipalOf(prefix: string): string {
  return `${prefix}.amazonaws.com`;
}
