/**
 * Counters and a latency histogram kept in memory and written as Prometheus text (version
 * 0.0.4) at GET /metrics. Labels come from the route table (patterns, not raw paths), so their
 * number stays bounded.
 */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Histogram {
	counts: number[];
	sum: number;
	count: number;
}

function escapeLabel(value: string): string {
	return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function labels(pairs: Record<string, string>): string {
	const parts = Object.entries(pairs).map(([key, value]) => `${key}="${escapeLabel(value)}"`);
	return parts.length === 0 ? '' : `{${parts.join(',')}}`;
}

export class Metrics {
	private readonly requests = new Map<string, number>();
	private readonly durations = new Map<string, Histogram>();
	private readonly pushChanges = new Map<string, number>();
	private loginFailures = 0;

	request(method: string, route: string, status: number, seconds: number): void {
		const key = JSON.stringify([method, route, String(status)]);
		this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
		const hkey = JSON.stringify([method, route]);
		const histogram = this.durations.get(hkey) ?? {
			counts: BUCKETS.map(() => 0),
			sum: 0,
			count: 0
		};
		BUCKETS.forEach((bound, index) => {
			if (seconds <= bound) histogram.counts[index] += 1;
		});
		histogram.sum += seconds;
		histogram.count += 1;
		this.durations.set(hkey, histogram);
	}

	pushOutcome(outcome: string, count = 1): void {
		this.pushChanges.set(outcome, (this.pushChanges.get(outcome) ?? 0) + count);
	}

	loginFailure(): void {
		this.loginFailures += 1;
	}

	/** The exposition text; `users` is read from the store at scrape time. */
	render({ users }: { users: number }): string {
		const lines: string[] = [];
		lines.push('# HELP http_requests_total HTTP requests answered, by method, route and status.');
		lines.push('# TYPE http_requests_total counter');
		for (const [key, count] of this.requests) {
			const [method, route, status] = JSON.parse(key) as string[];
			lines.push(`http_requests_total${labels({ method, route, status })} ${count}`);
		}
		lines.push('# HELP http_request_duration_seconds Time to answer a request.');
		lines.push('# TYPE http_request_duration_seconds histogram');
		for (const [key, histogram] of this.durations) {
			const [method, route] = JSON.parse(key) as string[];
			BUCKETS.forEach((bound, index) => {
				const l = labels({ method, route, le: String(bound) });
				lines.push(`http_request_duration_seconds_bucket${l} ${histogram.counts[index]}`);
			});
			lines.push(
				`http_request_duration_seconds_bucket${labels({ method, route, le: '+Inf' })} ${histogram.count}`
			);
			lines.push(`http_request_duration_seconds_sum${labels({ method, route })} ${histogram.sum}`);
			lines.push(
				`http_request_duration_seconds_count${labels({ method, route })} ${histogram.count}`
			);
		}
		lines.push('# HELP quarry_users Accounts on this server.');
		lines.push('# TYPE quarry_users gauge');
		lines.push(`quarry_users ${users}`);
		lines.push('# HELP quarry_sync_push_changes_total Pushed changes, by outcome.');
		lines.push('# TYPE quarry_sync_push_changes_total counter');
		for (const [outcome, count] of this.pushChanges) {
			lines.push(`quarry_sync_push_changes_total${labels({ outcome })} ${count}`);
		}
		lines.push('# HELP quarry_login_failures_total Failed sign-in attempts.');
		lines.push('# TYPE quarry_login_failures_total counter');
		lines.push(`quarry_login_failures_total ${this.loginFailures}`);
		const memory = process.memoryUsage();
		lines.push('# HELP process_resident_memory_bytes Resident memory size in bytes.');
		lines.push('# TYPE process_resident_memory_bytes gauge');
		lines.push(`process_resident_memory_bytes ${memory.rss}`);
		lines.push('# HELP nodejs_heap_used_bytes V8 heap in use, in bytes.');
		lines.push('# TYPE nodejs_heap_used_bytes gauge');
		lines.push(`nodejs_heap_used_bytes ${memory.heapUsed}`);
		lines.push('# HELP nodejs_heap_total_bytes V8 heap size, in bytes.');
		lines.push('# TYPE nodejs_heap_total_bytes gauge');
		lines.push(`nodejs_heap_total_bytes ${memory.heapTotal}`);
		return `${lines.join('\n')}\n`;
	}
}
