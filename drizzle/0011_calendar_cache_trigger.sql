-- Custom migration: the working calendar cached by app nodes is stale once a holiday schedule is
-- written (docs/decisions/request-caches.md).
INSERT INTO "caches"."data_versions" ("name", "version") VALUES ('calendar', txid_current());
--> statement-breakpoint
CREATE TRIGGER "holiday_schedules_bump_calendar" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "holiday_schedules"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('calendar');
