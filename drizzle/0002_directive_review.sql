ALTER TABLE "directive_groups" ADD COLUMN "derived" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "directive_links" ADD COLUMN "inferred" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "directive_tasks" ADD COLUMN "units_edited" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "directives" ADD COLUMN "unit_map" jsonb DEFAULT '[]'::jsonb NOT NULL;