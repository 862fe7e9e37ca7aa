CREATE TABLE "ai_calls" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" varchar(100),
	"operation" varchar(40) NOT NULL,
	"model" varchar(100) NOT NULL,
	"tokens_in" integer DEFAULT 0 NOT NULL,
	"tokens_cached" integer DEFAULT 0 NOT NULL,
	"tokens_out" integer DEFAULT 0 NOT NULL,
	"cost_usd" double precision DEFAULT 0 NOT NULL,
	"latency_ms" integer DEFAULT 0 NOT NULL,
	"ok" boolean NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_score_cache" (
	"id" serial PRIMARY KEY NOT NULL,
	"profile_hash" varchar(64) NOT NULL,
	"job_hash" varchar(64) NOT NULL,
	"model" varchar(100) NOT NULL,
	"score" double precision NOT NULL,
	"reasoning" text,
	"match_factors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mismatch_factors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"config_id" text DEFAULT 'default' NOT NULL,
	"name" text,
	"start" text,
	"reference_id" text NOT NULL,
	"prefix" text,
	"key" text NOT NULL,
	"refill_interval" integer,
	"refill_amount" integer,
	"last_refill_at" timestamp with time zone,
	"enabled" boolean DEFAULT true,
	"rate_limit_enabled" boolean DEFAULT false,
	"rate_limit_time_window" integer,
	"rate_limit_max" integer,
	"request_count" integer DEFAULT 0,
	"remaining" integer,
	"last_request" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"permissions" text,
	"metadata" text
);
--> statement-breakpoint
CREATE TABLE "auth_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	"impersonated_by" text,
	CONSTRAINT "auth_sessions_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "auth_users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"role" text DEFAULT 'student' NOT NULL,
	"banned" boolean DEFAULT false,
	"ban_reason" text,
	"ban_expires" timestamp with time zone,
	CONSTRAINT "auth_users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "auth_verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "daily_digests" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" varchar(100) NOT NULL,
	"digest_date" date NOT NULL,
	"digest_title" varchar(255),
	"digest_summary" text,
	"digest_html" text,
	"top_jobs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"total_new_jobs" integer DEFAULT 0,
	"total_matches" integer DEFAULT 0,
	"market_trends" jsonb,
	"skill_recommendations" jsonb,
	"email_sent" boolean DEFAULT false,
	"email_sent_at" timestamp with time zone,
	"email_opened" boolean DEFAULT false,
	"email_clicked" boolean DEFAULT false,
	"user_viewed" boolean DEFAULT false,
	"user_viewed_at" timestamp with time zone,
	"jobs_clicked" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"generation_time_seconds" double precision,
	"digest_text" text,
	"email_opened_at" timestamp with time zone,
	"status" varchar(20) DEFAULT 'built' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" varchar(100),
	"kind" varchar(20) NOT NULL,
	"idempotency_key" varchar(200) NOT NULL,
	"to_address" text NOT NULL,
	"from_address" text NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"provider" varchar(20) NOT NULL,
	"provider_message_id" text,
	"status" varchar(20) DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "job_listings" (
	"id" serial PRIMARY KEY NOT NULL,
	"dedupe_key" varchar(400) NOT NULL,
	"source_id" integer,
	"external_id" varchar(255),
	"title" varchar(300) NOT NULL,
	"company" varchar(200),
	"location" varchar(300),
	"city" varchar(120),
	"region" varchar(120),
	"country" varchar(2),
	"remote_type" varchar(10),
	"remote_regions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"remote_worldwide" boolean DEFAULT false NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"url" text,
	"source_urls" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"employment_type" varchar(20),
	"seniority" varchar(20),
	"min_years_experience" double precision,
	"salary_min" double precision,
	"salary_max" double precision,
	"salary_currency" varchar(3),
	"salary_period" varchar(10),
	"salary_annual_min" double precision,
	"salary_annual_max" double precision,
	"required_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"preferred_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sponsorship" varchar(5),
	"requires_citizenship" boolean DEFAULT false NOT NULL,
	"requires_security_clearance" boolean DEFAULT false NOT NULL,
	"field" varchar(30),
	"company_size" varchar(20),
	"industry" varchar(60),
	"posted_at" timestamp with time zone,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" varchar(10) DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"content_hash" varchar(64),
	"text_fingerprint" varchar(16),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_scores" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" varchar(100) NOT NULL,
	"job_id" integer NOT NULL,
	"compatibility_score" double precision NOT NULL,
	"confidence_score" double precision DEFAULT 0,
	"ai_reasoning" text,
	"match_factors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mismatch_factors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skills_match_score" double precision DEFAULT 0,
	"location_match_score" double precision DEFAULT 0,
	"experience_match_score" double precision DEFAULT 0,
	"salary_match_score" double precision DEFAULT 0,
	"culture_match_score" double precision DEFAULT 0,
	"user_interested" boolean,
	"user_applied" boolean DEFAULT false,
	"user_feedback" varchar(20),
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL,
	"score_version" varchar(10) DEFAULT '1.0',
	"scoring_method" varchar(20) DEFAULT 'rules' NOT NULL,
	"rules_score" double precision,
	"ai_score" double precision,
	"feedback_reason" varchar(30),
	"feedback_at" timestamp with time zone,
	"hidden" boolean DEFAULT false NOT NULL,
	"clicked_at" timestamp with time zone,
	"digest_sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "job_sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(200) NOT NULL,
	"kind" varchar(20) NOT NULL,
	"url" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_fetched_at" timestamp with time zone,
	"last_status" varchar(20),
	"last_http_status" integer,
	"items_seen" integer DEFAULT 0 NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_fetch_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pipeline_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" varchar(20) NOT NULL,
	"trigger" varchar(20) DEFAULT 'cron' NOT NULL,
	"status" varchar(20) DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "user_profiles" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" varchar(100) NOT NULL,
	"full_name" varchar(255),
	"email" varchar(1024),
	"phone" varchar(512),
	"location" varchar(255),
	"work_authorization" varchar(100),
	"years_of_experience" double precision DEFAULT 0,
	"career_level" varchar(50),
	"professional_summary" text,
	"programming_languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"frameworks_libraries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tools_platforms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"soft_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"job_titles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"companies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"industries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"experience_descriptions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"degrees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"institutions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"graduation_years" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"relevant_coursework" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"desired_roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"preferred_locations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"salary_range_min" integer,
	"salary_range_max" integer,
	"job_types" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"company_size_preference" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ai_profile_summary" text,
	"ai_strengths" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ai_improvement_areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ai_career_advice" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_resume_upload" timestamp with time zone,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"needs_sponsorship" boolean,
	"domain_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"experience_entries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"education_entries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"preferred_industries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"remote_preference" varchar(20),
	"rejected_companies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rejected_title_terms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"edited_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"resume_text_hash" varchar(64),
	"parse_method" varchar(20),
	"parse_model" varchar(100),
	"timezone" varchar(64) DEFAULT 'UTC' NOT NULL,
	"digest_enabled" boolean DEFAULT true NOT NULL,
	"digest_hour" integer DEFAULT 7 NOT NULL,
	"digest_frequency" varchar(10) DEFAULT 'daily' NOT NULL,
	"min_score_threshold" double precision DEFAULT 60 NOT NULL,
	"email_status" varchar(20) DEFAULT 'active' NOT NULL,
	CONSTRAINT "user_profiles_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
ALTER TABLE "auth_accounts" ADD CONSTRAINT "auth_accounts_user_id_auth_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_api_keys" ADD CONSTRAINT "auth_api_keys_reference_id_auth_users_id_fk" FOREIGN KEY ("reference_id") REFERENCES "public"."auth_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_auth_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_digests" ADD CONSTRAINT "daily_digests_user_id_user_profiles_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_listings" ADD CONSTRAINT "job_listings_source_id_job_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."job_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_scores" ADD CONSTRAINT "job_scores_user_id_user_profiles_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_scores" ADD CONSTRAINT "job_scores_job_id_job_listings_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_calls_created_at_idx" ON "ai_calls" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ai_calls_user_created_idx" ON "ai_calls" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_score_cache_pair_idx" ON "ai_score_cache" USING btree ("profile_hash","job_hash","model");--> statement-breakpoint
CREATE INDEX "ai_score_cache_created_at_idx" ON "ai_score_cache" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "auth_accounts_user_id_idx" ON "auth_accounts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "auth_api_keys_key_idx" ON "auth_api_keys" USING btree ("key");--> statement-breakpoint
CREATE INDEX "auth_api_keys_reference_id_idx" ON "auth_api_keys" USING btree ("reference_id");--> statement-breakpoint
CREATE INDEX "auth_api_keys_config_id_idx" ON "auth_api_keys" USING btree ("config_id");--> statement-breakpoint
CREATE INDEX "auth_sessions_user_id_idx" ON "auth_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "auth_verifications_identifier_idx" ON "auth_verifications" USING btree ("identifier");--> statement-breakpoint
CREATE UNIQUE INDEX "daily_digests_user_date_idx" ON "daily_digests" USING btree ("user_id","digest_date");--> statement-breakpoint
CREATE INDEX "daily_digests_created_at_idx" ON "daily_digests" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_idempotency_key_idx" ON "email_outbox" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "email_outbox_created_at_idx" ON "email_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_user_idx" ON "email_outbox" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_listings_dedupe_key_idx" ON "job_listings" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "job_listings_fetched_at_idx" ON "job_listings" USING btree ("fetched_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "job_listings_status_fetched_idx" ON "job_listings" USING btree ("status","fetched_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "job_listings_company_idx" ON "job_listings" USING btree ("company");--> statement-breakpoint
CREATE UNIQUE INDEX "job_scores_user_job_idx" ON "job_scores" USING btree ("user_id","job_id");--> statement-breakpoint
CREATE INDEX "job_scores_user_score_idx" ON "job_scores" USING btree ("user_id","compatibility_score" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "job_scores_job_idx" ON "job_scores" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "job_scores_scored_at_idx" ON "job_scores" USING btree ("scored_at");--> statement-breakpoint
CREATE UNIQUE INDEX "job_sources_kind_url_idx" ON "job_sources" USING btree ("kind","url");--> statement-breakpoint
CREATE INDEX "pipeline_runs_kind_started_idx" ON "pipeline_runs" USING btree ("kind","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "user_profiles_created_at_idx" ON "user_profiles" USING btree ("created_at");