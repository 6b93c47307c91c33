import preset from "../src/textlint/preset";
import { RULES } from "../src/data/rules";

describe("preset", () => {
  test("every rule of the catalog has an entry point, and every entry point is in the catalog", () => {
    expect(Object.keys(preset.rules).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const [id, rule] of Object.entries(preset.rules)) expect(rule, id).toBeDefined();
  });

  test("rules and rulesConfig have the same keys", () => {
    expect(Object.keys(preset.rulesConfig).sort()).toEqual(Object.keys(preset.rules).sort());
  });

  test("every rule has metadata, and its id names its category for tools that read ids", () => {
    for (const id of Object.keys(preset.rules)) {
      const meta = RULES.find((r) => r.id === id);
      expect(meta, id).toBeDefined();
      if (meta!.category) expect(preset.rules[id], id).toBeDefined();
    }
  });

  test("every rule is a textlint rule module (a reporter, or {linter, fixer} when it can fix)", () => {
    for (const [id, rule] of Object.entries(preset.rules)) {
      const fixable = rule as { linter?: unknown; fixer?: unknown };
      expect(typeof rule === "function" || (typeof fixable.linter === "function" && typeof fixable.fixer === "function"), id).toBe(true);
    }
  });
});
