CREATE TABLE "assignment_files" (
	"update_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "assignment_files_update_id_file_id_pk" PRIMARY KEY("update_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "assignment_supporters" (
	"assignment_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	CONSTRAINT "assignment_supporters_assignment_id_org_id_pk" PRIMARY KEY("assignment_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "assignment_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text,
	"percent" smallint,
	"narrative" text,
	"data" jsonb,
	"author_user_id" uuid,
	"author_org_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directive_id" uuid NOT NULL,
	"directive_task_id" uuid NOT NULL,
	"lead_org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_kind" text NOT NULL,
	"due_date" date,
	"due_text" text,
	"relative" jsonb,
	"status" text DEFAULT 'not_started' NOT NULL,
	"percent" smallint DEFAULT 0 NOT NULL,
	"completed_on" date,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"last_update_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "coverage_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_task_id" uuid NOT NULL,
	"parent_group_id" uuid NOT NULL,
	"score" real,
	"status" text NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "coverage_links_unique" UNIQUE("child_task_id","parent_group_id")
);
--> statement-breakpoint
CREATE TABLE "directive_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directive_id" uuid NOT NULL,
	"label" text NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL,
	"source_line" integer
);
--> statement-breakpoint
CREATE TABLE "directive_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"citation_text" text,
	CONSTRAINT "directive_links_unique" UNIQUE("from_id","to_id")
);
--> statement-breakpoint
CREATE TABLE "directive_reporting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directive_id" uuid NOT NULL,
	"text" text NOT NULL,
	"to_text" text,
	"to_org_id" uuid,
	"via_text" text,
	"via_org_id" uuid,
	"due" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"frequency" jsonb,
	"source_line" integer
);
--> statement-breakpoint
CREATE TABLE "directive_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directive_id" uuid NOT NULL,
	"group_id" uuid,
	"kind" text DEFAULT 'task' NOT NULL,
	"path" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"lead_text" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"support_text" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"timeframe" jsonb NOT NULL,
	"product" text,
	"lead_org_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"support_org_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"fan_out" boolean DEFAULT false NOT NULL,
	"assign" boolean DEFAULT true NOT NULL,
	"position" integer NOT NULL,
	"source_line" integer,
	"source_end_line" integer
);
--> statement-breakpoint
CREATE TABLE "directives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text NOT NULL,
	"symbol" text,
	"symbol_key" text,
	"type_code" text,
	"type_name" text,
	"title" text,
	"system" text,
	"issuer_name" text,
	"issuer_org_id" uuid,
	"parent_issuer_name" text,
	"issued_on" date,
	"place" text,
	"signer" jsonb,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_org_id" uuid,
	"text" text,
	"text_hash" text,
	"source_file_id" uuid,
	"parse" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directives_symbol_key_unique" UNIQUE("symbol_key")
);
--> statement-breakpoint
CREATE TABLE "unit_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"context_org_id" uuid,
	"text_key" text NOT NULL,
	"org_ids" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_mappings_unique" UNIQUE("context_org_id","text_key")
);
--> statement-breakpoint
ALTER TABLE "assignment_files" ADD CONSTRAINT "assignment_files_update_id_assignment_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."assignment_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_files" ADD CONSTRAINT "assignment_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_supporters" ADD CONSTRAINT "assignment_supporters_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_supporters" ADD CONSTRAINT "assignment_supporters_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_updates" ADD CONSTRAINT "assignment_updates_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_updates" ADD CONSTRAINT "assignment_updates_author_org_id_orgs_id_fk" FOREIGN KEY ("author_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_directive_task_id_directive_tasks_id_fk" FOREIGN KEY ("directive_task_id") REFERENCES "public"."directive_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_lead_org_id_orgs_id_fk" FOREIGN KEY ("lead_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_links" ADD CONSTRAINT "coverage_links_child_task_id_directive_tasks_id_fk" FOREIGN KEY ("child_task_id") REFERENCES "public"."directive_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_links" ADD CONSTRAINT "coverage_links_parent_group_id_directive_groups_id_fk" FOREIGN KEY ("parent_group_id") REFERENCES "public"."directive_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_groups" ADD CONSTRAINT "directive_groups_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_links" ADD CONSTRAINT "directive_links_from_id_directives_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_links" ADD CONSTRAINT "directive_links_to_id_directives_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_reporting" ADD CONSTRAINT "directive_reporting_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_reporting" ADD CONSTRAINT "directive_reporting_to_org_id_orgs_id_fk" FOREIGN KEY ("to_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_reporting" ADD CONSTRAINT "directive_reporting_via_org_id_orgs_id_fk" FOREIGN KEY ("via_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_tasks" ADD CONSTRAINT "directive_tasks_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_tasks" ADD CONSTRAINT "directive_tasks_group_id_directive_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."directive_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_issuer_org_id_orgs_id_fk" FOREIGN KEY ("issuer_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_owner_org_id_orgs_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_source_file_id_stored_files_id_fk" FOREIGN KEY ("source_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_mappings" ADD CONSTRAINT "unit_mappings_context_org_id_orgs_id_fk" FOREIGN KEY ("context_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignment_supporters_org_idx" ON "assignment_supporters" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "assignment_updates_assignment_idx" ON "assignment_updates" USING btree ("assignment_id","at");--> statement-breakpoint
CREATE INDEX "assignments_lead_idx" ON "assignments" USING btree ("lead_org_id","status");--> statement-breakpoint
CREATE INDEX "assignments_directive_idx" ON "assignments" USING btree ("directive_id");--> statement-breakpoint
CREATE INDEX "assignments_task_idx" ON "assignments" USING btree ("directive_task_id");--> statement-breakpoint
CREATE INDEX "assignments_due_idx" ON "assignments" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "directive_groups_directive_idx" ON "directive_groups" USING btree ("directive_id");--> statement-breakpoint
CREATE INDEX "directive_links_to_idx" ON "directive_links" USING btree ("to_id");--> statement-breakpoint
CREATE INDEX "directive_reporting_directive_idx" ON "directive_reporting" USING btree ("directive_id");--> statement-breakpoint
CREATE INDEX "directive_tasks_directive_idx" ON "directive_tasks" USING btree ("directive_id");--> statement-breakpoint
CREATE INDEX "directive_tasks_group_idx" ON "directive_tasks" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "directives_text_hash_idx" ON "directives" USING btree ("text_hash");--> statement-breakpoint
CREATE INDEX "directives_owner_idx" ON "directives" USING btree ("owner_org_id");