// Lints BPMN models with bpmnlint's own command line and the .bpmnlintrc beside this file
// (bpmnlint:recommended), so that its messages (file, element id, rule) are what people read.
// Two things are stricter than bpmnlint's defaults (ADR 0012): a warning fails as an error does,
// and so does finding no model at all, so that a moved folder cannot pass by linting nothing.
//
//   node lint.mjs                every *.bpmn under ../src/main/resources/models
//   node lint.mjs PATH ...       the *.bpmn files and folders given instead (the tests' fixtures)

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, 'node_modules', 'bpmnlint', 'bin', 'bpmnlint.js');
const paths = process.argv.length > 2
  ? process.argv.slice(2).map((path) => resolve(path))
  : [ join(here, '..', 'src', 'main', 'resources', 'models') ];

function models(path) {
  if (!existsSync(path)) {
    return [];
  }
  if (!statSync(path).isDirectory()) {
    return path.endsWith('.bpmn') ? [ path ] : [];
  }
  return readdirSync(path).sort().flatMap((name) => models(join(path, name)));
}

const files = paths.flatMap(models);
if (files.length === 0) {
  console.error(`bpmnlint: no *.bpmn model under ${paths.join(', ')}`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`bpmnlint: not installed; run \`npm ci\` in ${here}`);
  process.exit(2);
}

const lint = spawnSync(process.execPath, [ cli, '--config', join(here, '.bpmnlintrc'), '--max-warnings=0', ...files ],
  { cwd: here, stdio: 'inherit' });
if (lint.error) {
  throw lint.error;
}
if (lint.status !== 0) {
  console.error(`bpmnlint: ${files.length} model(s) linted, problems above; warnings count as errors (ADR 0012)`);
  process.exit(lint.status ?? 1);
}
console.log(`bpmnlint: ${files.length} model(s) pass bpmnlint:recommended with no warnings: `
  + files.map((file) => basename(file)).join(', '));
