import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SparklesIcon } from "@/components/ui/icons";
import type { ProfileResponse } from "@/lib/profiles/serialize";

/** Read-only summary, strengths, gaps and advice produced when the resume was read. */
export function InsightsSection({ profile }: { profile: ProfileResponse }) {
  const { ai_profile_summary: summary, ai_strengths: strengths, ai_improvement_areas: gaps, ai_career_advice: advice } = profile;
  const empty = !summary && strengths.length === 0 && gaps.length === 0 && !advice;
  const fromModel = profile.parse_method === "openai";
  return (
    <Card id="insights" className="scroll-mt-24">
      <section aria-labelledby="insights-title">
        <CardHeader>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <CardTitle id="insights-title">Insights</CardTitle>
            {profile.parse_method ? (
              <Badge tone={fromModel ? "brand" : "neutral"} data-testid="insights-source">
                {fromModel ? <SparklesIcon className="size-3.5" /> : null}
                {fromModel ? "From the AI model" : "From your resume"}
              </Badge>
            ) : null}
          </div>
          <CardDescription>
            {fromModel
              ? `Written by ${profile.parse_model ?? "the AI model"} when it read your resume. Read-only; upload a new resume to refresh them.`
              : "Worked out from what your resume says. Read-only; upload a new resume to refresh them."}
          </CardDescription>
        </CardHeader>
        <CardBody className="space-y-5 text-sm">
          {empty ? (
            <p className="text-ink-subtle">No insights yet. They appear after JobMatch reads your resume.</p>
          ) : (
            <>
              {summary ? <p className="leading-relaxed text-ink">{summary}</p> : null}
              <div className="grid gap-5 sm:grid-cols-2">
                <InsightList title="Strengths" items={strengths} />
                <InsightList title="Areas to improve" items={gaps} />
              </div>
              {advice ? (
                <div>
                  <h3 className="mb-1 font-medium text-ink">Career advice</h3>
                  <p className="leading-relaxed text-ink-muted">{advice}</p>
                </div>
              ) : null}
            </>
          )}
        </CardBody>
      </section>
    </Card>
  );
}

function InsightList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1.5 font-medium text-ink">{title}</h3>
      <ul className="list-disc space-y-1 pl-5 text-ink-muted marker:text-ink-subtle">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
