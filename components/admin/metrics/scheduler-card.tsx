import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import type { Health } from "@/lib/health";

const TONE: Record<string, BadgeTone> = { ok: "success", error: "danger", running: "info", skipped: "neutral" };
const when = (iso: string | null | undefined) => (iso ? `${iso.replace("T", " ").slice(0, 16)} UTC` : "—");

/** Which mode each concern runs in, and the last run of each pipeline job (from getHealth). */
export function SchedulerCard({ health }: { health: Health }) {
  const runs = health.scheduler?.last_runs ?? [];
  const next = new Map((health.scheduler?.next_runs ?? []).map((n) => [n.name, n.next_run]));
  return (
    <Card data-testid="metrics-scheduler">
      <CardHeader>
        <CardTitle>Modes and background jobs</CardTitle>
      </CardHeader>
      <CardBody className="space-y-4">
        <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {Object.entries(health.modes).map(([concern, mode]) => (
            <div key={concern} className="flex items-center gap-2">
              <dt className="text-ink-muted capitalize">{concern}</dt>
              <dd>
                <Badge tone="brand">{mode}</Badge>
              </dd>
            </div>
          ))}
          <div className="flex items-center gap-2">
            <dt className="text-ink-muted">Database health</dt>
            <dd>{health.database.ok ? <Badge tone="success">ok · {health.database.latency_ms} ms</Badge> : <Badge tone="danger">{health.database.error}</Badge>}</dd>
          </div>
        </dl>
        {runs.length ? (
          <ul className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
            {runs.map((r) => (
              <li key={r.kind} className="rounded-md border border-line px-3 py-2">
                <p className="flex items-center justify-between gap-2 font-medium text-ink">
                  {r.kind}
                  <Badge tone={TONE[r.status] ?? "neutral"}>{r.status}</Badge>
                </p>
                <p className="text-xs text-ink-muted">Last: {when(r.started_at)} ({r.trigger})</p>
                {next.get(r.kind) ? <p className="text-xs text-ink-subtle">Next: {when(next.get(r.kind))}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-ink-muted">No pipeline job has run yet.</p>
        )}
      </CardBody>
    </Card>
  );
}
