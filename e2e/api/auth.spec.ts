import { expect, request as playwrightRequest, test } from "@playwright/test";
import { createAdminWithCli, signUpViaApi, uniqueEmail } from "../fixtures";

test.describe("API authentication and the owner-or-admin rule", () => {
  test("session cookie, API key and the error shape", async ({ baseURL }) => {
    const owner = await playwrightRequest.newContext({ baseURL });
    const other = await playwrightRequest.newContext({ baseURL });
    const anonymous = await playwrightRequest.newContext({ baseURL });
    const ownerId = await signUpViaApi(owner, uniqueEmail("owner"));
    await signUpViaApi(other, uniqueEmail("other"));

    const { apiKey, output } = createAdminWithCli(uniqueEmail("ops"));
    expect(apiKey).toMatch(/^jm_/);
    expect(output).toContain("API key");
    const admin = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${apiKey}` } });
    const forged = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: "Bearer jm_forged" } });

    const url = `/api/v1/profiles/profile/${ownerId}`;
    // No profile exists yet: the owner and admins get 404, everyone else is refused first.
    const expected: Array<[string, typeof owner, number]> = [
      ["anonymous", anonymous, 401],
      ["forged key", forged, 401],
      ["other student", other, 403],
      ["owner", owner, 404],
      ["admin key", admin, 404],
    ];
    for (const [who, ctx, status] of expected) {
      const res = await ctx.get(url);
      expect(res.status(), who).toBe(status);
      const body = await res.json();
      expect(Object.keys(body.error).sort(), who).toEqual(["code", "message"]);
    }
    for (const ctx of [owner, other, anonymous, admin, forged]) await ctx.dispose();
  });
});
