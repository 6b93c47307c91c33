import { getTokenizer } from "kuromojin";
import { lintText } from "../helpers/lint";
// @ts-expect-error the benchmark's corpus generator has no declaration file
import { CorpusGenerator } from "../../bench/corpus.mjs";

/**
 * Every rule reads the same analysis: each sentence is tokenized at most once per lint, whatever the
 * number of rules, and a re-lint after editing one sentence tokenizes only that sentence (the others
 * come from the token cache). Counts calls to kuromoji itself.
 */
describe("tokenizing once", () => {
  let calls: string[] = [];
  let restore: () => void = () => {};

  beforeAll(async () => {
    const tokenizer = await getTokenizer();
    const original = tokenizer.tokenize;
    tokenizer.tokenize = function (this: unknown, text: string) {
      calls.push(text);
      return original.call(tokenizer, text);
    } as typeof original;
    restore = () => (tokenizer.tokenize = original);
  });
  afterAll(() => restore());

  test("each sentence at most once per lint, and one sentence after a one-sentence edit", async () => {
    const generator = new CorpusGenerator(777_001);
    const page = generator.column(5, 4000) as string;
    calls = [];
    const first = await lintText(page);
    expect(first.length).toBeGreaterThan(0);
    expect(calls.length).toBeGreaterThan(20);
    expect(new Set(calls).size).toBe(calls.length);

    // Replace one body sentence with a new one that holds a flagged phrase.
    const edited = page.replace(/。([^。\n]+。)/, "。当院の新しい注射は、ひざの痛みを根本から改善します。");
    expect(edited).not.toBe(page);
    calls = [];
    const second = await lintText(edited);
    expect(calls).toEqual(["当院の新しい注射は、ひざの痛みを根本から改善します。"]);
    expect(second.some((m) => m.message.includes("根本から"))).toBe(true);
  });

  test("a page with no candidate phrase (access and news) is never tokenized", async () => {
    // The page the bench's clean-page probe lints: words like クリニック, 保険証, ご提示, お知らせ start
    // some terms, but the rest of those terms is not in the text, so nothing reaches kuromoji.
    const page = new CorpusGenerator(99).cleanPage(3500) as string;
    calls = [];
    expect(await lintText(page)).toEqual([]);
    expect(calls).toEqual([]);
  });
});
