// The check itself, on fixtures: a model that breaks a rule fails with bpmnlint's own message
// (the file, the element id, the rule), a clean one passes, and nothing to lint is a failure.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lintDir = dirname(here);

function lint(...paths) {
  const run = spawnSync(process.execPath, [ join(lintDir, 'lint.mjs'), ...paths ],
    { cwd: lintDir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: run.status, output: run.stdout + run.stderr };
}

function fixture(name) {
  return join(here, 'fixtures', name);
}

test('a model that passes bpmnlint:recommended passes', () => {
  const { status, output } = lint(fixture('clean.bpmn'));

  assert.equal(status, 0, output);
  assert.match(output, /1 model\(s\) pass bpmnlint:recommended with no warnings: clean\.bpmn/);
});

test('a gateway that forks and joins fails with the file, the element id and the rule', () => {
  const model = fixture('gateway-forks-and-joins.bpmn');
  const { status, output } = lint(model);

  assert.notEqual(status, 0, output);
  assert.ok(output.includes(model), output);
  assert.match(output, /Gateway_ForksAndJoins\s+error\s+Gateway forks and joins\s+no-gateway-join-fork/);
});

test('an implicit join fails too, although bpmnlint:recommended only warns of it', () => {
  const model = fixture('implicit-join.bpmn');
  const { status, output } = lint(model);

  assert.notEqual(status, 0, output);
  assert.ok(output.includes(model), output);
  assert.match(output, /UserTask_JoinedImplicitly\s+warning\s+Incoming flows do not join\s+fake-join/);
  assert.match(output, /warnings count as errors/);
});

test('every model given is linted, and one bad model fails them all', () => {
  const { status, output } = lint(join(here, 'fixtures'));

  assert.notEqual(status, 0, output);
  assert.match(output, /no-gateway-join-fork/);
  assert.match(output, /fake-join/);
  assert.match(output, /3 model\(s\) linted/);
});

test('finding no model is a failure, not a pass', () => {
  const empty = mkdtempSync(join(tmpdir(), 'bpmnlint-'));
  try {
    const { status, output } = lint(empty);

    assert.notEqual(status, 0, output);
    assert.match(output, /no \*\.bpmn model under/);
  }
  finally {
    rmSync(empty, { recursive: true });
  }
});

test('the models are held to bpmnlint:recommended with no rule switched off', () => {
  const config = JSON.parse(readFileSync(join(lintDir, '.bpmnlintrc'), 'utf8'));

  assert.equal(config.extends, 'bpmnlint:recommended');
  const off = Object.entries(config.rules ?? {}).filter(([ , level ]) => level === 'off' || level === 0);
  assert.deepEqual(off, [], 'a rule switched off needs its reason in ADR 0012, and this test changed with it');
});
