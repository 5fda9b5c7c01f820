import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The GitHub workflows run only on GitHub; what can be checked here is that they ask for scripts that
// exist, read the key only from the repository's secrets, and commit only what passed the tests.

interface Step {
	name?: string;
	id?: string;
	if?: string;
	run?: string;
	uses?: string;
	with?: Record<string, unknown>;
	env?: Record<string, unknown>;
}
interface Job {
	steps?: Step[];
	env?: Record<string, unknown>;
	uses?: string;
	needs?: string | string[];
	if?: string;
	permissions?: Record<string, string>;
}
interface Workflow {
	on: Record<string, unknown>;
	env?: Record<string, unknown>;
	jobs: Record<string, Job>;
}

const read = (name: string) => {
	const text = readFileSync(`.github/workflows/${name}`, 'utf8');
	return { text, workflow: parse(text) as Workflow };
};
const workflows = { refresh: read('data-refresh.yml'), deploy: read('deploy.yml') };
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps ?? []);

/** Every `npm run X`, `npm test` and `npm start` in a run block, as the script name it needs. */
function npmScripts(run: string): string[] {
	return [...run.matchAll(/\bnpm\s+(?:run(?:-script)?\s+([\w:.-]+)|(test|start)\b)/g)].map((m) => (m[1] ?? m[2])!);
}

describe('the workflows', () => {
	it('finds the npm scripts in run blocks', () => {
		expect(npmScripts('npm ci\nnpm run data:import -- --dry-run && npm test')).toEqual(['data:import', 'test']);
	});

	for (const [name, { workflow }] of Object.entries(workflows)) {
		it(`${name}: every npm script a step runs exists in package.json`, () => {
			const wanted = steps(workflow).flatMap((s) => (s.run ? npmScripts(s.run) : []));
			expect(wanted.length).toBeGreaterThan(0);
			for (const script of wanted) expect(scripts, `npm run ${script}`).toHaveProperty([script]);
		});
	}

	it('refresh: runs nightly and by hand, imports, tests, and commits only a change that passed', () => {
		const { workflow } = workflows.refresh;
		expect(workflow.on).toHaveProperty('workflow_dispatch');
		expect((workflow.on.schedule as { cron: string }[])[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
		const all = steps(workflow);
		const index = (pattern: RegExp) => all.findIndex((s) => pattern.test(s.run ?? ''));
		const [ci, importing, diff, test, commit] = [/^npm ci$/, /npm run data:import/, /git diff --quiet/, /^npm test$/, /git commit/].map(index);
		expect([ci, importing, diff, test, commit].every((i) => i >= 0)).toBe(true);
		expect(ci < importing && importing < diff && diff < test && test < commit).toBe(true);
		const changed = `steps.${all[diff]!.id}.outputs.changed == 'true'`;
		expect(all[test]!.if).toBe(changed);
		expect(all[commit]!.if).toBe(changed);
		expect(all[commit]!.run).toMatch(/git config user\.name 'github-actions\[bot\]'[\s\S]*git push/);
	});

	it('refresh: reads the key only from the repository’s secrets, and only for the import', () => {
		const { text, workflow } = workflows.refresh;
		const holders = [workflow.env, ...Object.values(workflow.jobs).map((j) => j.env), ...steps(workflow).map((s) => s.env)].filter(
			(env): env is Record<string, unknown> => !!env && 'DATA_GO_KR_KEY' in env
		);
		expect(holders).toEqual([{ DATA_GO_KR_KEY: '${{ secrets.DATA_GO_KR_KEY }}' }]);
		expect(steps(workflow).find((s) => s.env === holders[0])?.run).toBe('npm run data:import');
		// Nowhere else: not set in a command, not from a variable or an input.
		const lines = text.split('\n').filter((line) => line.includes('DATA_GO_KR_KEY') && !line.trim().startsWith('#'));
		expect(lines.map((line) => line.trim())).toEqual(['DATA_GO_KR_KEY: ${{ secrets.DATA_GO_KR_KEY }}']);
	});

	it('deploy: builds on every push to main under the repository’s name and publishes build/ with GitHub Pages', () => {
		const { workflow } = workflows.deploy;
		expect(workflow.on.push).toEqual({ branches: ['main'] });
		const all = steps(workflow);
		const uses = all.map((s) => s.uses?.split('@')[0]).filter(Boolean);
		expect(uses).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
		expect(all.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('build/');
		const build = all.find((s) => s.run?.includes('npm run build'))!;
		expect(build.run).toMatch(/BASE_PATH="\/\$\{REPOSITORY_NAME/);
		expect(build.env?.REPOSITORY_NAME).toBe('${{ github.event.repository.name }}');
		expect(build.run).toContain('PUBLIC_SITE_ORIGIN=');
	});

	it('refresh: publishes the site after a commit, since its own push starts no workflow', () => {
		const deploy = workflows.refresh.workflow.jobs.deploy;
		expect(deploy?.uses).toBe('./.github/workflows/deploy.yml');
		expect(deploy?.if).toBe("needs.refresh.outputs.changed == 'true'");
		expect(workflows.deploy.workflow.on).toHaveProperty('workflow_call');
	});
});
