import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { UserDetail } from "@/lib/admin/user-detail";
import { formatValue as f } from "./metrics/format";

const when = (d: Date | string | null | undefined) => (d ? `${new Date(d).toISOString().replace("T", " ").slice(0, 16)} UTC` : "—");
const yes = (v: boolean | null | undefined) => (v ? <Badge tone="success">Yes</Badge> : <span className="text-ink-subtle">No</span>);

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="space-y-3" data-testid={testId}>
      <h2 className="text-lg font-semibold text-ink">{title}</h2>
      {children}
    </section>
  );
}

export function UserProfileCard({ detail }: { detail: UserDetail }) {
  const p = detail.profile;
  const rows: Array<[string, React.ReactNode]> = [
    ["User ID", <code key="id" className="font-mono text-xs">{detail.user_id}</code>],
    ["Account", detail.account ? `${detail.account.email} · ${detail.account.role}${detail.account.banned ? " · banned" : ""} · since ${when(detail.account.created_at)}` : "No login account"],
    ["Profile email", p?.email ?? "—"],
    ["Career level", p?.career_level ?? "—"],
    ["Experience", p ? `${p.years_of_experience ?? 0} years` : "—"],
    ["Location", p?.location ?? "—"],
    ["Desired roles", p?.desired_roles.join(", ") || "—"],
    ["Skills", p?.skills.slice(0, 20).join(", ") || "—"],
    ["Resume", p ? `${when(p.last_resume_upload)} · parsed ${p.parse_method ?? "—"}` : "—"],
    ["Digest", p ? `${p.digest_enabled ? `${p.digest_frequency} at ${p.digest_hour}:00 ${p.timezone}` : "off"} · email ${p.email_status}` : "—"],
    ["AI spend today", `${f(detail.ai.today.today_usd, "usd")} of ${f(detail.ai.today.budget_usd, "usd")} (${detail.ai.today.state})`],
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Profile</CardTitle>
      </CardHeader>
      <CardBody>
        {p ? null : <p className="mb-3 text-sm text-ink-muted">No profile yet: this account has not uploaded or pasted a resume.</p>}
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-ink-muted">{k}</dt>
              <dd className="text-ink break-words">{v}</dd>
            </div>
          ))}
        </dl>
      </CardBody>
    </Card>
  );
}

export function UserMatches({ detail }: { detail: UserDetail }) {
  return (
    <Section title={`Top matches (${detail.matches.total} stored)`} testId="user-matches">
      {detail.matches.top.length ? (
        <Table label="Top matches">
          <THead>
            <tr>
              <Th>Job</Th>
              <Th className="text-right">Score</Th>
              <Th>Method</Th>
              <Th>Scored</Th>
              <Th>Clicked</Th>
              <Th>Feedback</Th>
            </tr>
          </THead>
          <TBody>
            {detail.matches.top.map((m) => (
              <Tr key={m.job_id} data-testid="user-match-row">
                <Td className="max-w-sm truncate font-medium">
                  {m.title}
                  {m.company ? <span className="font-normal text-ink-muted"> · {m.company}</span> : null}
                </Td>
                <Td className="text-right tabular-nums">{Math.round(m.score)}</Td>
                <Td>{m.scoring_method}</Td>
                <Td className="whitespace-nowrap text-ink-muted">{when(m.scored_at)}</Td>
                <Td>{m.clicked_at ? when(m.clicked_at) : "—"}</Td>
                <Td>{m.user_feedback ?? "—"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : (
        <p className="text-sm text-ink-muted">No matches stored yet.</p>
      )}
    </Section>
  );
}

export function UserDigests({ detail }: { detail: UserDetail }) {
  return (
    <Section title="Recent digests" testId="user-digests">
      {detail.digests.length ? (
        <Table label="Recent digests">
          <THead>
            <tr>
              <Th>Date</Th>
              <Th>Status</Th>
              <Th className="text-right">Jobs</Th>
              <Th>Sent</Th>
              <Th>Opened</Th>
              <Th>Clicked</Th>
            </tr>
          </THead>
          <TBody>
            {detail.digests.map((d) => (
              <Tr key={d.id}>
                <Td className="font-medium">{d.digest_date}</Td>
                <Td>{d.status}</Td>
                <Td className="text-right tabular-nums">{d.jobs_count}</Td>
                <Td>{d.email_sent ? when(d.email_sent_at) : "No"}</Td>
                <Td>{yes(d.email_opened)}</Td>
                <Td>{yes(d.email_clicked)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : (
        <p className="text-sm text-ink-muted">No digests yet.</p>
      )}
    </Section>
  );
}

export function UserAiCalls({ detail }: { detail: UserDetail }) {
  const a = detail.ai;
  return (
    <Section title="AI calls and cost" testId="user-ai">
      <p className="text-sm text-ink-muted" data-testid="user-ai-summary">
        {a.calls} call{a.calls === 1 ? "" : "s"} · {f(a.tokens_in, "count")} tokens in ({f(a.tokens_cached, "count")} cached) · {f(a.tokens_out, "count")} out ·{" "}
        <span className="font-medium text-ink" data-testid="user-ai-cost">{f(a.cost_usd, "usd")}</span> in all
      </p>
      {a.recent.length ? (
        <Table label="Last 20 AI calls">
          <THead>
            <tr>
              <Th>When</Th>
              <Th>Operation</Th>
              <Th>Model</Th>
              <Th className="text-right">Tokens in / out</Th>
              <Th className="text-right">Latency</Th>
              <Th className="text-right">Cost</Th>
              <Th>OK</Th>
            </tr>
          </THead>
          <TBody>
            {a.recent.map((c) => (
              <Tr key={c.id}>
                <Td className="whitespace-nowrap text-ink-muted">{when(c.created_at)}</Td>
                <Td>{c.operation}</Td>
                <Td className="font-mono text-xs">{c.model}</Td>
                <Td className="text-right tabular-nums">{c.tokens_in} / {c.tokens_out}</Td>
                <Td className="text-right tabular-nums">{f(c.latency_ms, "ms")}</Td>
                <Td className="text-right tabular-nums">{f(c.cost_usd, "usd")}</Td>
                <Td>{c.ok ? <Badge tone="success">ok</Badge> : <Badge tone="danger" title={c.error ?? undefined}>failed</Badge>}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : (
        <p className="text-sm text-ink-muted">No AI calls for this user (local parser and rules scorer only).</p>
      )}
    </Section>
  );
}
