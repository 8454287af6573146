CREATE TABLE "disclosure_reminders" (
	"org_id" uuid NOT NULL,
	"clause" smallint NOT NULL,
	"subject" text NOT NULL,
	"stage" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "disclosure_reminders_org_id_clause_subject_stage_pk" PRIMARY KEY("org_id","clause","subject","stage")
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"clause" smallint NOT NULL,
	"title" text NOT NULL,
	"content" text,
	"file_id" uuid,
	"channels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"broadcast_days" smallint,
	"posted_on" date NOT NULL,
	"planned_end" date,
	"taken_down_on" date,
	"take_down_reason" text,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "disclosure_reminders" ADD CONSTRAINT "disclosure_reminders_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosures_org_idx" ON "disclosures" USING btree ("org_id","clause","posted_on");