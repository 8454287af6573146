ALTER TABLE "memberships" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "ended_by_change_id" uuid;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_ended_by_change_id_org_changes_id_fk" FOREIGN KEY ("ended_by_change_id") REFERENCES "public"."org_changes"("id") ON DELETE no action ON UPDATE no action;