"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Result = { tone: "success" | "info" | "error"; text: string } | null;

async function call(url: string, method: "POST" | "DELETE") {
  const res = await fetch(url, { method, headers: { accept: "application/json" } });
  const body = (await res.json().catch(() => ({}))) as { message?: string; error?: { message?: string } };
  return { ok: res.ok, body };
}

/** Score now, resend today's digest, delete (with a confirmation step). */
export function UserActions({ userId, name, hasProfile, digestSentToday }: { userId: string; name: string; hasProfile: boolean; digestSentToday: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState<"score" | "digest" | "delete" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<Result>(null);
  const base = `/api/v1/admin/users/${encodeURIComponent(userId)}`;

  async function run(kind: "score" | "digest") {
    setBusy(kind);
    setResult(null);
    const { ok, body } = await call(`${base}/${kind}`, "POST");
    setResult(ok ? { tone: (body as { status?: string }).status === "already_sent" ? "info" : "success", text: body.message ?? "Done." } : { tone: "error", text: body.error?.message ?? "Something went wrong." });
    setBusy(null);
    router.refresh();
  }

  async function remove() {
    setBusy("delete");
    const { ok, body } = await call(base, "DELETE");
    if (ok) {
      router.push("/admin/users");
      router.refresh();
      return;
    }
    setResult({ tone: "error", text: body.error?.message ?? "Could not delete the user." });
    setBusy(null);
    setConfirming(false);
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button data-testid="user-action-score" variant="secondary" loading={busy === "score"} disabled={!hasProfile || busy !== null} onClick={() => run("score")}>
          Score now
        </Button>
        <Button data-testid="user-action-digest" variant="secondary" loading={busy === "digest"} disabled={!hasProfile || busy !== null} onClick={() => run("digest")} title={digestSentToday ? "Today's digest was already sent" : undefined}>
          Resend today&apos;s digest
        </Button>
        {confirming ? (
          <span className="inline-flex items-center gap-2 rounded-md border border-danger-line bg-danger-bg px-2 py-1 text-sm text-danger-ink" role="group" aria-label="Confirm delete">
            Delete {name} and all their data?
            <Button data-testid="user-action-delete-confirm" size="sm" variant="danger" loading={busy === "delete"} onClick={remove}>
              Yes, delete
            </Button>
            <Button size="sm" variant="ghost" disabled={busy === "delete"} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </span>
        ) : (
          <Button data-testid="user-action-delete" variant="danger" disabled={busy !== null} onClick={() => setConfirming(true)}>
            Delete user
          </Button>
        )}
      </div>
      {!hasProfile ? <p className="text-xs text-ink-muted">Scoring and digests need a profile: this user has not uploaded a resume yet.</p> : null}
      {result ? (
        <Alert tone={result.tone === "error" ? "error" : result.tone === "info" ? "info" : "success"} data-testid="user-action-result">
          {result.text}
        </Alert>
      ) : null}
    </div>
  );
}
