/**
 * Structured logs: one JSON object per line on stdout, one line per request (and a few server
 * events). Fields: time (ISO 8601), level, requestId, method, route (the pattern, never the raw
 * path), status, ms, userId when known; 500s add the error's message and stack.
 */
export interface LogLine {
	time: string;
	level: 'info' | 'warn' | 'error';
	msg?: string;
	requestId?: string;
	method?: string;
	route?: string;
	status?: number;
	ms?: number;
	userId?: string;
	error?: string;
	stack?: string;
}

export type Log = (line: LogLine) => void;

export function stdoutLog(line: LogLine): void {
	process.stdout.write(`${JSON.stringify(line)}\n`);
}
