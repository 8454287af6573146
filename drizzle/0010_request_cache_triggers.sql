-- Custom migration (drizzle-kit generate --custom): what the schema cannot say. Every write to a
-- table that app nodes cache moves its counter in data_versions on, in the writing transaction, so
-- no write path can forget it (docs/decisions/request-caches.md). txid_current() never repeats on a
-- cluster, so a counter never comes back to a value a node has cached.
CREATE FUNCTION "bump_data_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	n text;
BEGIN
	FOREACH n IN ARRAY TG_ARGV LOOP
		INSERT INTO "caches"."data_versions" ("name", "version") VALUES (n, txid_current())
		ON CONFLICT ("name") DO UPDATE SET "version" = EXCLUDED."version";
	END LOOP;
	RETURN NULL;
END $$;
--> statement-breakpoint
INSERT INTO "caches"."data_versions" ("name", "version") VALUES ('access', txid_current()), ('orgs', txid_current());
--> statement-breakpoint
CREATE TRIGGER "sessions_bump_access" AFTER DELETE OR TRUNCATE ON "sessions"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('access');
--> statement-breakpoint
CREATE TRIGGER "sessions_change_bump_access" AFTER UPDATE OF "user_id", "mfa_passed", "acting_org_id", "expires_at" ON "sessions"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('access');
--> statement-breakpoint
CREATE TRIGGER "users_bump_access" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "users"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('access');
--> statement-breakpoint
CREATE TRIGGER "memberships_bump_access" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "memberships"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('access');
--> statement-breakpoint
CREATE TRIGGER "orgs_bump_orgs" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "orgs"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('orgs', 'access');
