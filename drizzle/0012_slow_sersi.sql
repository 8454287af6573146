CREATE TABLE "citizen_case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"author_id" uuid,
	"text" text,
	"public" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "citizen_case_files" (
	"case_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "citizen_case_files_case_id_file_id_pk" PRIMARY KEY("case_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "citizen_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"secret_hash" text NOT NULL,
	"kind" text NOT NULL,
	"field" text NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"ward_id" uuid,
	"org_id" uuid NOT NULL,
	"handler_id" uuid,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"subject" text,
	"request" text,
	"location" text,
	"sender_sealed" text NOT NULL,
	"received_on" date NOT NULL,
	"accepted_on" date,
	"due_date" date,
	"due_basis" text,
	"classified" boolean DEFAULT false NOT NULL,
	"competent" boolean,
	"refusal_ground" text,
	"conclusion" text,
	"answer" text,
	"answered_at" timestamp with time zone,
	"published_text" text,
	"published_at" timestamp with time zone,
	"rating_score" smallint,
	"rating_comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizen_cases_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "citizen_case_events" ADD CONSTRAINT "citizen_case_events_case_id_citizen_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."citizen_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_case_files" ADD CONSTRAINT "citizen_case_files_case_id_citizen_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."citizen_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_case_files" ADD CONSTRAINT "citizen_case_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_cases" ADD CONSTRAINT "citizen_cases_ward_id_orgs_id_fk" FOREIGN KEY ("ward_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_cases" ADD CONSTRAINT "citizen_cases_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citizen_case_events_case_idx" ON "citizen_case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "citizen_cases_org_idx" ON "citizen_cases" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "citizen_cases_due_idx" ON "citizen_cases" USING btree ("status","due_date");