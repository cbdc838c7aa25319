export { createPrismaClient, defaultConnectionTimeoutMs, type ConnectionPoolOptions } from './client';
export { ChangeNotifications, changeListenerApplicationName, type ChangeSubscriber } from './change-notifications';
export { NotifiedCache, type NotifiedCacheOptions } from './notified-cache';
export { storableText, unstorableTextPath } from './storable-text';
export type { PrismaClient } from './generated/prisma/client';
export { Prisma, AccessKeyStatus, ConsoleSessionState } from './generated/prisma/client';
export type {
  Account,
  User,
  UserTag,
  LoginProfile,
  PasswordHistory,
  AccessKey,
  VirtualMfaDevice,
  Group,
  GroupMembership,
  Role,
  RoleTag,
  ManagedPolicy,
  PolicyVersion,
  PolicyTag,
  UserPolicyAttachment,
  GroupPolicyAttachment,
  RolePolicyAttachment,
  UserPolicy,
  GroupPolicy,
  RolePolicy,
  StsSession,
  ConsoleSession,
  SignInAttempt,
  PasswordPolicy,
  CredentialReport,
  AuditEvent,
  InstanceProfile,
  InstanceProfileTag,
  OpenIdConnectProvider,
  OpenIdConnectProviderTag,
} from './generated/prisma/client';
export {
  UNIQUE_ID_FORMATS,
  newUniqueId,
  isUniqueId,
  newAccountId,
  rootArn,
  userArn,
  groupArn,
  roleArn,
  policyArn,
  instanceProfileArn,
  openIdConnectProviderArn,
  mfaDeviceArn,
  assumedRoleArn,
} from './identifiers';
export type { UniqueIdKind } from './identifiers';
