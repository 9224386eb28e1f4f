/**
 * Unit-test line coverage that `npm test` requires (vite.config.ts passes these to Vitest, and
 * scripts/test.mjs reads Vitest's json-summary report to print and count them).
 */

/** Vitest's `coverage.thresholds`: the whole measured set (src/lib) and src/lib/core alone. */
export const coverageThresholds = {
	lines: 80,
	'src/lib/core/**': { lines: 90 }
};

/** The checks `npm test` prints, one line each. */
export const coverageChecks = [
	{ name: 'src/lib', prefix: 'src/lib/', minimum: coverageThresholds.lines },
	{
		name: 'src/lib/core',
		prefix: 'src/lib/core/',
		minimum: coverageThresholds['src/lib/core/**'].lines
	}
];

/**
 * Line coverage per check from a json-summary report (`{ total, [absolutePath]: { lines } }`).
 * @param {Record<string, { lines: { total: number, covered: number } }>} summary
 * @param {string} root project directory, to make the report's absolute paths relative
 * @returns {{ name: string, minimum: number, covered: number, total: number, percent: number, isMet: boolean }[]}
 */
export function coverageOutcomes(summary, root) {
	const base = root.endsWith('/') ? root : `${root}/`;
	const files = Object.entries(summary)
		.filter(([path]) => path !== 'total')
		.map(([path, entry]) => ({
			path: path.startsWith(base) ? path.slice(base.length) : path,
			lines: entry.lines
		}));
	return coverageChecks.map(({ name, prefix, minimum }) => {
		let covered = 0;
		let total = 0;
		for (const file of files) {
			if (!file.path.startsWith(prefix)) continue;
			covered += file.lines.covered;
			total += file.lines.total;
		}
		const percent = total === 0 ? 100 : (covered / total) * 100;
		return { name, minimum, covered, total, percent, isMet: percent >= minimum };
	});
}
