import { CodeIcon, LockIcon, SparklesIcon } from "@/components/ui/icons";

const items = [
  {
    icon: SparklesIcon,
    title: "Works with no API keys",
    text: "A built-in resume parser and scorer run locally, out of the box. Connecting an AI model is optional, not required.",
  },
  {
    icon: CodeIcon,
    title: "Open source",
    text: "Every line that parses your resume and scores a job is public. Read it, run it yourself, or improve it.",
  },
  {
    icon: LockIcon,
    title: "Scores you can check",
    text: "No mystery ranking. Each score comes with the reasons behind it, so you can decide for yourself what's worth applying to.",
  },
];

export function Principles() {
  return (
    <section aria-labelledby="principles" className="border-y border-line bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 lg:py-20">
        <h2 id="principles" className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">
          Honest by design
        </h2>
        <ul className="mt-10 grid gap-8 md:grid-cols-3">
          {items.map(({ icon: Icon, title, text }) => (
            <li key={title}>
              <Icon className="size-6 text-accent-ink" />
              <h3 className="mt-3 font-semibold text-ink">{title}</h3>
              <p className="mt-1.5 text-sm leading-relaxed text-ink-muted">{text}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
