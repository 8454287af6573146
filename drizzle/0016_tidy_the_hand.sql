CREATE TABLE "citizen_case_reminders" (
	"case_id" uuid NOT NULL,
	"stage_key" text NOT NULL,
	"sent_on" date NOT NULL,
	CONSTRAINT "citizen_case_reminders_case_id_stage_key_pk" PRIMARY KEY("case_id","stage_key")
);
--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "conclusion" text;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "signer_title" text;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "concluded_on" date;--> statement-breakpoint
ALTER TABLE "citizen_case_reminders" ADD CONSTRAINT "citizen_case_reminders_case_id_citizen_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."citizen_cases"("id") ON DELETE cascade ON UPDATE no action;