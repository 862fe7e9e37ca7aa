"use client";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LockIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import type { IngestResult } from "@/lib/profiles/ingest-resume";
import { errorMessageOf, parseResumeText, uploadResumeFile } from "@/lib/profiles/profile-client";
import { MAX_RESUME_TEXT_CHARS } from "@/lib/validation/profiles";
import { checkResumeFile, checkResumeText } from "./resume-checks";
import { ResumeDropzone } from "./resume-dropzone";
import { ResumePasteField } from "./resume-paste-field";
import { ResumeTabs, type ResumeMode } from "./resume-tabs";

type Phase = "idle" | "reading" | "building" | "done";

type ResumeUploadProps = {
  userId: string;
  maxUploadMb?: number;
  /** A profile exists already: wording says "update", and hand edits are kept. */
  reupload?: boolean;
  /** Called with the parsed profile; the caller refreshes the page. */
  onDone: (result: IngestResult) => void;
};

const PHASE_TEXT: Record<Exclude<Phase, "idle">, string> = {
  reading: "Reading your resume…",
  building: "Building your profile…",
  done: "Done. Opening your profile…",
};

/** Upload a resume file (drop or pick) or paste its text; shows progress, and the server's message on failure. */
export function ResumeUpload({ userId, maxUploadMb = 5, reupload = false, onDone }: ResumeUploadProps) {
  const id = useId();
  const [mode, setMode] = useState<ResumeMode>("file");
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [phase, setPhase] = useState<Phase>("idle");
  const [error, setError] = useState<{ message: string; fromServer: boolean } | null>(null);
  const inFlight = useRef(false);
  const busy = phase === "reading" || phase === "building";

  // The server does not report its steps; after a moment, say what usually takes the time.
  useEffect(() => {
    if (phase !== "reading") return;
    const timer = setTimeout(() => setPhase("building"), 1500);
    return () => clearTimeout(timer);
  }, [phase]);

  function chooseFile(next: File | null) {
    setFile(next);
    const problem = next ? checkResumeFile(next, maxUploadMb) : null;
    setError(problem ? { message: problem, fromServer: false } : null);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    const problem = mode === "file" ? (file ? checkResumeFile(file, maxUploadMb) : "Choose your resume file first.") : checkResumeText(text, MAX_RESUME_TEXT_CHARS);
    if (problem) {
      setError({ message: problem, fromServer: false });
      return;
    }
    inFlight.current = true;
    setError(null);
    setPhase("reading");
    try {
      const result = mode === "file" ? await uploadResumeFile(userId, file!) : await parseResumeText(userId, text);
      setPhase("done");
      onDone(result);
    } catch (err) {
      setPhase("idle");
      setError({ message: errorMessageOf(err), fromServer: true });
    } finally {
      inFlight.current = false;
    }
  }

  const errorId = `${id}-error`;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={reupload ? "Re-upload resume" : "Upload resume"} className="space-y-5">
      <ResumeTabs mode={mode} onChange={(next) => { setMode(next); setError(null); }} disabled={busy} panelId={`${id}-panel`}>
        {mode === "file" ? (
          <ResumeDropzone file={file} onFile={chooseFile} maxMb={maxUploadMb} disabled={busy} describedBy={error ? errorId : undefined} />
        ) : (
          <ResumePasteField value={text} onChange={setText} maxChars={MAX_RESUME_TEXT_CHARS} disabled={busy} describedBy={error ? errorId : undefined} />
        )}
      </ResumeTabs>

      {error ? (
        <Alert tone="error" id={errorId} data-testid="resume-error" title={error.fromServer ? "We couldn't build your profile from that" : undefined}>
          <p>{error.message}</p>
          {error.fromServer ? (
            <p className="mt-1">
              {mode === "file" ? "Try another file (a PDF exported from Word or Google Docs works best), or paste the text instead." : "Check the text and try again."}
            </p>
          ) : null}
        </Alert>
      ) : null}

      <p className="flex items-start gap-2 text-xs text-ink-muted">
        <LockIcon className="mt-px size-4 shrink-0" />
        <span>
          Your file is read once to build your profile and then discarded: JobMatch never stores the file or its text, only the profile you see here.
          {reupload ? " Fields you edited by hand are kept as you wrote them." : null}
        </span>
      </p>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div role="status" aria-live="polite" data-testid="resume-status" className="flex min-h-5 items-center gap-2 text-sm text-ink-muted">
          {phase !== "idle" ? (
            <>
              {phase === "done" ? null : <Spinner />}
              <span>{PHASE_TEXT[phase]}</span>
            </>
          ) : null}
        </div>
        <Button type="submit" loading={busy || phase === "done"} data-testid="resume-submit" className="w-full sm:w-auto">
          {reupload ? "Update my profile" : "Build my profile"}
        </Button>
      </div>
    </form>
  );
}
