CREATE TABLE "report_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"obligation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"comment" text,
	"user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_obligations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schedule_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text DEFAULT 'unit' NOT NULL,
	"period_key" text NOT NULL,
	"period_label" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_date" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"narratives" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text,
	"consolidation" jsonb,
	"draft_saved_at" timestamp with time zone,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"signed_by" uuid,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"moved_from_org_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directive_id" uuid,
	"source_duty_id" uuid,
	"title" text NOT NULL,
	"coordinator_org_id" uuid NOT NULL,
	"unit_org_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"frequency" text NOT NULL,
	"cutoff" text NOT NULL,
	"dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"days_after" integer DEFAULT 5 NOT NULL,
	"starts_on" date NOT NULL,
	"indicators" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_obligation_id_report_obligations_id_fk" FOREIGN KEY ("obligation_id") REFERENCES "public"."report_obligations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_obligations" ADD CONSTRAINT "report_obligations_schedule_id_report_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."report_schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_obligations" ADD CONSTRAINT "report_obligations_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_obligations" ADD CONSTRAINT "report_obligations_moved_from_org_id_orgs_id_fk" FOREIGN KEY ("moved_from_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_coordinator_org_id_orgs_id_fk" FOREIGN KEY ("coordinator_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_events_obligation_idx" ON "report_events" USING btree ("obligation_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "report_obligations_unique" ON "report_obligations" USING btree ("schedule_id","period_key","org_id","kind");--> statement-breakpoint
CREATE INDEX "report_obligations_org_idx" ON "report_obligations" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "report_obligations_due_idx" ON "report_obligations" USING btree ("state","due_date");--> statement-breakpoint
CREATE INDEX "report_schedules_coordinator_idx" ON "report_schedules" USING btree ("coordinator_org_id");