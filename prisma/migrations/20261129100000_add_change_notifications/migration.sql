-- Change notifications: API processes keep console sessions and access keys in memory and drop an entry when one of
-- these tells them its rows changed (packages/db/src/change-notifications.ts). Triggers, so that no write path can
-- forget to notify; NOTIFY is sent at commit, and not at all on rollback. The payload is `Table:key`.

CREATE FUNCTION "gatehouse_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- TG_ARGV[0]: the column holding the row's key.
  PERFORM pg_notify('gatehouse_changes', TG_TABLE_NAME || ':' || (to_jsonb(OLD) ->> TG_ARGV[0]));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ConsoleSession_notify_change" AFTER UPDATE OR DELETE ON "ConsoleSession"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('tokenHash');

CREATE TRIGGER "AccessKey_notify_change" AFTER UPDATE OR DELETE ON "AccessKey"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('accessKeyId');

-- Sessions and access keys carry their user's name and ARN: a rename or a deletion changes who their caller is.
CREATE TRIGGER "User_notify_change" AFTER UPDATE OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('id');
