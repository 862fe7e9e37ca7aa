"use client";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { FileIcon, RefreshIcon } from "@/components/ui/icons";
import type { IngestResult } from "@/lib/profiles/ingest-resume";
import type { ProfileResponse } from "@/lib/profiles/serialize";
import { LocalDateTime } from "./local-date-time";
import { ResumeUpload } from "./resume-upload";

type ResumeCardProps = {
  userId: string;
  profile: ProfileResponse;
  maxUploadMb: number;
  open: boolean;
  onToggle: (open: boolean) => void;
  onDone: (result: IngestResult) => void;
};

/** Where the profile came from, and a "Re-upload resume" panel that unfolds in place. */
export function ResumeCard({ userId, profile, maxUploadMb, open, onToggle, onDone }: ResumeCardProps) {
  const panelId = useId();
  const uploaded = profile.last_resume_upload;
  return (
    <Card>
      <CardBody className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-start gap-3">
          <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-soft text-accent-ink">
            <FileIcon />
          </span>
          <div className="min-w-0 text-sm">
            <p className="font-medium text-ink">{uploaded ? "Built from your resume" : "No resume yet"}</p>
            <p className="text-ink-muted">
              {uploaded ? (
                <>
                  Last read <LocalDateTime iso={profile.last_resume_upload!} />
                  {profile.parse_method === "openai" ? " by the AI model" : profile.parse_method === "local" ? " by the built-in reader" : null}.
                  {" "}Your edits stay when you upload again.
                </>
              ) : (
                "Upload your resume to fill in your skills, education and experience."
              )}
            </p>
          </div>
        </div>
        <Button
          variant={open ? "ghost" : "secondary"}
          icon={open ? undefined : <RefreshIcon className="size-4" />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => onToggle(!open)}
          data-testid="resume-reupload-toggle"
          className="w-full sm:w-auto"
        >
          {open ? "Cancel" : uploaded ? "Re-upload resume" : "Upload resume"}
        </Button>
      </CardBody>
      <div id={panelId} hidden={!open} className="border-t border-line px-5 py-5">
        {open ? <ResumeUpload userId={userId} maxUploadMb={maxUploadMb} reupload={Boolean(uploaded)} onDone={onDone} /> : null}
      </div>
    </Card>
  );
}
