import { exportAccountData } from "@/lib/account/export-account";
import { withUser } from "@/lib/api";

// GET /api/v1/account/export – everything stored about the caller, as a JSON download
export const GET = withUser(async ({ caller }) => {
  const data = await exportAccountData(caller.userId);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="jobmatch-export-${date}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
