import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

/**
 * The GitHub Actions workflows cannot run here, so these check what can be checked: they parse,
 * they call only commands the project has, and they do what the README promises.
 */
const FOLDER = new URL('../../.github/workflows/', import.meta.url);
const SCRIPTS = Object.keys((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts);

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; if?: string }
interface Job { container?: string; steps: Step[]; permissions?: Record<string, string> }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, Job> }

function load(name: string): Workflow {
  const document = parseDocument(readFileSync(new URL(name, FOLDER), 'utf8'), { strict: true, uniqueKeys: true });
  expect(document.errors, name).toEqual([]);
  return document.toJS() as Workflow;
}

/** Installed exactly as CI's own entry point does (.ci/run), so nothing works only on GitHub. */
const INSTALL = /^npm install .*$/m.exec(readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8'))![0];
const names = readdirSync(FOLDER).filter((name) => /\.ya?ml$/.test(name));
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const commands = (workflow: Workflow) => steps(workflow).flatMap((step) => step.run?.split('\n') ?? []);

describe('the GitHub Actions workflows', () => {
  it('exist and parse as YAML', () => {
    expect(names.sort()).toEqual(['publish.yml', 'pull-request.yml']);
    for (const name of names) load(name);
  });

  it('call only npm scripts that package.json has', () => {
    for (const name of names) {
      for (const line of commands(load(name))) {
        for (const match of line.matchAll(/\bnpm\s+(?:run(?:-script)?\s+(?:--silent\s+)?([\w:-]+)|([\w-]+))/g)) {
          const script = match[1] ?? match[2]!;
          if (match[2] !== undefined) expect(['install', 'test'], `${name}: ${line}`).toContain(script);
          else expect(SCRIPTS, `${name}: ${line}`).toContain(script);
        }
      }
    }
  });

  it('on a pull request: install Debian chromium, validate, test and build, with the project\'s Node', () => {
    const workflow = load('pull-request.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const check = workflow.jobs['check']!;
    expect(check.container).toMatch(/^node:(22|24)-(bookworm|trixie)/);
    const run = check.steps.flatMap((step) => step.run ?? []).join('\n');
    expect(run).toContain('apt-get install -y -qq --no-install-recommends chromium');
    expect(run.indexOf(INSTALL)).toBeLessThan(run.indexOf('npm run validate'));
    expect(run.indexOf('npm run validate')).toBeLessThan(run.indexOf('npm test'));
    // `npm test` builds the site (tests/runAll.ts), so the build is not run twice.
    expect(readFileSync(new URL('../runAll.ts', import.meta.url), 'utf8')).toContain("command: ['npm', 'run', 'build']");
  });

  it('on a pull request: compare with the base branch and keep one comment up to date', () => {
    const job = load('pull-request.yml').jobs['data-diff']!;
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(job.steps.find((step) => step.uses?.startsWith('actions/checkout'))!.with).toEqual({ 'fetch-depth': 0 });
    expect(job.steps.find((step) => step.uses?.startsWith('actions/setup-node'))!.with!['node-version']).toBeOneOf([22, 24]);
    expect(commands(load('pull-request.yml'))).toContain('npm run --silent diff -- "origin/$BASE_REF" > .tmp/data-diff.md');
    const script = String(job.steps.find((step) => step.uses?.startsWith('actions/github-script'))!.with!['script']);
    expect(script).toContain('updateComment');
    expect(script).toContain('createComment');
  });

  it('on main and on release tags: build and deploy to GitHub Pages from dist/', () => {
    const workflow = load('publish.yml');
    expect(workflow.on['push']).toEqual({ branches: ['main'], tags: ['v[0-9]*'] });
    const uses = steps(workflow).flatMap((step) => step.uses ?? []);
    expect(uses).toEqual(expect.arrayContaining(['actions/upload-pages-artifact@v3', 'actions/deploy-pages@v4']));
    expect(steps(workflow).find((step) => step.uses === 'actions/upload-pages-artifact@v3')!.with).toEqual({ path: 'dist' });
    expect(readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8')).toContain("outDir: './dist'");
    expect(commands(workflow)).toEqual([INSTALL, 'npm run validate', 'npm run build']);
  });
});
