-- CreateTable
CREATE TABLE "InstanceProfile" (
    "id" VARCHAR(32) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "path" VARCHAR(512) NOT NULL DEFAULT '/',
    "instanceProfileName" CITEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "roleId" VARCHAR(32),
    "createDate" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstanceProfile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InstanceProfile_arn_key" ON "InstanceProfile"("arn");

-- CreateIndex
CREATE INDEX "InstanceProfile_accountId_path_idx" ON "InstanceProfile"("accountId", "path");

-- CreateIndex
CREATE INDEX "InstanceProfile_roleId_idx" ON "InstanceProfile"("roleId");

-- CreateIndex
CREATE UNIQUE INDEX "InstanceProfile_accountId_instanceProfileName_key" ON "InstanceProfile"("accountId", "instanceProfileName");

-- AddForeignKey
ALTER TABLE "InstanceProfile" ADD CONSTRAINT "InstanceProfile_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstanceProfile" ADD CONSTRAINT "InstanceProfile_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
