import fc from "fast-check";
import { ByteLru } from "../../src/model/byte-lru";
import { suppressionFor, suppressionsOf } from "../../src/model/suppression";
import { tokenCacheStats, tokensOfText } from "../../src/page/context";

describe("ByteLru", () => {
  test("evicts the least recently used entries once the bytes exceed the budget", () => {
    const lru = new ByteLru<string, number>(100);
    lru.set("a", 1, 40);
    lru.set("b", 2, 40);
    expect(lru.get("a")).toBe(1); // a is now the most recent
    lru.set("c", 3, 40);
    expect(lru.has("b")).toBe(false);
    expect(lru.has("a") && lru.has("c")).toBe(true);
    expect(lru.bytes).toBe(80);
  });

  test("resize updates an entry's size (a promise's result known later) and may evict", () => {
    const lru = new ByteLru<string, string>(100);
    lru.set("a", "x", 10);
    lru.set("b", "y", 10);
    lru.resize("b", "y", 95);
    expect(lru.has("a")).toBe(false);
    expect(lru.bytes).toBe(95);
    lru.resize("b", "other value", 1); // not the stored value: ignored
    expect(lru.bytes).toBe(95);
  });

  test("the bytes held never exceed the budget except for one oversized newest entry", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 60 })), { maxLength: 200 }), (ops) => {
        const lru = new ByteLru<number, number>(100);
        for (const [key, bytes] of ops) {
          lru.set(key, key, bytes);
          expect(lru.bytes <= 100 || lru.size === 1).toBe(true);
        }
      })
    );
  });

  test("the token cache is bounded by bytes and reports them", async () => {
    await tokensOfText("当院では治療の前に必ず検査を行います。");
    const stats = tokenCacheStats();
    expect(stats.entries).toBeGreaterThan(0);
    expect(stats.bytes).toBeGreaterThan(0);
    expect(stats.bytes).toBeLessThanOrEqual(stats.maxBytes);
  });
});

describe("suppression lookup index", () => {
  // The lookup before the index: the first suppression in list order that covers the finding.
  const linear = (source: string, rule: string, start: number, end: number) =>
    suppressionsOf(source).find((s) => s.start <= start && end <= s.end && (s.rules === "all" || s.rules.includes(rule)));

  test("finds the same suppression as a scan of every suppression", () => {
    const blocks = fc.constantFrom(
      "<!-- medical-ad-ok no-overclaim -- 引用 -->\n根本から治す。",
      "<!-- medical-ad-ok-start no-testimonial -- 抄録 -->",
      "<!-- medical-ad-ok-end -->",
      "<!-- medical-ad-ok -- 全部 -->\n完治します。",
      "<!-- medical-ad-ok no-superlative -->\n日本一。",
      "普通の段落です。",
      "もう一つの段落。"
    );
    fc.assert(
      fc.property(fc.array(blocks, { maxLength: 20 }), fc.array(fc.tuple(fc.nat(), fc.nat(12)), { maxLength: 30 }), (parts, spans) => {
        const source = parts.join("\n\n");
        for (const [at, length] of spans) {
          const start = source.length === 0 ? 0 : at % source.length;
          for (const rule of ["no-overclaim", "no-testimonial", "no-superlative"]) {
            expect(suppressionFor(source, rule, start, start + length)).toBe(linear(source, rule, start, start + length));
          }
        }
      })
    );
  });
});
