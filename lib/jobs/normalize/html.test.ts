import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_FEEDS_DIR } from "../demo-feed-reader";
import { htmlToText } from "./html";

describe("htmlToText", () => {
  it("keeps structure: list items as '- ' lines, blocks as blank lines", () => {
    expect(htmlToText("<h2>About</h2><p>Hello&nbsp;world <b>bold</b></p><p>Line<br>two</p><ul><li>A</li><li>B</li></ul>")).toBe("About\n\nHello world bold\n\nLine\ntwo\n\n- A\n- B");
  });

  it("drops scripts, styles, comments and event handlers", () => {
    const text = htmlToText('<p onclick="x()">Hi</p><script>alert(1)</script><style>p{}</style><!-- secret --><iframe src="x">frame</iframe><img src=x onerror=alert(1)>');
    expect(text).toBe("Hi");
  });

  it("undoes Greenhouse's HTML-escaped content, decoding entities once", () => {
    const escaped = "&lt;div&gt;&lt;p&gt;We&amp;rsquo;re hiring &amp;amp; growing&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Python&lt;/li&gt;&lt;li&gt;SQL &amp;lt;3&lt;/li&gt;&lt;/ul&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/div&gt;";
    expect(htmlToText(escaped)).toBe("We’re hiring & growing\n\n- Python\n- SQL <3");
  });

  it("caps the length", () => {
    const text = htmlToText(`<p>${"word ".repeat(10_000)}</p>`, 1_000);
    expect(text.length).toBeLessThanOrEqual(1_000);
    expect(text.endsWith("…")).toBe(true);
  });

  it("gives the same text on the fast path and through sanitize-html (demo postings)", () => {
    const board = JSON.parse(readFileSync(path.join(DEMO_FEEDS_DIR, "ashby-fernpay.json"), "utf8")) as { jobs: { descriptionHtml: string }[] };
    for (const job of board.jobs) expect(htmlToText(job.descriptionHtml)).toBe(htmlToText(job.descriptionHtml, undefined, true));
  });
});
