-- CreateTable
CREATE TABLE "ManagedPolicyCatalogue" (
    "source" VARCHAR(214) NOT NULL,
    "packageVersion" VARCHAR(64) NOT NULL,
    "syncedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManagedPolicyCatalogue_pkey" PRIMARY KEY ("source")
);
