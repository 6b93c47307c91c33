/**
 * A worker thread of `medical-ad-lint --jobs N` (run by piscina): it loads the configuration and
 * the preset once, and kuromoji once when the first sentence needs it, then lints the files the
 * main thread sends.
 */
import { createEngine, type Engine } from "./engine";
import { loadDescriptor, type DescriptorOptions } from "./linter";
import { runTask, serializeError, type LintOutcome, type LintTask } from "./task";

export interface WorkerTask extends LintTask {
  options: DescriptorOptions;
  cwd: string;
}

let engine: { key: string; engine: Promise<Engine> } | undefined;

function engineFor(options: DescriptorOptions, cwd: string): Promise<Engine> {
  const key = JSON.stringify([options.config, options.textlintrc, cwd]);
  if (engine?.key !== key) engine = { key, engine: loadDescriptor(options, cwd).then(({ descriptor }) => createEngine(descriptor)) };
  return engine.engine;
}

export default async function lintInWorker(task: WorkerTask): Promise<LintOutcome> {
  let loaded: Engine;
  try {
    loaded = await engineFor(task.options, task.cwd);
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
  return runTask(loaded, task);
}
