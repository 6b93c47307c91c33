import preset from "../../src/textlint/preset";
import { explain, listRules } from "../../src/cli/explain";
import { CliError } from "../../src/report/errors";
import { ruleMeta } from "../../src/data/rules";
import { shippedEntries } from "../../src/match/shipped";

describe("--explain (in process)", () => {
  const ruleIds = Object.keys(preset.rules);

  it.each(ruleIds)("explains rule %s in Japanese: purpose, basis, how to fix", (id) => {
    const text = explain(`medical-ad-ja/${id}`);
    for (const heading of ["目的:", "根拠:", "直し方:"]) expect(text).toContain(heading);
    const meta = ruleMeta(id)!;
    expect(text).toContain(meta.title);
    // NG examples come from the rule's dictionary entries, or from the rule's own metadata.
    const hasEntries = shippedEntries().some((e) => e.category === meta.category && !e.disabled);
    if (hasEntries || meta.examples) expect(text).toContain("NG 例:");
  });

  it("explains every shipped dictionary entry: message, basis, rewrites, examples", () => {
    for (const entry of shippedEntries()) {
      const text = explain(entry.id);
      for (const heading of ["内容:", "根拠:", "言い換え例:", "NG 例:"]) expect(text, entry.id).toContain(heading);
      expect(text, entry.id).toContain(entry.examples.ng[0]);
    }
  });

  it("rejects an unknown id with a usage error", () => {
    expect(() => explain("no-such-rule")).toThrow(CliError);
  });

  it("lists every rule of the preset", () => {
    const list = listRules();
    for (const id of ruleIds) expect(list).toContain(`medical-ad-ja/${id}`);
  });
});
