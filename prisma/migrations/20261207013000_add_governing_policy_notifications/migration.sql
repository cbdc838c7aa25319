-- Governing policies: API processes keep each principal's compiled policies in memory
-- (apps/api/src/principals/governing-policy-cache.ts) and drop them when one of these tells them a row they were read
-- from changed. The tables and key columns are those of `governingSources` in apps/api/src/principals/governing-sources.ts
-- (a test compares the two). A link row (attachment, inline policy, membership, tag) matters when it appears too, so
-- these triggers also fire on INSERT, naming the new row's key.

CREATE OR REPLACE FUNCTION "gatehouse_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- TG_ARGV[0]: the column holding the row's key. Postgres sends one notification per distinct payload and
  -- transaction, so an update that keeps the key notifies once.
  IF TG_OP <> 'INSERT' THEN
    PERFORM pg_notify('gatehouse_changes', TG_TABLE_NAME || ':' || (to_jsonb(OLD) ->> TG_ARGV[0]));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM pg_notify('gatehouse_changes', TG_TABLE_NAME || ':' || (to_jsonb(NEW) ->> TG_ARGV[0]));
  END IF;
  RETURN NULL;
END;
$$;

-- The existing User trigger (migration add_change_notifications) already covers a user's boundary and deletion.
CREATE TRIGGER "Role_notify_change" AFTER UPDATE OR DELETE ON "Role"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('id');
CREATE TRIGGER "Group_notify_change" AFTER UPDATE OR DELETE ON "Group"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('id');
-- A new default version is an update of the policy row; versions themselves never change once written.
CREATE TRIGGER "ManagedPolicy_notify_change" AFTER UPDATE OR DELETE ON "ManagedPolicy"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('id');

CREATE TRIGGER "UserPolicyAttachment_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "UserPolicyAttachment"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('userId');
CREATE TRIGGER "UserPolicy_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "UserPolicy"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('userId');
CREATE TRIGGER "UserTag_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "UserTag"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('userId');
CREATE TRIGGER "GroupMembership_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "GroupMembership"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('userId');
CREATE TRIGGER "GroupPolicyAttachment_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "GroupPolicyAttachment"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('groupId');
CREATE TRIGGER "GroupPolicy_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "GroupPolicy"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('groupId');
CREATE TRIGGER "RolePolicyAttachment_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "RolePolicyAttachment"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('roleId');
CREATE TRIGGER "RolePolicy_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "RolePolicy"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('roleId');
CREATE TRIGGER "RoleTag_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "RoleTag"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_notify_change"('roleId');
