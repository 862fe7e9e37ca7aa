import type { ProfileResponse } from "@/lib/profiles/serialize";
import { EducationSection } from "./education-section";
import { ExperienceSection } from "./experience-section";
import { InsightsSection } from "./insights-section";
import { PersonalSection } from "./personal-section";
import { PreferencesSection } from "./preferences-section";
import { SkillsSection } from "./skills-section";

const SECTIONS = [
  { id: "personal", label: "Personal" },
  { id: "skills", label: "Skills" },
  { id: "experience", label: "Experience" },
  { id: "education", label: "Education" },
  { id: "preferences", label: "Preferences" },
  { id: "insights", label: "Insights" },
];

/** Every section of the profile, each with its own Save. */
export function ProfileEditor({ userId, profile }: { userId: string; profile: ProfileResponse }) {
  return (
    <>
      <nav aria-label="Profile sections" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
        <ul className="flex min-w-max gap-1 text-sm">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="inline-flex h-9 items-center rounded-md px-3 font-medium text-ink-muted hover:bg-subtle hover:text-ink">
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <PersonalSection userId={userId} profile={profile} />
      <SkillsSection userId={userId} profile={profile} />
      <ExperienceSection userId={userId} profile={profile} />
      <EducationSection userId={userId} profile={profile} />
      <PreferencesSection userId={userId} profile={profile} />
      <InsightsSection profile={profile} />
    </>
  );
}
