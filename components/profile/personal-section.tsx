"use client";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ProfileResponse } from "@/lib/profiles/serialize";
import { textOrNull } from "./changed-fields";
import { ChipListField } from "./chip-list-field";
import { EditedBadge } from "./edited-badge";
import { ProfileSection } from "./profile-section";
import { useSectionForm } from "./use-section-form";

type Personal = {
  full_name: string;
  email: string;
  phone: string;
  location: string;
  work_authorization: string;
  needs_sponsorship: "" | "yes" | "no";
  links: string[];
};

function pickPersonal(p: ProfileResponse): Personal {
  return {
    full_name: p.full_name ?? "",
    email: p.email ?? "",
    phone: p.phone ?? "",
    location: p.location ?? "",
    work_authorization: p.work_authorization ?? "",
    needs_sponsorship: p.needs_sponsorship === null ? "" : p.needs_sponsorship ? "yes" : "no",
    links: p.links,
  };
}

/** Resumes often say "github.com/you"; the API wants a full http(s) address. */
const withScheme = (link: string) => (/^https?:\/\//i.test(link) ? link : `https://${link}`);

function validate(form: Personal, linksChanged: boolean): Partial<Record<keyof Personal, string>> {
  const errors: Partial<Record<keyof Personal, string>> = {};
  if (form.email.trim() && !/^\S+@\S+\.\S+$/.test(form.email.trim())) errors.email = "Enter an email address like name@example.com.";
  const badLink = linksChanged ? form.links.find((l) => !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(withScheme(l))) : undefined;
  if (badLink) errors.links = `“${badLink}” isn't a web address. Use a link like https://github.com/you.`;
  return errors;
}

const TEXT_FIELDS = [
  { key: "full_name", label: "Full name", autoComplete: "name", type: "text" },
  { key: "email", label: "Email", autoComplete: "email", type: "email" },
  { key: "phone", label: "Phone", autoComplete: "tel", type: "tel" },
  { key: "location", label: "Location", autoComplete: "address-level2", type: "text", hint: "City and country, e.g. Toronto, Canada." },
  { key: "work_authorization", label: "Work authorization", autoComplete: "off", type: "text", hint: "e.g. Canadian citizen, F-1 OPT, EU work permit." },
] as const;

export function PersonalSection({ userId, profile }: { userId: string; profile: ProfileResponse }) {
  const { form, set, changes, dirty, edited, submit, fail, markSaved, sectionProps } = useSectionForm(userId, profile, pickPersonal);
  const [errors, setErrors] = useState<ReturnType<typeof validate>>({});

  async function onSave() {
    const found = validate(form, changes.links !== undefined);
    setErrors(found);
    if (Object.keys(found).length > 0) return fail(Object.values(found).join(" "));
    if (!dirty) return markSaved();
    const { needs_sponsorship, links, ...texts } = changes;
    await submit({
      personal_info: {
        ...Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, textOrNull(v as string)])),
        ...(links ? { links: links.map(withScheme) } : {}),
        ...(needs_sponsorship !== undefined ? { needs_sponsorship: needs_sponsorship === "" ? null : needs_sponsorship === "yes" } : {}),
      },
    });
  }

  return (
    <ProfileSection
      id="personal"
      title="Personal details"
      description="How employers reach you, and whether you can work where the jobs are."
      {...sectionProps}
      onSave={onSave}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {TEXT_FIELDS.map((f) => (
          <Field
            key={f.key}
            label={<>{f.label}<EditedBadge show={edited(f.key)} /></>}
            hint={"hint" in f ? f.hint : undefined}
            error={errors[f.key]}
          >
            {(p) => <Input {...p} type={f.type} autoComplete={f.autoComplete} value={form[f.key]} onChange={(e) => set(f.key, e.target.value)} />}
          </Field>
        ))}
        <Field label={<>Needs visa sponsorship<EditedBadge show={edited("needs_sponsorship")} /></>}>
          {(p) => (
            <Select {...p} value={form.needs_sponsorship} onChange={(e) => set("needs_sponsorship", e.target.value as Personal["needs_sponsorship"])}>
              <option value="">Not stated</option>
              <option value="no">No, I don&apos;t need sponsorship</option>
              <option value="yes">Yes, I need sponsorship</option>
            </Select>
          )}
        </Field>
      </div>
      <div className="space-y-1.5">
        <ChipListField
          label="Links"
          placeholder="https://github.com/you"
          values={form.links}
          onChange={(links) => set("links", links)}
          edited={edited("links")}
          maxItems={10}
          maxLength={500}
          emptyText="No links yet. Add your GitHub, portfolio or LinkedIn."
        />
        {errors.links ? <p className="text-xs font-medium text-danger-ink">{errors.links}</p> : null}
      </div>
    </ProfileSection>
  );
}
