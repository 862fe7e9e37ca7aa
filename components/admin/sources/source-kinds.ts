import type { SourceKind } from "@/lib/jobs/sources";

/** Client-safe copy of the kinds (lib/jobs/sources pulls in every feed parser). */
export const KIND_OPTIONS: { value: SourceKind; label: string }[] = [
  { value: "rss", label: "RSS feed" },
  { value: "atom", label: "Atom feed" },
  { value: "greenhouse", label: "Greenhouse board" },
  { value: "lever", label: "Lever board" },
  { value: "ashby", label: "Ashby board" },
];

export const KIND_BADGE: Record<string, string> = {
  rss: "RSS",
  atom: "Atom",
  greenhouse: "Greenhouse",
  lever: "Lever",
  ashby: "Ashby",
};

export const URL_LABEL: Record<SourceKind, string> = {
  rss: "Feed URL",
  atom: "Feed URL",
  greenhouse: "Board token or URL",
  lever: "Company token or URL",
  ashby: "Job board name or URL",
};

export const URL_PLACEHOLDER: Record<SourceKind, string> = {
  rss: "https://example.com/jobs.rss",
  atom: "https://example.com/jobs.atom",
  greenhouse: "acme",
  lever: "acme",
  ashby: "acme",
};

/** What goes in the URL field, per kind: ATS kinds take a token and show where it leads. */
export const URL_HINT: Record<SourceKind, { lead: string; target?: string }> = {
  rss: { lead: "The full http(s) address of an RSS 2.0 feed of job posts." },
  atom: { lead: "The full http(s) address of an Atom feed of job posts." },
  greenhouse: {
    lead: "Board token",
    target: "boards-api.greenhouse.io/v1/boards/acme/jobs",
  },
  lever: { lead: "Company token", target: "api.lever.co/v0/postings/acme" },
  ashby: {
    lead: "Job board name",
    target: "api.ashbyhq.com/posting-api/job-board/acme",
  },
};
