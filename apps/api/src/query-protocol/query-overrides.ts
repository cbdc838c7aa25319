/**
 * Where GraphQL's names differ from AWS's, and nothing else: every other name is derived (AWS `UserName` is GraphQL
 * `userName`). Keys are `GraphQLType.AwsMember` for output fields and `Action.AwsMember` for inputs.
 */
export const outputOverrides = {
  /** Output members read from a GraphQL field of another name. */
  fields: {
    /** CreateOpenIDConnectProvider answers the new provider's ARN, which GraphQL's provider carries as `arn`. */
    'OpenIDConnectProvider.OpenIDConnectProviderArn': 'arn',
  } as Record<string, string>,
  /** Lists of names read from one field of each object (keyed by the object type or the action). */
  listItemFields: {
    UserPolicy: 'policyName',
    GroupPolicy: 'policyName',
    RolePolicy: 'policyName',
  } as Record<string, string>,
  /**
   * AWS: "IAM resource-listing operations return a subset of the available attributes for the resource": a user,
   * role, policy or instance profile in a list comes without these, though its shape has them; only the
   * authorization details list them in full.
   */
  notListed: new Set(['PermissionsBoundary', 'RoleLastUsed', 'Tags']),
  isListing: (action: string) => action !== 'GetAccountAuthorizationDetails',
  /** Optional lists AWS leaves out rather than send empty: an untagged user, role or policy has no `<Tags>`. */
  omittedWhenEmpty: new Set(['Tags']),
  /** GraphQL enum values that AWS spells with characters GraphQL names cannot hold. */
  enumValues: {
    PolicySourceType: { aws_managed: 'aws-managed', user_managed: 'user-managed' },
  } as Record<string, Record<string, string>>,
};

export const inputOverrides = {
  /** Input members passed as a GraphQL argument or input field of another name. */
  members: {} as Record<string, string>,
  /**
   * Members accepted and not passed on, because they do not change Gatehouse's answer: the simulator returns every
   * result at once (no pages), and evaluates every resource the same way whatever the scenario name.
   */
  ignored: new Set<string>([
    'SimulateCustomPolicy.ResourceHandlingOption',
    'SimulatePrincipalPolicy.ResourceHandlingOption',
  ]),
};

/**
 * GraphQL operations that are not AWS IAM or STS actions, so the Query protocol has none: the console's sign-in and
 * role switching, the console's action catalog and the operator's imported services, the audit trail (AWS
 * CloudTrail's LookupEvents), policy validation (AWS IAM Access Analyzer's ValidatePolicy), revoking role sessions
 * (the console's button; AWS writes a policy), one principal's governing policies (the console's permissions views),
 * and the console's user deletion with what the user holds and its credential report as of now.
 */
export const graphqlOnlyOperations: ReadonlySet<string> = new Set([
  'signIn',
  'signOut',
  'submitSignInMfaCode',
  'submitSignInNewPassword',
  'switchRole',
  'switchRoleBack',
  'catalogGlobalConditionKeys',
  'catalogService',
  'catalogServices',
  'customServices',
  'getPrincipalPolicies',
  'lookupEvents',
  'validatePolicy',
  'revokeRoleSessions',
  'deleteUserAndDependents',
  'getLiveCredentialReport',
  'authorize',
  'authorizeBatch',
]);
