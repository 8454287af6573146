-- Custom migration: the work that app nodes cache (assignment rows of the lists, whole plan views) is
-- stale once an assignment, its supporters or timeline, or a directive with its groups, tasks and
-- reporting duties is written (docs/decisions/request-caches.md).
INSERT INTO "caches"."data_versions" ("name", "version") VALUES ('work', txid_current());
--> statement-breakpoint
CREATE TRIGGER "assignments_bump_work" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "assignments"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('work');
--> statement-breakpoint
CREATE TRIGGER "assignment_supporters_bump_work" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "assignment_supporters"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('work');
--> statement-breakpoint
CREATE TRIGGER "assignment_updates_bump_work" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "assignment_updates"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('work');
--> statement-breakpoint
CREATE TRIGGER "directives_bump_work" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "directives"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('work');
--> statement-breakpoint
CREATE TRIGGER "directive_groups_bump_work" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "directive_groups"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('work');
--> statement-breakpoint
CREATE TRIGGER "directive_tasks_bump_work" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "directive_tasks"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('work');
--> statement-breakpoint
CREATE TRIGGER "directive_reporting_bump_work" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "directive_reporting"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_versions"('work');
