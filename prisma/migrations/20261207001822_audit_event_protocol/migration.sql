-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "protocol" TEXT;
