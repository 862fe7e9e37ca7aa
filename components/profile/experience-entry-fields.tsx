"use client";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ExperienceEntry } from "@/lib/profile/schema";

const MONTH_HINT = "Year and month, e.g. 2024-06.";

export const emptyExperienceEntry = (): ExperienceEntry => ({
  title: "",
  company: null,
  location: null,
  start: null,
  end: null,
  current: false,
  internship: false,
  description: null,
});

export function summarizeExperience(e: ExperienceEntry) {
  const when = e.start || e.end || e.current ? `${e.start ?? "?"} – ${e.current ? "present" : (e.end ?? "?")}` : null;
  return {
    title: e.title.trim() || "Untitled role",
    meta: [e.company, when, e.internship ? "internship" : null].filter(Boolean).join(" · ") || undefined,
  };
}

const orNull = (v: string) => (v === "" ? null : v);

/** The fields of one experience entry (title, company, dates, flags, description). */
export function ExperienceEntryFields({ entry, update, error }: { entry: ExperienceEntry; update: (patch: Partial<ExperienceEntry>) => void; error?: string }) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Job title" error={error}>
          {(p) => <Input {...p} value={entry.title} onChange={(e) => update({ title: e.target.value })} required />}
        </Field>
        <Field label="Company" optional>
          {(p) => <Input {...p} value={entry.company ?? ""} onChange={(e) => update({ company: orNull(e.target.value) })} />}
        </Field>
        <Field label="Location" optional>
          {(p) => <Input {...p} value={entry.location ?? ""} onChange={(e) => update({ location: orNull(e.target.value) })} />}
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field label="Start" hint={MONTH_HINT}>
            {(p) => <Input {...p} type="month" placeholder="YYYY-MM" value={entry.start ?? ""} onChange={(e) => update({ start: orNull(e.target.value) })} />}
          </Field>
          <Field label="End" hint={entry.current ? "Leave empty: you work here now." : MONTH_HINT}>
            {(p) => (
              <Input {...p} type="month" placeholder="YYYY-MM" value={entry.end ?? ""} disabled={entry.current} onChange={(e) => update({ end: orNull(e.target.value) })} />
            )}
          </Field>
        </div>
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-ink">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" className="size-4 accent-accent" checked={entry.current} onChange={(e) => update({ current: e.target.checked, end: e.target.checked ? null : entry.end })} />
          I work here now
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" className="size-4 accent-accent" checked={entry.internship} onChange={(e) => update({ internship: e.target.checked })} />
          Internship
        </label>
      </div>
      <Field label="What you did" optional>
        {(p) => <Textarea {...p} rows={3} value={entry.description ?? ""} onChange={(e) => update({ description: orNull(e.target.value) })} />}
      </Field>
    </>
  );
}
