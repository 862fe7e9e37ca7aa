import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import AllQuietEmail from "./all-quiet";
import DailyDigestEmail from "./daily-digest";

const props = DailyDigestEmail.PreviewProps;
/** React separates adjacent text nodes with <!-- -->; assertions read the text as a person would. */
const html = async (element: Parameters<typeof render>[0]) => (await render(element)).replaceAll("<!-- -->", "");

describe("DailyDigestEmail", () => {
  it("renders every job with its score, reasons, company, location, salary and tracked link", async () => {
    const out = await html(createElement(DailyDigestEmail, props));
    for (const job of props.jobs) {
      expect(out).toContain(job.title);
      expect(out).toContain(`${job.score}% match`);
      expect(out).toContain(job.href);
      for (const reason of job.reasons) expect(out).toContain(reason);
    }
    expect(out).toContain("Northwind Health · Chicago, IL · $68k–$80k a year");
    expect(out).not.toContain("boards.example.com"); // only tracked links, never the raw job URL
    expect(out).toContain("See 1 more match in JobMatch");
  });

  it("has dark-mode and responsive hints, and the web-view, preferences and unsubscribe links", async () => {
    const out = await html(createElement(DailyDigestEmail, props));
    expect(out).toContain('<meta name="color-scheme" content="light dark"');
    expect(out).toContain("prefers-color-scheme: dark");
    expect(out).toContain("max-width: 600px");
    expect(out).toContain(`href="${props.links.webView}"`);
    expect(out).toContain(`href="${props.links.preferences}"`);
    expect(out).toContain(`href="${props.links.unsubscribe}"`);
  });

  it("renders trends and skill recommendations from the data given", async () => {
    const out = await html(createElement(DailyDigestEmail, props));
    expect(out).toContain("This week in data");
    expect(out).toContain("96 new postings, 28% of them remote");
    expect(out).toContain("(38, up 7 from last week)");
    expect(out).toContain("entry USD 55k–USD 85k (median USD 70k, 12 jobs)");
    expect(out).toContain("in 5 jobs you nearly matched");
  });

  it("has a readable plain-text part with the links spelled out", async () => {
    const text = toPlainText(await render(createElement(DailyDigestEmail, props)));
    expect(text).toContain("Junior Data Analyst");
    expect(text).toContain("You know SQL, Python and Tableau");
    expect(text).toContain(props.links.unsubscribe);
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it("adds the open pixel only when given one", async () => {
    expect(await render(createElement(DailyDigestEmail, props))).not.toContain("/api/v1/email/open/");
    const withPixel = await render(createElement(DailyDigestEmail, { ...props, openPixelUrl: "http://localhost:3000/api/v1/email/open/tok" }));
    expect(withPixel).toContain('src="http://localhost:3000/api/v1/email/open/tok"');
  });
});

describe("AllQuietEmail", () => {
  it("says nothing cleared the threshold and links to preferences and unsubscribe", async () => {
    const out = await html(createElement(AllQuietEmail, AllQuietEmail.PreviewProps));
    expect(out).toContain("All quiet this week");
    expect(out).toContain("60% match threshold");
    expect(out).toContain(AllQuietEmail.PreviewProps.links.unsubscribe);
  });
});
