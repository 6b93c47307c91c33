import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readTherapies } from "../../src/data/therapies";

/** Issue 11: every fact of the knowledge base has a source; an entry without one is a dictionary error. */
describe("therapy knowledge base sources", () => {
  test("every shipped therapy has a sourced, dated fact for its status and its insurance", () => {
    const therapies = readTherapies();
    expect(therapies.length).toBeGreaterThanOrEqual(80);
    for (const t of therapies) {
      for (const topic of ["status", "insurance"] as const) {
        const facts = t.facts.filter((f) => f.about === topic);
        expect(facts.length, `${t.id} ${topic}`).toBeGreaterThan(0);
        for (const f of facts) {
          expect(f.source.trim().length, `${t.id} ${topic}`).toBeGreaterThan(0);
          expect(f.checked, `${t.id} ${topic}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
  });

  test("an entry whose status has no sourced fact is rejected, naming the file and the line", () => {
    const dir = mkdtempSync(join(tmpdir(), "therapies-"));
    const file = join(dir, "test.yml");
    writeFileSync(
      file,
      [
        "group: drips",
        "therapies:",
        "  - id: test-drip",
        "    label: テスト点滴",
        "    kind: drug",
        "    names: [テスト点滴]",
        "    status: unapproved",
        "    insurance: free",
        "    facts:",
        "      - about: insurance",
        "        source: 自由診療(テスト)",
        "        url: https://example.org/",
        "        checked: 2026-12-07",
        "        confidence: likely",
        ""
      ].join("\n")
    );
    expect(() => readTherapies([file])).toThrow(/test\.yml:\d+: .*"test-drip" の status に出典/s);
  });
});
