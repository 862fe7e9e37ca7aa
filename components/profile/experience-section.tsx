"use client";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { CAREER_LEVELS, type CareerLevel, type ExperienceEntry } from "@/lib/profile/schema";
import type { ProfileResponse } from "@/lib/profiles/serialize";
import { textOrNull } from "./changed-fields";
import { ChipListField } from "./chip-list-field";
import { EditedBadge } from "./edited-badge";
import { EntryList } from "./entry-list";
import { emptyExperienceEntry, ExperienceEntryFields, summarizeExperience } from "./experience-entry-fields";
import { ProfileSection } from "./profile-section";
import { CAREER_LEVEL_LABELS } from "./profile-labels";
import { useSectionForm } from "./use-section-form";

type Experience = {
  years_of_experience: string;
  career_level: string;
  professional_summary: string;
  experience_entries: ExperienceEntry[];
  job_titles: string[];
  companies: string[];
  industries: string[];
};

const pick = (p: ProfileResponse): Experience => ({
  years_of_experience: String(p.years_of_experience ?? 0),
  career_level: p.career_level ?? "",
  professional_summary: p.professional_summary ?? "",
  experience_entries: p.experience_entries,
  job_titles: p.job_titles,
  companies: p.companies,
  industries: p.industries,
});

export function ExperienceSection({ userId, profile }: { userId: string; profile: ProfileResponse }) {
  const { form, set, changes, dirty, edited, submit, fail, markSaved, sectionProps } = useSectionForm(userId, profile, pick);
  const [errors, setErrors] = useState<{ years?: string; entries?: Record<number, string> }>({});

  async function onSave() {
    const years = Number(form.years_of_experience.trim() || "0");
    const found: typeof errors = {};
    if (!Number.isFinite(years) || years < 0 || years > 60) found.years = "Enter a number of years from 0 to 60, e.g. 1.5.";
    const untitled = form.experience_entries.flatMap((e, i) => (e.title.trim() ? [] : [i]));
    if (untitled.length) found.entries = Object.fromEntries(untitled.map((i) => [i, "Give this role a title, or remove it."]));
    setErrors(found);
    if (found.years || found.entries) {
      return fail([found.years, untitled.length ? `Role ${untitled.map((i) => i + 1).join(", ")} needs a title.` : null].filter(Boolean).join(" "));
    }
    if (!dirty) return markSaved();
    const { years_of_experience, career_level, professional_summary, experience_entries, ...lists } = changes;
    await submit({
      experience: {
        ...lists,
        ...(years_of_experience !== undefined ? { years_of_experience: years } : {}),
        ...(career_level !== undefined ? { career_level: (career_level || null) as CareerLevel | null } : {}),
        ...(professional_summary !== undefined ? { professional_summary: textOrNull(professional_summary) } : {}),
        ...(experience_entries ? { experience_entries: experience_entries.map((e) => ({ ...e, title: e.title.trim() })) } : {}),
      },
    });
  }

  return (
    <ProfileSection
      id="experience"
      title="Experience"
      description="Jobs, internships and projects count. Your level and years help us skip roles that ask for far more."
      {...sectionProps}
      onSave={onSave}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={<>Years of experience<EditedBadge show={edited("years_of_experience")} /></>} hint="Internships count; 0.5 for six months." error={errors.years}>
          {(p) => (
            <Input {...p} type="number" inputMode="decimal" min={0} max={60} step={0.5} value={form.years_of_experience} onChange={(e) => set("years_of_experience", e.target.value)} />
          )}
        </Field>
        <Field label={<>Career level<EditedBadge show={edited("career_level")} /></>}>
          {(p) => (
            <Select {...p} value={form.career_level} onChange={(e) => set("career_level", e.target.value)}>
              <option value="">Not set</option>
              {CAREER_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {CAREER_LEVEL_LABELS[level]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field label={<>Professional summary<EditedBadge show={edited("professional_summary")} /></>} optional>
        {(p) => <Textarea {...p} rows={4} value={form.professional_summary} onChange={(e) => set("professional_summary", e.target.value)} />}
      </Field>
      <EntryList
        legend="Roles"
        noun="role"
        items={form.experience_entries}
        onChange={(items) => set("experience_entries", items)}
        makeEmpty={emptyExperienceEntry}
        summarize={summarizeExperience}
        renderFields={(entry, update, index) => <ExperienceEntryFields entry={entry} update={update} error={errors.entries?.[index]} />}
        emptyText="No roles yet. Add jobs, internships, research or volunteer work."
        edited={edited("experience_entries")}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <ChipListField label="Job titles" values={form.job_titles} onChange={(v) => set("job_titles", v)} edited={edited("job_titles")} maxItems={30} placeholder="e.g. Data Analyst" emptyText="None yet." />
        <ChipListField label="Companies" values={form.companies} onChange={(v) => set("companies", v)} edited={edited("companies")} maxItems={30} placeholder="e.g. Shopify" emptyText="None yet." />
        <ChipListField label="Industries" values={form.industries} onChange={(v) => set("industries", v)} edited={edited("industries")} maxItems={20} placeholder="e.g. Fintech" emptyText="None yet." />
      </div>
    </ProfileSection>
  );
}
