import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadConfig, loadRawConfig } from "@textlint/config-loader";
import { TextlintKernelDescriptor } from "@textlint/kernel";
import { moduleInterop } from "@textlint/module-interop";
import textPlugin from "@textlint/textlint-plugin-text";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import preset from "../textlint/preset";
import { CliError, firstLine } from "../report/errors";
import { PRESET_RULE_PREFIX } from "../report/findings";

export interface LoadedDescriptor {
  descriptor: TextlintKernelDescriptor;
  /** The config file used, or undefined for the zero-config preset. */
  configFile?: string;
}

interface TextlintProcessor {
  availableExtensions(): string[];
  processor(ext: string): {
    preProcess(text: string, filePath?: string): unknown;
    postProcess(messages: unknown[], filePath?: string): { messages: unknown[]; filePath: string };
  };
}

/**
 * textlint-plugin-html, loaded when the first HTML file is parsed: importing it (rehype and its
 * dependencies) costs about 200 ms, which a run over Markdown files need not pay. The extensions and
 * the post-processing are the plugin's own (textlint-plugin-html 1.x); parsing is delegated to it.
 */
function lazyHtmlPlugin() {
  let loaded: Promise<new (options: unknown) => TextlintProcessor> | undefined;
  // The plugin is ESM-only: import() works on every Node 20 (require(esm) needs 20.19).
  const load = () => (loaded ??= import("textlint-plugin-html").then((m) => (m.default as unknown as { Processor: new (options: unknown) => TextlintProcessor }).Processor));
  class LazyHtmlProcessor implements TextlintProcessor {
    private readonly extensions: string[];
    constructor(private readonly options: { extensions?: string[] } = {}) {
      this.extensions = options.extensions ?? [];
    }
    availableExtensions() {
      return [".htm", ".html", ...this.extensions];
    }
    processor(ext: string) {
      return {
        preProcess: async (text: string, filePath?: string) => new (await load())(this.options).processor(ext).preProcess(text, filePath),
        postProcess: (messages: unknown[], filePath?: string) => ({ messages, filePath: filePath ? filePath : "<html>" })
      };
    }
  }
  return { Processor: LazyHtmlProcessor };
}

/**
 * The zero-config setup: the preset as this package ships it, with the same rule ids, plugins and
 * filter as `.textlintrc.json` `{"plugins": {"html": true}, "filters": {"comments": true},
 * "rules": {"preset-medical-ad-ja": true}}`, built in-process so nothing has to be resolved.
 */
export async function zeroConfigDescriptor(cwd: string): Promise<TextlintKernelDescriptor> {
  const htmlPlugin = lazyHtmlPlugin();
  // No type declarations ship with the filter.
  const commentsFilter: unknown = require("textlint-filter-rule-comments");
  const rulesConfig = preset.rulesConfig as Record<string, unknown>;
  return new TextlintKernelDescriptor({
    configBaseDir: cwd,
    rules: Object.entries(preset.rules).map(([id, rule]) => ({
      ruleId: PRESET_RULE_PREFIX + id,
      rule: moduleInterop(rule) as never,
      options: (rulesConfig[id] ?? true) as never
    })),
    filterRules: [{ ruleId: "comments", rule: moduleInterop(commentsFilter) as never, options: true }],
    plugins: [
      { pluginId: "@textlint/textlint-plugin-text", plugin: moduleInterop(textPlugin) as never, options: true },
      { pluginId: "@textlint/textlint-plugin-markdown", plugin: moduleInterop(markdownPlugin) as never, options: true },
      { pluginId: "html", plugin: htmlPlugin as never, options: true }
    ]
  });
}

/** The config file textlint itself would use from cwd (.textlintrc*, or package.json "textlint"). */
async function findConfigFile(cwd: string): Promise<string | undefined> {
  const raw = await loadRawConfig({ cwd });
  return raw.ok ? raw.configFilePath : undefined;
}

/** textlint's built-in plugins, added to every configuration as textlint's loadTextlintrc does. */
function builtInPlugins() {
  return [
    { pluginId: "@textlint/textlint-plugin-text", plugin: textPlugin as never, options: true as never },
    { pluginId: "@textlint/textlint-plugin-markdown", plugin: markdownPlugin as never, options: true as never }
  ];
}

/**
 * What textlint's loadTextlintrc does, without importing the textlint package (its CLI, MCP server
 * and file search cost about half a second to load): @textlint/config-loader, then the descriptor
 * with textlint's built-in plugins. A config that fails to load, or that loads no rule, is a
 * configuration error, never a clean run (loadTextlintrc hides the error and returns no rules).
 */
async function descriptorFromConfig(configFile: string): Promise<TextlintKernelDescriptor> {
  const result = await loadConfig({ configFilePath: configFile });
  if (!result.ok) {
    const causes = result.error.errors.map((e) => firstLine(e.message)).filter((m) => m !== result.error.message);
    throw new CliError(`${configFile}: 設定からルールを読み込めませんでした (${[result.error.message, ...causes].join(": ")})`);
  }
  const { rules, plugins, filterRules } = result.config;
  const descriptor = new TextlintKernelDescriptor({
    rules,
    plugins: [...builtInPlugins(), ...plugins],
    filterRules,
    configBaseDir: dirname(result.configFilePath)
  });
  if (descriptor.rule.lintableDescriptors.length === 0) {
    throw new CliError(`${configFile}: 設定からルールを読み込めませんでした (有効なルールが 1 つもありません)`);
  }
  return descriptor;
}

export interface DescriptorOptions {
  config?: string;
  textlintrc: boolean;
}

export async function loadDescriptor(options: DescriptorOptions, cwd: string): Promise<LoadedDescriptor> {
  let configFile: string | undefined;
  if (options.config !== undefined) {
    configFile = resolve(cwd, options.config);
    if (!existsSync(configFile)) throw new CliError(`設定ファイルが見つかりません: ${options.config}`);
  } else if (options.textlintrc) {
    configFile = await findConfigFile(cwd);
  }
  if (configFile === undefined) return { descriptor: await zeroConfigDescriptor(cwd) };
  const descriptor = await descriptorFromConfig(configFile);
  // A site's .textlintrc (here or in a parent directory) written for other rules runs zero medical rules:
  // that is never a clean run either.
  if (!descriptor.rule.lintableDescriptors.some((d) => d.id.startsWith(PRESET_RULE_PREFIX))) {
    throw new CliError(
      `${configFile}: この設定は医療広告のルール (preset-medical-ad-ja) を 1 つも有効にしていません。` +
        `"rules": {"preset-medical-ad-ja": true} を加えるか、--no-textlintrc でプリセットの既定設定で検査してください`
    );
  }
  return { descriptor, configFile };
}
