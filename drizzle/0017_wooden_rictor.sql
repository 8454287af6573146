ALTER TABLE "directive_tasks" ADD COLUMN "follow_up_org_id" uuid GENERATED ALWAYS AS (case when kind = 'responsibility' and jsonb_array_length(lead_org_ids) = 1
        and (lead_org_ids ->> 0) ~ '^[0-9a-fA-F-]{36}$' and text ~* 'đôn đốc|theo dõi,? (tiến độ|việc (triển khai|thực hiện)|tình hình (triển khai|thực hiện)|kết quả (triển khai|thực hiện)|triển khai)'
        then (lead_org_ids ->> 0)::uuid end) STORED;--> statement-breakpoint
CREATE INDEX "directive_tasks_follow_up_idx" ON "directive_tasks" USING btree ("follow_up_org_id","directive_id") WHERE follow_up_org_id is not null;