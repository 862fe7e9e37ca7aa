"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { IngestResult } from "@/lib/profiles/ingest-resume";
import type { ProfileResponse } from "@/lib/profiles/serialize";
import { ProfileEditor } from "./profile-editor";
import { columnLabel } from "./profile-labels";
import { ResumeCard } from "./resume-card";
import { ResumeUpload } from "./resume-upload";

type ProfileWorkspaceProps = { userId: string; profile: ProfileResponse | null; maxUploadMb: number };

/**
 * The Profile page body: onboarding (upload) until a profile exists, then the
 * editor. One component for both so the success message survives the refresh.
 */
export function ProfileWorkspace({ userId, profile, maxUploadMb }: ProfileWorkspaceProps) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [flash, setFlash] = useState<{ tone: "success" | "info"; body: ReactNode } | null>(null);
  const [reuploadOpen, setReuploadOpen] = useState(false);
  const flashRef = useRef<HTMLDivElement>(null);

  // Move focus to the outcome once the new profile is on screen.
  useEffect(() => {
    if (flash && profile) flashRef.current?.focus();
  }, [flash, profile]);

  function onDone(result: IngestResult, reupload: boolean) {
    setFlash({ tone: result.parse.fallback_reason ? "info" : "success", body: outcomeMessage(result, reupload) });
    setReuploadOpen(false);
    startTransition(() => router.refresh());
  }

  if (!profile) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Start with your resume</CardTitle>
          <CardDescription>
            JobMatch reads your resume (PDF, Word or plain text) and turns it into a profile you can check and edit. Matching starts as
            soon as it&apos;s saved.
          </CardDescription>
        </CardHeader>
        <CardBody>
          <ResumeUpload userId={userId} maxUploadMb={maxUploadMb} onDone={(r) => onDone(r, false)} />
        </CardBody>
      </Card>
    );
  }

  return (
    <div className="space-y-6">
      {flash ? (
        <Alert ref={flashRef} tabIndex={-1} tone={flash.tone} data-testid="resume-success" className="outline-none focus-visible:outline-2 focus-visible:outline-ring">
          {flash.body}
        </Alert>
      ) : null}
      <ResumeCard
        userId={userId}
        profile={profile}
        maxUploadMb={maxUploadMb}
        open={reuploadOpen}
        onToggle={setReuploadOpen}
        onDone={(r) => onDone(r, true)}
      />
      {/* A new resume replaces the parsed fields: remount so every section starts from them. */}
      <ProfileEditor key={profile.last_resume_upload ?? "none"} userId={userId} profile={profile} />
    </div>
  );
}

function outcomeMessage({ profile, parse }: IngestResult, reupload: boolean): ReactNode {
  const kept = profile.edited_fields;
  return (
    <>
      <p className="font-semibold">{reupload ? "Your profile was updated from your new resume." : "Your profile is ready. Check it below and fix anything we got wrong."}</p>
      {reupload ? (
        <p>
          {kept.length > 0
            ? `Fields you edited by hand were kept as you wrote them (${kept.map(columnLabel).join(", ")}).`
            : "You hadn't edited any fields by hand, so everything now comes from the new resume."}
        </p>
      ) : null}
      {parse.fallback_reason ? <p>The AI model wasn&apos;t available, so the built-in reader was used. Please check your details closely.</p> : null}
    </>
  );
}
