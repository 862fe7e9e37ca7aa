import { ClockIcon, FileIcon, MailIcon, TargetIcon } from "@/components/ui/icons";

const steps = [
  {
    icon: FileIcon,
    title: "Upload your resume",
    text: "PDF, Word or plain text. JobMatch turns it into a structured profile — skills, education, experience, where you want to work — that you can check and edit.",
  },
  {
    icon: ClockIcon,
    title: "Fresh jobs every hour",
    text: "It reads job boards and company career feeds each hour, drops duplicates and closed listings, and keeps only what's new.",
  },
  {
    icon: TargetIcon,
    title: "Scored 0–100, with reasons",
    text: "Each job gets a score against your profile and a short list of why: skills you have, skills it asks for, level and location.",
  },
  {
    icon: MailIcon,
    title: "A digest each morning",
    text: "The best new matches land in your inbox before class. Every digest is kept in the app, too.",
  },
];

export function HowItWorks() {
  return (
    <section aria-labelledby="how-it-works" className="mx-auto max-w-6xl px-4 py-16 sm:px-6 lg:py-24">
      <h2 id="how-it-works" className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">
        How it works
      </h2>
      <p className="mt-2 max-w-2xl text-ink-muted">Four steps, and only the first one is yours.</p>
      <ol className="mt-10 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {steps.map(({ icon: Icon, title, text }, i) => (
          <li key={title} className="rounded-lg border border-line bg-surface p-5 shadow-card">
            <div className="flex items-center gap-3">
              <span className="flex size-9 items-center justify-center rounded-md bg-accent-soft text-accent-ink">
                <Icon className="size-5" />
              </span>
              <span className="text-xs font-semibold text-ink-subtle">Step {i + 1}</span>
            </div>
            <h3 className="mt-4 font-semibold text-ink">{title}</h3>
            <p className="mt-1.5 text-sm leading-relaxed text-ink-muted">{text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
