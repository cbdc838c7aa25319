-- CreateTable
CREATE TABLE "InstanceProfileTag" (
    "instanceProfileId" VARCHAR(32) NOT NULL,
    "key" CITEXT NOT NULL,
    "value" VARCHAR(256) NOT NULL,

    CONSTRAINT "InstanceProfileTag_pkey" PRIMARY KEY ("instanceProfileId","key")
);

-- AddForeignKey
ALTER TABLE "InstanceProfileTag" ADD CONSTRAINT "InstanceProfileTag_instanceProfileId_fkey" FOREIGN KEY ("instanceProfileId") REFERENCES "InstanceProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
