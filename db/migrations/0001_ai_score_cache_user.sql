ALTER TABLE "ai_score_cache" ADD COLUMN "user_id" varchar(100);--> statement-breakpoint
CREATE INDEX "ai_score_cache_user_idx" ON "ai_score_cache" USING btree ("user_id");