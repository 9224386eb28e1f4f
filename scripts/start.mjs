/**
 * `npm start`: get a fresh clone running with one command.
 * Installs dependencies when they are missing or stale, builds when build/ is missing or older
 * than the sources, then serves the build (see lib/serve-build.mjs for PORT, HOST and
 * QUARRY_DATA_DIR). It always serves the production build in build/, never the test build.
 */
import { serveBuild } from './lib/serve-build.mjs';
import { ensureBuilt, ensureInstalled } from './lib/setup.mjs';

if (!ensureInstalled()) {
	console.error('Installing dependencies failed; see the npm output above.');
	process.exit(1);
}
if (!ensureBuilt()) {
	console.error('The build failed; see the output above.');
	process.exit(1);
}
await serveBuild({ isTestBuild: false });
