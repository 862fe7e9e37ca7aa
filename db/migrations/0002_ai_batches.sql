CREATE TABLE "ai_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"slot" varchar(20) NOT NULL,
	"status" varchar(20) DEFAULT 'preparing' NOT NULL,
	"openai_batch_id" varchar(100),
	"input_file_id" varchar(100),
	"output_file_id" varchar(100),
	"items" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_count" integer DEFAULT 0 NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "ai_batches_slot_idx" ON "ai_batches" USING btree ("slot");--> statement-breakpoint
CREATE INDEX "ai_batches_status_idx" ON "ai_batches" USING btree ("status");