"use client";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { EducationEntry } from "@/lib/profile/schema";
import type { ProfileResponse } from "@/lib/profiles/serialize";
import { ChipListField } from "./chip-list-field";
import { EntryList } from "./entry-list";
import { ProfileSection } from "./profile-section";
import { useSectionForm } from "./use-section-form";

type Education = { education_entries: EducationEntry[]; relevant_coursework: string[] };

const pick = (p: ProfileResponse): Education => ({ education_entries: p.education_entries, relevant_coursework: p.relevant_coursework });
const emptyEntry = (): EducationEntry => ({ degree: null, field: null, institution: null, graduation_year: null, expected: false, gpa: null });
const orNull = (v: string) => (v.trim() === "" ? null : v);
const unique = <T,>(items: (T | null)[]) => [...new Set(items.filter((x): x is T => x !== null && x !== ""))];

function summarize(e: EducationEntry) {
  const title = [e.degree, e.field].filter(Boolean).join(", ") || e.institution || "New degree or program";
  const year = e.graduation_year ? `${e.expected ? "expected " : ""}${e.graduation_year}` : null;
  return { title, meta: [e.degree || e.field ? e.institution : null, year].filter(Boolean).join(" · ") || undefined };
}

export function EducationSection({ userId, profile }: { userId: string; profile: ProfileResponse }) {
  const { form, set, changes, dirty, edited, submit, fail, markSaved, sectionProps } = useSectionForm(userId, profile, pick);
  const [yearErrors, setYearErrors] = useState<Record<number, string>>({});

  async function onSave() {
    const bad = form.education_entries.flatMap((e, i) =>
      e.graduation_year === null || (e.graduation_year >= 1950 && e.graduation_year <= 2100) ? [] : [i],
    );
    setYearErrors(Object.fromEntries(bad.map((i) => [i, "Enter a four-digit year, e.g. 2026."])));
    if (bad.length) return fail(`Check the graduation year of entry ${bad.map((i) => i + 1).join(", ")}.`);
    if (!dirty) return markSaved();
    const entries = changes.education_entries;
    await submit({
      education: {
        ...changes,
        // The flat lists mirror the entries (the parser fills both the same way).
        ...(entries
          ? {
              degrees: unique(entries.map((e) => e.degree)),
              institutions: unique(entries.map((e) => e.institution)),
              graduation_years: unique(entries.map((e) => e.graduation_year)),
            }
          : {}),
      },
    });
  }

  return (
    <ProfileSection
      id="education"
      title="Education"
      description="Degrees and programs, finished or in progress, and the courses that matter for the jobs you want."
      {...sectionProps}
      onSave={onSave}
    >
      <EntryList
        legend="Degrees and programs"
        noun="degree"
        items={form.education_entries}
        onChange={(items) => set("education_entries", items)}
        makeEmpty={emptyEntry}
        summarize={summarize}
        emptyText="No education yet. Add your degree, even if you haven't finished it."
        edited={edited("education_entries")}
        max={10}
        renderFields={(entry, update, index) => (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label="Degree" hint="e.g. BSc, Bachelor of Arts, Diploma.">
                {(p) => <Input {...p} value={entry.degree ?? ""} onChange={(e) => update({ degree: orNull(e.target.value) })} />}
              </Field>
              <Field label="Field of study" optional>
                {(p) => <Input {...p} value={entry.field ?? ""} onChange={(e) => update({ field: orNull(e.target.value) })} />}
              </Field>
              <Field label="School" className="sm:col-span-2">
                {(p) => <Input {...p} autoComplete="organization" value={entry.institution ?? ""} onChange={(e) => update({ institution: orNull(e.target.value) })} />}
              </Field>
              <Field label="Graduation year" error={yearErrors[index]}>
                {(p) => (
                  <Input
                    {...p}
                    inputMode="numeric"
                    maxLength={4}
                    placeholder="YYYY"
                    value={entry.graduation_year ?? ""}
                    onChange={(e) => {
                      // Digits only, so the box never holds something that isn't a year.
                      const digits = e.target.value.replace(/\D/g, "");
                      update({ graduation_year: digits === "" ? null : Number(digits) });
                    }}
                  />
                )}
              </Field>
              <Field label="GPA" optional hint="As on your transcript, e.g. 3.7/4.0.">
                {(p) => <Input {...p} value={entry.gpa ?? ""} onChange={(e) => update({ gpa: orNull(e.target.value) })} />}
              </Field>
            </div>
            <label className="inline-flex items-center gap-2 text-sm text-ink">
              <input type="checkbox" className="size-4 accent-accent" checked={entry.expected} onChange={(e) => update({ expected: e.target.checked })} />
              Still studying (graduation year is expected)
            </label>
          </>
        )}
      />
      <ChipListField
        label="Relevant coursework"
        values={form.relevant_coursework}
        onChange={(v) => set("relevant_coursework", v)}
        edited={edited("relevant_coursework")}
        maxItems={60}
        placeholder="e.g. Data Structures"
        emptyText="No courses yet. Add the ones closest to the jobs you want."
        splitOnComma
      />
    </ProfileSection>
  );
}
