CREATE SCHEMA "caches";
--> statement-breakpoint
CREATE TABLE "caches"."data_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
