// autocannon 9 ships no types; the slice of its API the bench uses.
declare module "autocannon" {
  type Request = { method?: string; path?: string; headers?: Record<string, string>; setupRequest?: (req: Request) => Request };
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string>; requests?: Request[] };
  type Result = { requests: { total: number; average: number }; latency: { p50: number; p97_5: number; p99: number }; non2xx: number; errors: number; timeouts: number; duration: number };
  type Instance = Promise<Result> & { on: (event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void) => void };
  export default function autocannon(options: Options): Instance;
}
