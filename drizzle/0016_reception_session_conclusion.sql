ALTER TABLE "reception_sessions" ADD COLUMN "conclusion" text;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "signer_title" text;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "concluded_on" date;