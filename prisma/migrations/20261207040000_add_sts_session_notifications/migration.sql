-- Temporary credentials: API processes keep StsSession rows in memory to check signatures made with them
-- (apps/api/src/auth/credential-cache.ts) and drop one when this tells them it was revoked, changed or deleted.

CREATE TRIGGER "StsSession_notify_change" AFTER UPDATE OR DELETE ON "StsSession"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('accessKeyId');
