CREATE TABLE "reception_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" text,
	"leader_name" text NOT NULL,
	"head_receives" boolean NOT NULL,
	"kind" text NOT NULL,
	"mode" text NOT NULL,
	"place" text,
	"online_link" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid,
	"received_on" date NOT NULL,
	"visitor_count" smallint NOT NULL,
	"visitor_sealed" text NOT NULL,
	"content" text NOT NULL,
	"previous_body" text,
	"note" text,
	"outcome" text NOT NULL,
	"direction" text,
	"refusal_ground" text,
	"refusal_reason" text,
	"case_id" uuid,
	"reply_due" date,
	"reply_basis" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_session_id_reception_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."reception_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_case_id_citizen_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."citizen_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reception_sessions_org_idx" ON "reception_sessions" USING btree ("org_id","date");--> statement-breakpoint
CREATE INDEX "reception_visits_org_idx" ON "reception_visits" USING btree ("org_id","received_on");