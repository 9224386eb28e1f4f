/** What a rendered chart offers for exports (given by VegaChart's `onReady`). */
export interface ChartExporter {
	/** The chart as a standalone SVG document. */
	toSVG(): Promise<string>;
	/** The chart as a PNG `data:` URL; `scale` multiplies the pixel size (default 2). */
	toPNG(scale?: number): Promise<string>;
}
