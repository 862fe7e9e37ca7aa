/** A seeded PRNG (mulberry32) and mutators shared by the fuzz tests: same seed, same inputs, every run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)];
  return { next, int, pick };
}
export type Rng = ReturnType<typeof prng>;

const SOUP = ["\u0000", "\u200b", "\u202e", "\ufeff", "\ud83d\ude00", "\u0301", "é", "ß", "Ω", "中文", "العربية", "\t", "\r\n", "\n\n\n", "•", "–", "|", "@", "://", "$", "%", "&amp;", "&#0;", "&#x110000;", "<", ">", "\\", "\ud800"];
const HTML = ["<p>", "</p>", "<div>", "</div>", "<li>", "<ul>", "<br/>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<a href='javascript:alert(1)'>", "</a>", "<b", "<table><tr><td>", "&nbsp;"];

/** One hostile variant of `base`: byte flips, truncation, huge repeats, unicode soup, nested HTML or random text. */
export function mutate(rng: Rng, base: string): string {
  switch (rng.int(8)) {
    case 0: {
      const chars = [...base];
      for (let k = 0; k < 1 + rng.int(40); k++) chars[rng.int(chars.length || 1)] = String.fromCharCode(rng.int(0x3000));
      return chars.join("");
    }
    case 1:
      return base.slice(0, rng.int(base.length + 1));
    case 2: {
      const at = rng.int(base.length + 1);
      const piece = base.slice(at, at + 1 + rng.int(30)) || "a";
      return base.slice(0, at) + piece.repeat(100 + rng.int(300)) + base.slice(at);
    }
    case 3:
      return Array.from({ length: 50 + rng.int(2000) }, () => rng.pick(SOUP)).join("");
    case 4: {
      const depth = 50 + rng.int(3000);
      return `${"<div><p>".repeat(depth)}${base.slice(0, 500)}${"</p></div>".repeat(rng.int(depth))}`;
    }
    case 5:
      return base
        .split("\n")
        .sort(() => rng.next() - 0.5)
        .join(rng.pick(["\n", " ", "\n\n", "\t", "|"]));
    case 6:
      return Array.from({ length: rng.int(4000) }, () => String.fromCharCode(32 + rng.int(95))).join("");
    default: {
      const parts = [...base];
      for (let k = 0; k < 1 + rng.int(30); k++) parts.splice(rng.int(parts.length + 1), 0, rng.pick([...SOUP, ...HTML]));
      return parts.join("");
    }
  }
}

/** Pathological shapes for regexes: long runs without the expected terminator. */
export function pathological(rng: Rng): string {
  // Up to 8k: longer single-word runs hit the known quadratic path (see parser.fuzz.test.ts).
  const run = 2_000 + rng.int(6_000);
  return rng.pick([
    "a".repeat(run),
    " ".repeat(run) + "x",
    "1".repeat(run) + "-",
    "$".repeat(run),
    "- ".repeat(run / 2),
    "a@".repeat(run / 2),
    "http://".repeat(run / 7),
    "Python, ".repeat(run / 8),
    "(".repeat(run),
    "2020 - ".repeat(run / 7),
    `${"A".repeat(60)}\n`.repeat(run / 61),
    ".".repeat(run) + "@",
  ]);
}
