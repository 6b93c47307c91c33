import { shippedEntries } from "../src/match/shipped";
import { RULES } from "../src/data/rules";
import { lintText, dataOf } from "./helpers/lint";

/**
 * Every example in the shipped dictionaries is a test case, run through the whole preset:
 * each `ng` example is reported by its entry, each `ok` example by no entry of that rule.
 */
const entries = shippedEntries();
const ruleOf = new Map(RULES.filter((r) => r.category).map((r) => [r.category!, r.id]));

describe("shipped dictionaries", () => {
  test("ids are unique and every entry is sourced", () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      expect(entry.basis, entry.id).toMatch(/医療法|ガイドライン|施行規則|薬機法|適正広告基準|景品表示法|事例解説書|GL/);
      if (entry.confidence === "attested") expect(entry.source, `${entry.id} is attested: name the source`).toBeTruthy();
    }
  });

  test("attested and inferred entries live in separate files", () => {
    for (const entry of entries) {
      const kind = /\.(attested|inferred)\.ya?ml$/.exec(entry.file)?.[1];
      if (kind && entry.confidence !== kind) {
        // An entry may override its file's default only towards less certainty.
        expect([kind, entry.confidence], entry.id).toEqual(["attested", "inferred"]);
      }
    }
  });

  test("every category has a rule", () => {
    for (const entry of entries) expect(ruleOf.get(entry.category), entry.category).toBeTruthy();
  });
});

describe.each(entries.map((e) => [e.id, e] as const))("entry %s", (id, entry) => {
  const ruleId = ruleOf.get(entry.category)!;
  test.each(entry.examples.ng)(`reports NG: %s`, async (text) => {
    const messages = (await lintText(text)).filter((m) => m.ruleId === ruleId);
    const own = messages.find((m) => dataOf(m).id === id);
    // A rule reports a phrase once: the example may be reported by a more severe entry of the same rule at the same place.
    const covered = own ?? messages.find((m) => m.severity === 2 || (m.severity === 1 && entry.severity !== "error"));
    expect(covered, messages.map((m) => m.message).join("\n")).toBeDefined();
  });
  if (entry.examples.ok.length > 0) {
    test.each(entry.examples.ok)(`leaves OK alone: %s`, async (text) => {
      const messages = (await lintText(text)).filter((m) => m.ruleId === ruleId && m.severity !== 3);
      expect(messages.map((m) => m.message)).toEqual([]);
    });
  }
});
