/**
 * Recommendation rules for measures (scatters, histograms, boxplots), two categories
 * (heatmaps, stacked and grouped bars) and one-row results (big numbers).
 */
import {
	aggregateWord,
	categoryDef,
	chartSpec,
	count,
	countDef,
	defaultAggregate,
	measureDef
} from './spec-build';
import {
	add,
	colorCategory,
	MAX_CATEGORIES,
	MAX_COLORS,
	range,
	type Context
} from './recommend-context';

export function twoCategoryCharts(ctx: Context): void {
	const cats = ctx.categories.filter((c) => c.distinct >= 2 && c.distinct <= 40).slice(0, 3);
	for (const a of cats) {
		for (const b of cats) {
			if (a === b) continue;
			const m = ctx.measures[0];
			const aggregate = m ? defaultAggregate(m) : undefined;
			const value = m ? measureDef(m, aggregate) : countDef();
			const valueName = m ? `${aggregateWord(aggregate!)} ${m.name}` : 'count of rows';
			const cells = `${a.distinct} × ${b.distinct} combinations`;
			if (a.distinct >= b.distinct) {
				add(
					ctx,
					'heatmap',
					`heatmap:${a.name}:${b.name}`,
					`Heatmap: ${valueName} by ${a.name} and ${b.name}`,
					`${a.name} and ${b.name} are categories (${cells}); colour shows ${valueName}`,
					64 + (m ? 2 : 0),
					chartSpec('rect', { x: categoryDef(a), y: categoryDef(b), color: value })
				);
			}
			if (b.distinct <= MAX_COLORS && a.distinct <= MAX_CATEGORIES) {
				const x = categoryDef(a, a.vlType === 'ordinal' ? 'ascending' : '-y');
				const reason = `${a.name} has ${a.distinct} values, split by ${b.name} (${b.distinct}); ${m ? `${m.name} is a measure` : 'counting rows'}`;
				add(
					ctx,
					'stacked-bar',
					`stacked:${a.name}:${b.name}`,
					`Stacked bar: ${valueName} by ${a.name} and ${b.name}`,
					reason,
					67 - (m ? 0 : 4),
					chartSpec('bar', { x, y: { ...value, stack: 'zero' }, color: categoryDef(b) })
				);
				add(
					ctx,
					'grouped-bar',
					`grouped:${a.name}:${b.name}`,
					`Grouped bar: ${valueName} by ${a.name} and ${b.name}`,
					reason,
					65 - (m ? 0 : 4),
					chartSpec('bar', {
						x: categoryDef(a),
						y: value,
						xOffset: categoryDef(b),
						color: categoryDef(b)
					})
				);
			}
		}
	}
}

export function measureCharts(ctx: Context): void {
	const ms = ctx.measures.slice(0, 5);
	const color = colorCategory(ctx);
	let pair = 0;
	for (let i = 0; i < ms.length; i++) {
		for (let j = i + 1; j < ms.length && pair < 10; j++, pair++) {
			const [y, x] = [ms[i], ms[j]];
			const encoding = {
				x: measureDef(x),
				y: measureDef(y),
				...(color ? { color: categoryDef(color) } : {})
			};
			const by = color ? `, coloured by ${color.name} (${color.distinct} values)` : '';
			const reason = `${x.name} and ${y.name} are measures over ${count(ctx.rows)} rows${by}`;
			const score = (ctx.rows >= 10 ? 80 : 50) + (color ? 5 : 0) - pair * 1.5;
			add(
				ctx,
				'scatter',
				`scatter:${x.name}:${y.name}`,
				`Scatter: ${y.name} against ${x.name}`,
				reason,
				score,
				chartSpec('point', encoding)
			);
		}
	}
	const isAlone =
		ctx.measures.length === 1 && ctx.categories.length + ctx.times.length + ctx.labels.length === 0;
	ctx.measures.slice(0, 3).forEach((m, i) => {
		const isSpread = m.distinct >= 5;
		const reason = `${m.name} is a measure with ${count(m.distinct)} distinct values${range(m)}: its distribution`;
		const spec = chartSpec('bar', { x: { ...measureDef(m), bin: { maxbins: 30 } }, y: countDef() });
		add(
			ctx,
			'histogram',
			`histogram:${m.name}`,
			`Histogram of ${m.name}`,
			reason,
			(isAlone ? 85 : 62) - (isSpread ? 0 : 20) - i * 2,
			spec
		);
		const box = ctx.categories.find(
			(c) => c.distinct >= 2 && c.distinct <= 30 && ctx.rows / c.distinct >= 5
		);
		if (box) {
			const boxReason = `${count(ctx.rows / box.distinct)} ${m.name} values per ${box.name} on average (${box.distinct} groups): their spread`;
			const spec = chartSpec('boxplot', { x: categoryDef(box), y: measureDef(m) });
			spec.mark = { type: 'boxplot', extent: 'min-max', tooltip: true };
			add(
				ctx,
				'boxplot',
				`boxplot:${box.name}:${m.name}`,
				`Boxplot: ${m.name} by ${box.name}`,
				boxReason,
				64 - i * 2,
				spec
			);
		}
	});
}

export function bigNumbers(ctx: Context): void {
	ctx.measures.slice(0, 3).forEach((m, i) => {
		const spec = chartSpec('text', { text: { field: m.name, type: 'quantitative', format: ',' } });
		spec.mark = { type: 'text', fontSize: 48, tooltip: true };
		add(
			ctx,
			'big-number',
			`number:${m.name}`,
			`Number: ${m.name}`,
			`The result is one row; ${m.name} is its number`,
			100 - i,
			spec
		);
	});
}
