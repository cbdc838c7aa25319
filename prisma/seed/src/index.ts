export { seedDemoEnvironment } from './seed-demo-environment';
export type { DemoSeedResult, DemoSignIn, DemoUserSignIn } from './seed-demo-environment';
export { demoAccounts, DEVELOPMENT_ACCOUNT_ID, PRODUCTION_ACCOUNT_ID } from './demo-environment';
export type { DemoAccount } from './demo-environment';
export { awsManagedPolicies } from './aws-managed-policies';
export type { AwsManagedPolicy } from './aws-managed-policies';
export {
  AWS_MANAGED_POLICY_PACKAGE,
  awsManagedPolicyPackageVersion,
  ensureAwsManagedPolicies,
  syncAwsManagedPolicies,
  syncedAwsManagedPolicyVersion,
  type AwsManagedPolicySync,
} from './sync-aws-managed-policies';
