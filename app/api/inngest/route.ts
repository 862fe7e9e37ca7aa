import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";

// /api/inngest – Inngest calls the pipeline functions here when it drives the schedule
export const { GET, POST, PUT } = serve({ client: inngest, functions });
