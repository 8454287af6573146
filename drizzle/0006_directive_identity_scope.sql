ALTER TABLE "directives" DROP CONSTRAINT "directives_symbol_key_unique";--> statement-breakpoint
ALTER TABLE "directives" ADD COLUMN "scope_org_id" uuid;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_scope_org_id_orgs_id_fk" FOREIGN KEY ("scope_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Existing stubs and confirmed documents take their issuer's body (else their owner's) as scope; a
-- central symbol (…/TW, -CP, -TTg, the National Assembly, a ministry) keeps none: one document in the
-- country. The application lifts a Standing Board's scope to its committee when it compares (scope.ts).
UPDATE "directives" SET "scope_org_id" = coalesce("issuer_org_id", "owner_org_id")
WHERE "symbol_key" IS NOT NULL
  AND "symbol" !~ '^[0-9]+[a-z]?\s?-\s?[^/]+/\s?[^-./]*(TW|TƯ|tw|tư)([-./].*)?$'
  AND "symbol" !~* '^[0-9]+[a-z]?(\s?/\s?[0-9]{4})?\s?/\s?([^-/]+-)?(CP|TTG|VPCP|VPQH|CTN|VPCTN|TANDTC|VKSNDTC|KTNN|NHNN|TTCP|UBDT|BNV|BTP|BTC|BCA|BQP|BNG|BGD(Đ|D)T|BYT|BTTTT|BKH(Đ|D)T|BTNMT|BXD|BCT|BNNPTNT|BL(Đ|D)TBXH|BVHTTDL|BGTVT|BKHCN|BDTTG|BNNMT|QH[0-9]*|UBTVQH[0-9]*)([-.].*)?$';--> statement-breakpoint
CREATE UNIQUE INDEX "directives_identity_unique" ON "directives" USING btree ("symbol_key",coalesce("scope_org_id", '00000000-0000-0000-0000-000000000000'::uuid));