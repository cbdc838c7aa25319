-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateEnum
CREATE TYPE "AccessKeyStatus" AS ENUM ('Active', 'Inactive');

-- CreateEnum
CREATE TYPE "ConsoleSessionState" AS ENUM ('MfaRequired', 'PasswordChangeRequired', 'Active');

-- CreateTable
CREATE TABLE "Account" (
    "id" VARCHAR(12) NOT NULL,
    "alias" VARCHAR(63),
    "rootEmail" CITEXT NOT NULL,
    "rootPasswordHash" TEXT NOT NULL,
    "rootPasswordLastUsed" TIMESTAMP(3),
    "rootMfaSerialNumber" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" VARCHAR(32) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "path" VARCHAR(512) NOT NULL DEFAULT '/',
    "userName" CITEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "createDate" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "passwordLastUsed" TIMESTAMP(3),
    "permissionsBoundaryPolicyId" VARCHAR(32),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserTag" (
    "userId" VARCHAR(32) NOT NULL,
    "key" CITEXT NOT NULL,
    "value" VARCHAR(256) NOT NULL,

    CONSTRAINT "UserTag_pkey" PRIMARY KEY ("userId","key")
);

-- CreateTable
CREATE TABLE "LoginProfile" (
    "userId" VARCHAR(32) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "passwordResetRequired" BOOLEAN NOT NULL DEFAULT false,
    "createDate" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "PasswordHistory" (
    "id" UUID NOT NULL,
    "userId" VARCHAR(32) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessKey" (
    "accessKeyId" VARCHAR(32) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "userId" VARCHAR(32),
    "secretSealed" TEXT NOT NULL,
    "status" "AccessKeyStatus" NOT NULL DEFAULT 'Active',
    "createDate" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedDate" TIMESTAMP(3),
    "lastUsedService" TEXT,
    "lastUsedRegion" TEXT,

    CONSTRAINT "AccessKey_pkey" PRIMARY KEY ("accessKeyId")
);

-- CreateTable
CREATE TABLE "VirtualMfaDevice" (
    "serialNumber" TEXT NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "path" VARCHAR(512) NOT NULL DEFAULT '/',
    "deviceName" CITEXT NOT NULL,
    "seedSealed" TEXT NOT NULL,
    "userId" VARCHAR(32),
    "enableDate" TIMESTAMP(3),
    "lastTimeStep" INTEGER,
    "createDate" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VirtualMfaDevice_pkey" PRIMARY KEY ("serialNumber")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" VARCHAR(32) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "path" VARCHAR(512) NOT NULL DEFAULT '/',
    "groupName" CITEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "createDate" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMembership" (
    "groupId" VARCHAR(32) NOT NULL,
    "userId" VARCHAR(32) NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupMembership_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" VARCHAR(32) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "path" VARCHAR(512) NOT NULL DEFAULT '/',
    "roleName" CITEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "assumeRolePolicyDocument" TEXT NOT NULL,
    "description" VARCHAR(1000),
    "maxSessionDuration" INTEGER NOT NULL DEFAULT 3600,
    "permissionsBoundaryPolicyId" VARCHAR(32),
    "createDate" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedDate" TIMESTAMP(3),
    "lastUsedRegion" TEXT,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleTag" (
    "roleId" VARCHAR(32) NOT NULL,
    "key" CITEXT NOT NULL,
    "value" VARCHAR(256) NOT NULL,

    CONSTRAINT "RoleTag_pkey" PRIMARY KEY ("roleId","key")
);

-- CreateTable
CREATE TABLE "ManagedPolicy" (
    "id" VARCHAR(32) NOT NULL,
    "accountId" VARCHAR(12),
    "path" VARCHAR(512) NOT NULL DEFAULT '/',
    "policyName" CITEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "description" VARCHAR(1000),
    "defaultVersionId" VARCHAR(16) NOT NULL,
    "lastVersionNumber" INTEGER NOT NULL DEFAULT 1,
    "isAttachable" BOOLEAN NOT NULL DEFAULT true,
    "createDate" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updateDate" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManagedPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "policyId" VARCHAR(32) NOT NULL,
    "versionId" VARCHAR(16) NOT NULL,
    "document" TEXT NOT NULL,
    "createDate" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("policyId","versionId")
);

-- CreateTable
CREATE TABLE "PolicyTag" (
    "policyId" VARCHAR(32) NOT NULL,
    "key" CITEXT NOT NULL,
    "value" VARCHAR(256) NOT NULL,

    CONSTRAINT "PolicyTag_pkey" PRIMARY KEY ("policyId","key")
);

-- CreateTable
CREATE TABLE "UserPolicyAttachment" (
    "userId" VARCHAR(32) NOT NULL,
    "policyId" VARCHAR(32) NOT NULL,
    "attachedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserPolicyAttachment_pkey" PRIMARY KEY ("userId","policyId")
);

-- CreateTable
CREATE TABLE "GroupPolicyAttachment" (
    "groupId" VARCHAR(32) NOT NULL,
    "policyId" VARCHAR(32) NOT NULL,
    "attachedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupPolicyAttachment_pkey" PRIMARY KEY ("groupId","policyId")
);

-- CreateTable
CREATE TABLE "RolePolicyAttachment" (
    "roleId" VARCHAR(32) NOT NULL,
    "policyId" VARCHAR(32) NOT NULL,
    "attachedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RolePolicyAttachment_pkey" PRIMARY KEY ("roleId","policyId")
);

-- CreateTable
CREATE TABLE "UserPolicy" (
    "userId" VARCHAR(32) NOT NULL,
    "policyName" VARCHAR(128) NOT NULL,
    "policyDocument" TEXT NOT NULL,

    CONSTRAINT "UserPolicy_pkey" PRIMARY KEY ("userId","policyName")
);

-- CreateTable
CREATE TABLE "GroupPolicy" (
    "groupId" VARCHAR(32) NOT NULL,
    "policyName" VARCHAR(128) NOT NULL,
    "policyDocument" TEXT NOT NULL,

    CONSTRAINT "GroupPolicy_pkey" PRIMARY KEY ("groupId","policyName")
);

-- CreateTable
CREATE TABLE "RolePolicy" (
    "roleId" VARCHAR(32) NOT NULL,
    "policyName" VARCHAR(128) NOT NULL,
    "policyDocument" TEXT NOT NULL,

    CONSTRAINT "RolePolicy_pkey" PRIMARY KEY ("roleId","policyName")
);

-- CreateTable
CREATE TABLE "StsSession" (
    "accessKeyId" VARCHAR(32) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "roleId" VARCHAR(32),
    "userId" VARCHAR(32),
    "roleSessionName" VARCHAR(64),
    "principalArn" TEXT NOT NULL,
    "sourceArn" TEXT NOT NULL,
    "secretSealed" TEXT NOT NULL,
    "sessionTokenHash" TEXT NOT NULL,
    "sessionPolicy" TEXT,
    "mfaAuthenticated" BOOLEAN NOT NULL DEFAULT false,
    "expiration" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "StsSession_pkey" PRIMARY KEY ("accessKeyId")
);

-- CreateTable
CREATE TABLE "ConsoleSession" (
    "tokenHash" TEXT NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "userId" VARCHAR(32),
    "state" "ConsoleSessionState" NOT NULL,
    "mfaAuthenticated" BOOLEAN NOT NULL DEFAULT false,
    "stsSessionId" VARCHAR(32),
    "sourceIp" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ConsoleSession_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" UUID NOT NULL,
    "principalKey" TEXT NOT NULL,
    "sourceIp" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordPolicy" (
    "accountId" VARCHAR(12) NOT NULL,
    "minimumPasswordLength" INTEGER NOT NULL DEFAULT 8,
    "requireSymbols" BOOLEAN NOT NULL DEFAULT false,
    "requireNumbers" BOOLEAN NOT NULL DEFAULT false,
    "requireUppercaseCharacters" BOOLEAN NOT NULL DEFAULT false,
    "requireLowercaseCharacters" BOOLEAN NOT NULL DEFAULT false,
    "allowUsersToChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "maxPasswordAge" INTEGER,
    "passwordReusePrevention" INTEGER,
    "hardExpiry" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PasswordPolicy_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "CredentialReport" (
    "accountId" VARCHAR(12) NOT NULL,
    "generatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "content" TEXT NOT NULL,

    CONSTRAINT "CredentialReport_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "eventId" UUID NOT NULL,
    "eventTime" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eventSource" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "accountId" VARCHAR(12),
    "principalArn" TEXT,
    "accessKeyId" TEXT,
    "sourceIpAddress" TEXT,
    "userAgent" TEXT,
    "requestId" TEXT,
    "requestParameters" JSONB,
    "responseElements" JSONB,
    "resources" TEXT[],
    "readOnly" BOOLEAN NOT NULL DEFAULT false,
    "errorCode" TEXT,
    "errorMessage" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("eventId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_alias_key" ON "Account"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "Account_rootEmail_key" ON "Account"("rootEmail");

-- CreateIndex
CREATE UNIQUE INDEX "Account_rootMfaSerialNumber_key" ON "Account"("rootMfaSerialNumber");

-- CreateIndex
CREATE UNIQUE INDEX "User_arn_key" ON "User"("arn");

-- CreateIndex
CREATE INDEX "User_accountId_path_idx" ON "User"("accountId", "path");

-- CreateIndex
CREATE INDEX "User_permissionsBoundaryPolicyId_idx" ON "User"("permissionsBoundaryPolicyId");

-- CreateIndex
CREATE UNIQUE INDEX "User_accountId_userName_key" ON "User"("accountId", "userName");

-- CreateIndex
CREATE INDEX "PasswordHistory_userId_createdAt_idx" ON "PasswordHistory"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "AccessKey_accountId_idx" ON "AccessKey"("accountId");

-- CreateIndex
CREATE INDEX "AccessKey_userId_idx" ON "AccessKey"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VirtualMfaDevice_userId_key" ON "VirtualMfaDevice"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VirtualMfaDevice_accountId_deviceName_key" ON "VirtualMfaDevice"("accountId", "deviceName");

-- CreateIndex
CREATE UNIQUE INDEX "Group_arn_key" ON "Group"("arn");

-- CreateIndex
CREATE INDEX "Group_accountId_path_idx" ON "Group"("accountId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "Group_accountId_groupName_key" ON "Group"("accountId", "groupName");

-- CreateIndex
CREATE INDEX "GroupMembership_userId_idx" ON "GroupMembership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Role_arn_key" ON "Role"("arn");

-- CreateIndex
CREATE INDEX "Role_accountId_path_idx" ON "Role"("accountId", "path");

-- CreateIndex
CREATE INDEX "Role_permissionsBoundaryPolicyId_idx" ON "Role"("permissionsBoundaryPolicyId");

-- CreateIndex
CREATE UNIQUE INDEX "Role_accountId_roleName_key" ON "Role"("accountId", "roleName");

-- CreateIndex
CREATE UNIQUE INDEX "ManagedPolicy_arn_key" ON "ManagedPolicy"("arn");

-- CreateIndex
CREATE INDEX "ManagedPolicy_accountId_path_idx" ON "ManagedPolicy"("accountId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "ManagedPolicy_accountId_policyName_key" ON "ManagedPolicy"("accountId", "policyName");

-- CreateIndex
CREATE INDEX "UserPolicyAttachment_policyId_idx" ON "UserPolicyAttachment"("policyId");

-- CreateIndex
CREATE INDEX "GroupPolicyAttachment_policyId_idx" ON "GroupPolicyAttachment"("policyId");

-- CreateIndex
CREATE INDEX "RolePolicyAttachment_policyId_idx" ON "RolePolicyAttachment"("policyId");

-- CreateIndex
CREATE UNIQUE INDEX "StsSession_sessionTokenHash_key" ON "StsSession"("sessionTokenHash");

-- CreateIndex
CREATE INDEX "StsSession_roleId_idx" ON "StsSession"("roleId");

-- CreateIndex
CREATE INDEX "StsSession_expiration_idx" ON "StsSession"("expiration");

-- CreateIndex
CREATE INDEX "ConsoleSession_accountId_idx" ON "ConsoleSession"("accountId");

-- CreateIndex
CREATE INDEX "ConsoleSession_userId_idx" ON "ConsoleSession"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_principalKey_createdAt_idx" ON "SignInAttempt"("principalKey", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_sourceIp_createdAt_idx" ON "SignInAttempt"("sourceIp", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_eventTime_idx" ON "AuditEvent"("accountId", "eventTime" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_eventName_eventTime_idx" ON "AuditEvent"("accountId", "eventName", "eventTime" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_principalArn_eventTime_idx" ON "AuditEvent"("accountId", "principalArn", "eventTime" DESC);

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_rootMfaSerialNumber_fkey" FOREIGN KEY ("rootMfaSerialNumber") REFERENCES "VirtualMfaDevice"("serialNumber") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_permissionsBoundaryPolicyId_fkey" FOREIGN KEY ("permissionsBoundaryPolicyId") REFERENCES "ManagedPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserTag" ADD CONSTRAINT "UserTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginProfile" ADD CONSTRAINT "LoginProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordHistory" ADD CONSTRAINT "PasswordHistory_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessKey" ADD CONSTRAINT "AccessKey_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessKey" ADD CONSTRAINT "AccessKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VirtualMfaDevice" ADD CONSTRAINT "VirtualMfaDevice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VirtualMfaDevice" ADD CONSTRAINT "VirtualMfaDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_permissionsBoundaryPolicyId_fkey" FOREIGN KEY ("permissionsBoundaryPolicyId") REFERENCES "ManagedPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleTag" ADD CONSTRAINT "RoleTag_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagedPolicy" ADD CONSTRAINT "ManagedPolicy_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyTag" ADD CONSTRAINT "PolicyTag_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPolicyAttachment" ADD CONSTRAINT "UserPolicyAttachment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPolicyAttachment" ADD CONSTRAINT "UserPolicyAttachment_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupPolicyAttachment" ADD CONSTRAINT "GroupPolicyAttachment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupPolicyAttachment" ADD CONSTRAINT "GroupPolicyAttachment_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RolePolicyAttachment" ADD CONSTRAINT "RolePolicyAttachment_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RolePolicyAttachment" ADD CONSTRAINT "RolePolicyAttachment_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPolicy" ADD CONSTRAINT "UserPolicy_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupPolicy" ADD CONSTRAINT "GroupPolicy_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RolePolicy" ADD CONSTRAINT "RolePolicy_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StsSession" ADD CONSTRAINT "StsSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StsSession" ADD CONSTRAINT "StsSession_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StsSession" ADD CONSTRAINT "StsSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsoleSession" ADD CONSTRAINT "ConsoleSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsoleSession" ADD CONSTRAINT "ConsoleSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordPolicy" ADD CONSTRAINT "PasswordPolicy_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialReport" ADD CONSTRAINT "CredentialReport_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
