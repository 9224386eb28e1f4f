/**
 * `npm run serve`: serve the production build in build/ (see lib/serve-build.mjs for PORT, HOST
 * and QUARRY_DATA_DIR). `--test-build` serves the test build in build-test/ instead, which
 * exposes window.__quarry; the end-to-end tests and the benchmarks use it.
 */
import { serveBuild } from './lib/serve-build.mjs';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--test-build');
if (unknown.length > 0) {
	console.error(`Unknown argument(s): ${unknown.join(' ')}. The only option is --test-build.`);
	process.exit(1);
}
await serveBuild({ isTestBuild: args.includes('--test-build') });
