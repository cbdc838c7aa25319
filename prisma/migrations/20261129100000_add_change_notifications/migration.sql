-- Change notifications: API processes keep console sessions in memory and drop an entry when one of these tells
-- them its rows changed (packages/db/src/change-notifications.ts). Triggers, so that no write path can forget to
-- notify; NOTIFY is sent at commit, and not at all on rollback.

CREATE FUNCTION "gatehouse_notify_console_session_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gatehouse_changes', 'ConsoleSession:' || OLD."tokenHash");
  RETURN NULL;
END;
$$;

CREATE FUNCTION "gatehouse_notify_user_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('gatehouse_changes', 'User:' || OLD."id");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ConsoleSession_notify_change" AFTER UPDATE OR DELETE ON "ConsoleSession"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_console_session_change"();

-- A session names its user's name and ARN: a rename or a deletion changes who the session's caller is.
CREATE TRIGGER "User_notify_change" AFTER UPDATE OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_user_change"();
