-- CreateTable
CREATE TABLE "CustomService" (
    "prefix" VARCHAR(63) NOT NULL,
    "serviceReference" JSONB NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomService_pkey" PRIMARY KEY ("prefix")
);

-- Every API process keeps the catalog with these services in memory (apps/api/src/modules/catalog/service-catalog.ts)
-- and reads the table again when it hears that a row appeared, changed or went.
CREATE TRIGGER "CustomService_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "CustomService"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('prefix');
