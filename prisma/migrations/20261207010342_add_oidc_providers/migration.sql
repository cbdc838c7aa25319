-- AlterTable
ALTER TABLE "StsSession" ADD COLUMN     "sessionManagedPolicies" JSONB,
ADD COLUMN     "sessionTags" JSONB,
ADD COLUMN     "sourceIdentity" VARCHAR(64);

-- CreateTable
CREATE TABLE "OpenIdConnectProvider" (
    "id" UUID NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "url" VARCHAR(255) NOT NULL,
    "arn" TEXT NOT NULL,
    "clientIDList" TEXT[],
    "thumbprintList" TEXT[],
    "createDate" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpenIdConnectProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpenIdConnectProviderTag" (
    "providerId" UUID NOT NULL,
    "key" CITEXT NOT NULL,
    "value" VARCHAR(256) NOT NULL,

    CONSTRAINT "OpenIdConnectProviderTag_pkey" PRIMARY KEY ("providerId","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "OpenIdConnectProvider_arn_key" ON "OpenIdConnectProvider"("arn");

-- CreateIndex
CREATE UNIQUE INDEX "OpenIdConnectProvider_accountId_url_key" ON "OpenIdConnectProvider"("accountId", "url");

-- AddForeignKey
ALTER TABLE "OpenIdConnectProvider" ADD CONSTRAINT "OpenIdConnectProvider_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenIdConnectProviderTag" ADD CONSTRAINT "OpenIdConnectProviderTag_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "OpenIdConnectProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;
