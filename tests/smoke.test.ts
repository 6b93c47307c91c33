import { lintText, phraseOf } from "./helpers/lint";

test("smoke", async () => {
  const messages = await lintText("慢性疼痛を根本から改善します。ダウンタイムはゼロです。");
  console.log(messages.map((m) => [m.ruleId, m.severity, phraseOf(m), m.range]));
});
