/**
 * textlint-rule-preset-medical-ad-ja: enable as "preset-medical-ad-ja" in .textlintrc.json.
 * The preset itself is assembled in src/textlint/preset.ts.
 */
import preset = require("./textlint/preset");
export = preset;
