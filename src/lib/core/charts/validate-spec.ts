/**
 * Chart specs from outside (saved charts, share links) are hostile until checked: only the
 * ChartSpec subset of vega-lite passes — known keys and values, bounded strings and sizes, no
 * data, URLs, transforms, parameters or expressions. What passes is a fresh copy.
 */
import {
	VEGA_LITE_SCHEMA,
	type Aggregate,
	type Channel,
	type ChartSpec,
	type FieldDef,
	type MarkDef,
	type MarkType,
	type TimeUnit
} from './types';

type Result<T> = { ok: true; spec: T } | { ok: false; message: string };

const MARKS: readonly MarkType[] = [
	'bar',
	'line',
	'area',
	'point',
	'circle',
	'square',
	'tick',
	'rect',
	'rule',
	'text',
	'arc',
	'boxplot'
];
const CHANNELS: readonly Channel[] = [
	'x',
	'y',
	'x2',
	'y2',
	'color',
	'size',
	'shape',
	'opacity',
	'theta',
	'text',
	'column',
	'row',
	'facet',
	'xOffset',
	'tooltip'
];
const AGGREGATES: readonly Aggregate[] = [
	'count',
	'sum',
	'mean',
	'median',
	'min',
	'max',
	'distinct',
	'q1',
	'q3',
	'stdev'
];
const TIME_UNITS: readonly TimeUnit[] = [
	'year',
	'yearquarter',
	'yearmonth',
	'yearweek',
	'yearmonthdate',
	'yearmonthdatehours',
	'yearmonthdatehoursminutes',
	'quarter',
	'month',
	'day',
	'date',
	'hours'
];
const TYPES = ['quantitative', 'temporal', 'nominal', 'ordinal'] as const;
const SORTS = ['ascending', 'descending', 'x', 'y', '-x', '-y', 'color', '-color'] as const;
const STACKS = ['zero', 'normalize', 'center'] as const;
const SCALES = ['linear', 'log', 'sqrt', 'symlog'] as const;
const SCHEMA = /^https:\/\/vega\.github\.io\/schema\/vega-lite\/v\d+(?:\.\d+){0,2}\.json$/;
const MAX_TEXT = 300;
const MAX_LONG_TEXT = 2000;
const MAX_BYTES = 20_000;

class Invalid extends Error {}

function fail(path: string, what: string): never {
	throw new Invalid(`${path} ${what}`);
}

function record(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		fail(path, 'must be an object.');
	const object = value as Record<string, unknown>;
	for (const key of Object.keys(object)) {
		if (!keys.includes(key)) fail(`${path}.${key.slice(0, 40)}`, 'is not allowed.');
	}
	return object;
}

function oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
	if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
		fail(path, `must be one of ${options.join(', ')}.`);
	}
	return value as T;
}

function text(value: unknown, path: string, max = MAX_TEXT): string {
	if (typeof value !== 'string') fail(path, 'must be text.');
	if (value.length > max) fail(path, `must be at most ${max} characters.`);
	return value;
}

function number(value: unknown, path: string, min: number, max: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
		fail(path, `must be a number from ${min} to ${max}.`);
	}
	return value;
}

function bool(value: unknown, path: string): boolean {
	if (typeof value !== 'boolean') fail(path, 'must be true or false.');
	return value;
}

/** Copy the keys of `source` that are present, each through its check. */
function pick<T>(
	source: Record<string, unknown>,
	checks: { [K in keyof T]?: (v: unknown) => T[K] }
): Partial<T> {
	const out: Partial<T> = {};
	for (const key of Object.keys(checks) as Array<keyof T>) {
		if (source[key as string] !== undefined) out[key] = checks[key]!(source[key as string]);
	}
	return out;
}

function markDef(value: unknown): MarkType | MarkDef {
	if (typeof value === 'string') return oneOf(value, 'mark', MARKS);
	const m = record(value, 'mark', [
		'type',
		'tooltip',
		'point',
		'extent',
		'fontSize',
		'interpolate',
		'opacity'
	]);
	return {
		type: oneOf(m.type, 'mark.type', MARKS),
		...pick<MarkDef>(m, {
			tooltip: (v) => bool(v, 'mark.tooltip'),
			point: (v) => bool(v, 'mark.point'),
			extent: (v) => oneOf(v, 'mark.extent', ['min-max'] as const),
			fontSize: (v) => number(v, 'mark.fontSize', 1, 400),
			interpolate: (v) => oneOf(v, 'mark.interpolate', ['linear', 'monotone', 'step'] as const),
			opacity: (v) => number(v, 'mark.opacity', 0, 1)
		})
	};
}

function binDef(value: unknown, path: string): FieldDef['bin'] {
	if (typeof value === 'boolean') return value;
	const b = record(value, path, ['maxbins', 'step', 'binned']);
	return pick<{ maxbins: number; step: number; binned: boolean }>(b, {
		maxbins: (v) => Math.round(number(v, `${path}.maxbins`, 1, 500)),
		step: (v) => number(v, `${path}.step`, Number.MIN_VALUE, Number.MAX_VALUE),
		binned: (v) => bool(v, `${path}.binned`)
	});
}

function fieldDef(value: unknown, path: string): FieldDef {
	const keys = [
		'field',
		'type',
		'aggregate',
		'bin',
		'timeUnit',
		'sort',
		'stack',
		'scale',
		'title',
		'format',
		'columns',
		'legend'
	];
	const d = record(value, path, keys);
	const def: FieldDef = {
		type: oneOf(d.type, `${path}.type`, TYPES),
		...pick<FieldDef>(d, {
			field: (v) => text(v, `${path}.field`),
			aggregate: (v) => oneOf(v, `${path}.aggregate`, AGGREGATES),
			bin: (v) => binDef(v, `${path}.bin`),
			timeUnit: (v) => oneOf(v, `${path}.timeUnit`, TIME_UNITS),
			sort: (v) => (v === null ? null : oneOf(v, `${path}.sort`, SORTS)),
			stack: (v) => (v === null ? null : oneOf(v, `${path}.stack`, STACKS)),
			scale: (v) => {
				const s = record(v, `${path}.scale`, ['type', 'zero']);
				return pick<NonNullable<FieldDef['scale']>>(s, {
					type: (t) => oneOf(t, `${path}.scale.type`, SCALES),
					zero: (z) => bool(z, `${path}.scale.zero`)
				});
			},
			title: (v) => text(v, `${path}.title`),
			format: (v) => text(v, `${path}.format`, 40),
			columns: (v) => Math.round(number(v, `${path}.columns`, 1, 50)),
			legend: (v) =>
				v === null
					? null
					: pick<{ title: string }>(record(v, `${path}.legend`, ['title']), {
							title: (t) => text(t, `${path}.legend.title`)
						})
		})
	};
	if (def.field === undefined && def.aggregate !== 'count')
		fail(path, 'needs a field (or aggregate: count).');
	return def;
}

function encoding(value: unknown): ChartSpec['encoding'] {
	const e = record(value, 'encoding', CHANNELS);
	const out: ChartSpec['encoding'] = {};
	for (const channel of CHANNELS) {
		const def = e[channel];
		if (def === undefined) continue;
		if (Array.isArray(def)) {
			if (channel !== 'tooltip') fail(`encoding.${channel}`, 'must be one field definition.');
			if (def.length > 20) fail(`encoding.${channel}`, 'may list at most 20 fields.');
			out[channel] = def.map((d, i) => fieldDef(d, `encoding.${channel}[${i}]`));
		} else {
			out[channel] = fieldDef(def, `encoding.${channel}`);
		}
	}
	return out;
}

/** Check a chart spec from outside; the result is a fresh copy with only the allowed parts. */
export function validateChartSpec(value: unknown): Result<ChartSpec> {
	try {
		let size = 0;
		try {
			size = JSON.stringify(value)?.length ?? 0;
		} catch {
			return { ok: false, message: 'The chart spec is not plain JSON.' };
		}
		if (size > MAX_BYTES) return { ok: false, message: 'The chart spec is too large.' };
		const s = record(value, 'spec', [
			'$schema',
			'title',
			'description',
			'mark',
			'encoding',
			'width',
			'height'
		]);
		const schema = s.$schema === undefined ? VEGA_LITE_SCHEMA : text(s.$schema, '$schema');
		if (!SCHEMA.test(schema))
			return { ok: false, message: '$schema must be a vega-lite schema address.' };
		if (s.mark === undefined) return { ok: false, message: 'The chart spec has no mark.' };
		const spec: ChartSpec = {
			$schema: schema,
			...pick<ChartSpec>(s, {
				title: (v) => text(v, 'title'),
				description: (v) => text(v, 'description', MAX_LONG_TEXT),
				width: (v) => (v === 'container' ? 'container' : number(v, 'width', 1, 5000)),
				height: (v) => number(v, 'height', 1, 5000)
			}),
			mark: markDef(s.mark),
			encoding: encoding(s.encoding ?? {})
		};
		return { ok: true, spec };
	} catch (error) {
		if (error instanceof Invalid)
			return { ok: false, message: `The chart spec is not allowed: ${error.message}` };
		throw error;
	}
}
