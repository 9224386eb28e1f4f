/**
 * vega configs for Quarry's light and dark themes, matching the colour tokens in src/app.css.
 * vega draws into SVG attributes, which cannot read CSS custom properties, so the values are
 * repeated here; keep them in step with app.css.
 */

interface Palette {
	text: string;
	muted: string;
	border: string;
	grid: string;
	accent: string;
	category: string[];
}

const light: Palette = {
	text: '#1b1f24',
	muted: '#5b6470',
	border: '#d5dae1',
	grid: '#e6e9ee',
	accent: '#1f4e79',
	// Tableau 10, darkened slightly so thin marks keep contrast on white.
	category: [
		'#1f4e79',
		'#e07b20',
		'#2e8b57',
		'#c0392b',
		'#7b5ea7',
		'#8c564b',
		'#d35fa6',
		'#6b7280',
		'#a3a322',
		'#1b9aaa'
	]
};

const dark: Palette = {
	text: '#e6e9ed',
	muted: '#9aa4b1',
	border: '#343b45',
	grid: '#2a3038',
	accent: '#7fb2e5',
	category: [
		'#7fb2e5',
		'#f5a65b',
		'#6fd08c',
		'#ff8a80',
		'#b59ce0',
		'#c9a38f',
		'#f08fc8',
		'#aab2bd',
		'#d6d66b',
		'#5fd3e0'
	]
};

export type ChartTheme = 'light' | 'dark';

/** A vega(-lite) `config` for the theme. The background stays transparent (the card shows). */
export function vegaConfig(theme: ChartTheme): Record<string, unknown> {
	const p = theme === 'dark' ? dark : light;
	const font =
		"system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";
	return {
		background: null,
		font,
		padding: 4,
		autosize: { type: 'fit', contains: 'padding' },
		view: { stroke: null },
		title: {
			color: p.text,
			subtitleColor: p.muted,
			fontSize: 14,
			fontWeight: 600,
			anchor: 'start'
		},
		axis: {
			domainColor: p.border,
			tickColor: p.border,
			gridColor: p.grid,
			labelColor: p.muted,
			titleColor: p.text,
			labelFontSize: 11,
			titleFontSize: 12,
			titleFontWeight: 600
		},
		legend: { labelColor: p.muted, titleColor: p.text, labelFontSize: 11, titleFontSize: 12 },
		header: { labelColor: p.text, titleColor: p.text, labelFontSize: 12 },
		// Only defaults: colour encodings override them.
		mark: { color: p.accent },
		line: { strokeWidth: 2 },
		rule: { color: p.muted },
		text: { color: p.text },
		boxplot: { median: { color: p.text }, rule: { color: p.muted } },
		range: { category: p.category, ramp: { scheme: theme === 'dark' ? 'viridis' : 'blues' } }
	};
}
