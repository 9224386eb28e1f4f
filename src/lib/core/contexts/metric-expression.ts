/**
 * A first look at a metric expression before DuckDB's parser sees it (pure). A metric is one
 * aggregate over its own dataset's columns; DuckDB's parser then checks it is one statement that
 * reads only that table (state/context-metric-check.ts). What the parser cannot tell apart — a
 * subquery over a table function such as `range(1e12)` reads no table at all — is refused here,
 * looking at the words outside string literals, quoted names and comments.
 */

/** Longest metric expression accepted. */
export const MAX_EXPRESSION_LENGTH = 2_000;

/** Words that start a query of their own inside an expression. */
const QUERY_WORDS =
	/\b(select|with|values|pivot|unpivot|summarize|describe|show|table)\b|\(\s*from\b/i;

/** Why `expression` cannot be a metric, or undefined when DuckDB should check it. */
export function metricExpressionProblem(expression: string): string | undefined {
	const text = expression.trim();
	if (text === '') return 'The expression is empty.';
	if (text.length > MAX_EXPRESSION_LENGTH) {
		return `The expression is longer than ${MAX_EXPRESSION_LENGTH.toLocaleString('en-US')} characters.`;
	}
	if (QUERY_WORDS.test(outsideQuotes(text))) {
		return 'A metric is one expression over its dataset’s columns, such as SUM("amount"); it may not contain a query of its own.';
	}
	return undefined;
}

/**
 * The text with string literals, quoted names and comments blanked out (an unclosed one runs to
 * the end), so `(/* *\/ FROM t)` is seen as `( FROM t)`.
 */
function outsideQuotes(text: string): string {
	return text.replace(
		/'(?:[^']|'')*(?:'|$)|"(?:[^"]|"")*(?:"|$)|\/\*[\s\S]*?(?:\*\/|$)|--[^\n]*/g,
		' '
	);
}
