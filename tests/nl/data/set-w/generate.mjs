// Deterministic generator for the set W evaluation tables (a small design agency's invoices, a
// river trust's water-quality samples, a family's reading log). No dependencies.
// Run from the repo root: node tests/nl/data/set-w/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20260419);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);

// ------------------------------------------------------------------ agency invoices (2022-2024)
{
	// Fernleaf Studio: a small design agency. Every invoice raised 2022-2024, from the accounts
	// package as exported on 10 January 2025. Terms are 30 days. VAT is 20% of the net, none for
	// the two overseas clients. Paid invoices have the date the money arrived; unpaid ones past
	// their due date are Overdue, the others Sent; the last few of December 2024 are still Draft.
	// Retainer: a fixed monthly fee, not a one-off project.
	// client → [weight, account manager, overseas, mean days to pay, ever defaults]
	const clients = {
		'Harbour Coffee Co': [6, 'Priya Nair', false, 22],
		'Millbrook Brewery': [5, 'Tom Askew', false, 35],
		'Northgate Dental': [3, 'Priya Nair', false, 18],
		'Kestrel Outdoor': [5, 'Ella Brooks', false, 41],
		'Bramble & Rye Bakery': [4, 'Tom Askew', false, 26],
		'Lumen Architects': [3, 'Ella Brooks', false, 30],
		'Oakridge School': [3, 'Priya Nair', false, 48],
		'Pinewood Vets': [2, 'Tom Askew', false, 20],
		'Saltmarsh Gallery': [2, 'Ella Brooks', false, 55],
		'Velo Club Cymru': [2, 'Tom Askew', false, 33],
		'Nordlys Skincare': [3, 'Priya Nair', true, 25],
		'Atlas Freight GmbH': [2, 'Ella Brooks', true, 38],
		'Greenway Housing': [3, 'Ella Brooks', false, 62]
	};
	// project type → [weight, net lo, net hi]
	const projects = {
		Branding: [14, 1800, 9500],
		Website: [12, 2500, 18000],
		Print: [20, 250, 2400],
		'Social Media': [18, 400, 2200],
		Photography: [10, 350, 3200],
		Packaging: [6, 1200, 7500]
	};
	// clients on a monthly retainer: [client, from, until, fee, project type]
	const retainers = [
		['Harbour Coffee Co', day(2022, 1, 1), day(2024, 12, 31), [950, 950, 1100], 'Social Media'],
		['Kestrel Outdoor', day(2022, 6, 1), day(2023, 11, 30), [1400, 1400, 1400], 'Social Media'],
		['Greenway Housing', day(2023, 3, 1), day(2024, 12, 31), [800, 800, 850], 'Print'],
		['Nordlys Skincare', day(2024, 2, 1), day(2024, 12, 31), [1250, 1250, 1250], 'Social Media']
	];
	const exported = day(2025, 1, 10);
	const rows = [];
	for (let t = day(2022, 1, 3); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const y = t.getUTCFullYear();
		const m = t.getUTCMonth() + 1;
		const dow = t.getUTCDay();
		if (dow === 0 || dow === 6) continue;
		// retainer invoices on the first working day of the month
		if (t.getUTCDate() <= 3 && (t.getUTCDate() === 1 || dow === 1)) {
			for (const [client, from, until, fees, type] of retainers) {
				if (from > t || until < t) continue;
				if (rows.some((r) => r.retainer && r.client === client && r.t.getUTCFullYear() === y && r.t.getUTCMonth() + 1 === m)) continue;
				rows.push({ t, client, type, net: fees[y - 2022], retainer: true });
			}
		}
		const n = poisson(0.62 * (m === 8 ? 0.6 : m === 12 ? 0.8 : m === 3 || m === 11 ? 1.25 : 1) * (1 + (y - 2022) * 0.1));
		for (let k = 0; k < n; k++) {
			const client = weighted(Object.entries(clients).map(([c, v]) => [c, v[0]]));
			const type = weighted(Object.entries(projects).map(([p, v]) => [p, v[0] * (client === 'Lumen Architects' && p === 'Photography' ? 4 : 1)]));
			const [, lo, hi] = projects[type];
			const net = Math.round(clamp(Math.sqrt(lo * hi) * Math.exp(normal(0, 0.55)), lo, hi) / 5) * 5;
			rows.push({ t, client, type, net, retainer: false });
		}
	}
	rows.sort((a, b) => a.t - b.t || a.client.localeCompare(b.client));
	const seq = {};
	const out = rows.map((r) => {
		const y = r.t.getUTCFullYear();
		seq[y] = (seq[y] ?? 0) + 1;
		const [, manager, overseas, payMean] = clients[r.client];
		const due = addDays(r.t, 30);
		const vat = overseas ? 0 : round2(r.net * 0.2);
		let paid = addDays(r.t, Math.max(1, Math.round(payMean * Math.exp(normal(0, 0.35)))));
		// a handful never paid (disputes, a client in trouble)
		if (rand() < (r.client === 'Greenway Housing' || r.client === 'Saltmarsh Gallery' ? 0.05 : 0.008)) paid = null;
		let status;
		const draft = r.t >= day(2024, 12, 18) && !r.retainer && rand() < 0.6;
		if (draft) {
			status = 'Draft';
			paid = null;
		} else if (paid && paid <= exported) status = 'Paid';
		else {
			paid = null;
			status = due < exported ? 'Overdue' : 'Sent';
		}
		return [
			`FS-${y}-${pad(seq[y], 3)}`,
			r.client,
			isoDate(r.t),
			isoDate(due),
			paid ? isoDate(paid) : null,
			r.net.toFixed(2),
			vat.toFixed(2),
			(r.net + vat).toFixed(2),
			status,
			manager,
			r.type,
			r.retainer ? 'Yes' : 'No'
		];
	});
	writeCsv(
		OUT,
		'agency_invoices.csv',
		['invoice_no', 'Client', 'Issue Date', 'due_date', 'paidDate', 'Net (£)', 'vat', 'Gross (£)', 'Status', 'acct_mgr', 'Project Type', 'Retainer'],
		out
	);
}

// ------------------------------------------------------------------ water-quality samples (2022-2024)
{
	// Tallow Valley Rivers Trust: volunteer and staff water-quality samples at fixed sites on the
	// river and two tributaries, 2022-2024, from the trust's sampling spreadsheet. Each site is
	// visited about every two weeks (more often at the bathing spots in summer). A sample passes
	// when E. coli is at most 900 per 100 ml and dissolved oxygen (when measured) is at least 5 mg/l.
	// Heavy rain washes sewage overflow and farm run-off in: E. coli and turbidity go up.
	// site → [visits a fortnight, E. coli median, turbidity median, DO offset, bathing spot]
	const sites = {
		'Tallow Head': [1, 40, 3, 1.0, false],
		'Ashby Weir': [1, 120, 6, 0.4, false],
		'Mill Pool': [1.2, 260, 8, 0, true],
		'Kingsbridge': [1, 420, 11, -0.3, false],
		'Sewage Works Outfall': [1.3, 1300, 16, -3.6, false],
		'Cressbrook': [0.8, 90, 4, 0.6, false],
		'Hollow Lane Ford': [1, 180, 9, 0.1, false],
		'Otter Meadow': [1.2, 210, 7, 0.2, true],
		'Town Bridge': [1, 520, 12, -1.6, false],
		'Estuary Steps': [0.9, 340, 18, -0.2, false]
	};
	const technicians = [
		['Sian Probert', 3, day(2022, 1, 1), null],
		['Callum Reid', 2.5, day(2022, 1, 1), day(2023, 6, 30)],
		['Hattie Moss', 2, day(2022, 1, 1), null],
		['Olu Adeyemi', 2, day(2023, 7, 1), null],
		['Jess Tranter', 1.5, day(2022, 4, 1), null]
	];
	const rows = [];
	let wet = 0;
	for (let t = day(2022, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const dow = t.getUTCDay();
		// rainy spells: more in autumn and winter
		const rainChance = [0, 0.35, 0.3, 0.26, 0.22, 0.2, 0.18, 0.2, 0.22, 0.28, 0.34, 0.36, 0.36][m];
		wet = rand() < rainChance ? Math.min(3, wet + 1 + int(0, 1)) : Math.max(0, wet - 1);
		if (dow === 0) continue;
		const season = Math.cos(((m - 7.5) / 12) * 2 * Math.PI); // 1 mid-summer, -1 mid-winter
		for (const [site, [visits, ecMed, turbMed, doOff, bathing]] of Object.entries(sites)) {
			const summer = bathing && m >= 5 && m <= 9 ? 2.2 : 1;
			if (rand() >= (visits * summer) / 12) continue;
			const tech = weighted(technicians.filter(([, , from, until]) => from <= t && (!until || until >= t)).map(([name, w]) => [name, w]));
			const hour = dow === 6 ? int(9, 12) : int(8, 15);
			const at = atTime(t, hour, int(0, 59), 0);
			const temp = round1(clamp(normal(11 + 6.5 * season, 1.4), 1.5, 23));
			const rainX = [1, 1.8, 4, 9][wet];
			const ecoli = Math.round(clamp(ecMed * rainX * Math.exp(normal(0, 0.75)) * (1 + 0.4 * season), 1, 48000));
			const turb = round1(clamp(turbMed * (1 + wet * 0.9) * Math.exp(normal(0, 0.45)), 0.4, 250));
			const dox = round1(clamp(normal(13.8 - 0.27 * temp + doOff - (wet ? 0 : 0.2 * season), 0.7), 2.5, 14.5));
			const ph = round1(clamp(normal(7.6 + (site === 'Estuary Steps' ? 0.3 : 0) + (site === 'Tallow Head' ? -0.5 : 0), 0.25), 6.2, 8.9));
			const turbFault = rand() < 0.04;
			const doFault = rand() < 0.05;
			const passed = ecoli <= 900 && (doFault || dox >= 5);
			let notes = null;
			if (turbFault) notes = pick(['turbidity meter not working', 'turbidity meter flat battery', 'no turbidity - meter in for repair']);
			else if (doFault) notes = pick(['DO probe not calibrated', 'DO probe fault', 'no DO reading']);
			else if (wet >= 2 && rand() < 0.3) notes = pick(['heavy rain overnight', 'river in spate, sample from bank', 'after storm, very brown', 'CSO spilling upstream']);
			else if (m >= 6 && m <= 8 && rand() < 0.06) notes = pick(['algae visible', 'low flow, warm', 'dead fish seen, reported to EA']);
			else if (rand() < 0.03) notes = pick(['cattle in river upstream', 'sample delayed, kept in cool box', 'swimmers present', 'dog walkers at site']);
			rows.push({ at, site, ph, temp, turb: turbFault ? null : turb, ecoli, dox: doFault ? null : dox, passed, tech, notes });
		}
	}
	rows.sort((a, b) => a.at - b.at);
	writeCsv(
		OUT,
		'water_samples.csv',
		['sample_id', 'Site', 'Sampled At', 'pH', 'Water Temp (°C)', 'turb_ntu', 'E. coli (per 100ml)', 'dissolvedOxygen', 'Passed', 'Technician', 'notes'],
		rows.map((r, i) => [
			7001 + i,
			r.site,
			isoStamp(r.at),
			r.ph.toFixed(1),
			r.temp.toFixed(1),
			r.turb === null ? null : r.turb.toFixed(1),
			r.ecoli,
			r.dox === null ? null : r.dox.toFixed(1),
			r.passed ? 'Yes' : 'No',
			r.tech,
			r.notes
		])
	);
}

// ------------------------------------------------------------------ reading log (2022-2024)
{
	// The Okafor-Hale household's shared reading log, January 2022 to December 2024: every book a
	// member of the family started, one row per book per reader. Date Finished and Rating are empty
	// while a book is being read or when it was given up (Abandoned: Yes). Pages is the print
	// length (audiobooks too). From Library: borrowed, not bought.
	// author → [genre, weight]
	const authors = {
		'Maggie Thorne': ['Crime', 5],
		'R. J. Castellan': ['Thriller', 4],
		'Ines Whitlow': ['Literary Fiction', 3],
		'Dara Quill': ['Fantasy', 4],
		'Owen Price': ['Crime', 3],
		'Tamsin Vale': ['Romance', 3],
		'Kofi Mensah': ['Literary Fiction', 2],
		'Lena Haas': ['Science Fiction', 3],
		'Bill Carrow': ['History', 2],
		'Dr. Anika Rao': ['Science', 2],
		'Sam Fielding': ['Biography', 2],
		'Hugo Penrose': ['Fantasy', 2],
		'Ruth Ellery': ['Memoir', 2],
		'Caleb Stone': ['Thriller', 2],
		'Mira Okonkwo': ['Science Fiction', 2],
		'Felix Dunmore': ['Children', 3],
		'Poppy Larkin': ['Children', 3]
	};
	// reader → [books a year, genre likes, format weights [paperback, hardback, ebook, audiobook], library]
	const readers = {
		Grace: [62, { Crime: 3, 'Literary Fiction': 3, Memoir: 2, Romance: 1.5, History: 1 }, [40, 15, 30, 15], 0.45],
		Daniel: [38, { Thriller: 3, History: 3, Science: 2.5, Biography: 2, 'Science Fiction': 1.5 }, [25, 20, 20, 35], 0.2],
		Ruby: [52, { Fantasy: 4, 'Science Fiction': 3, Romance: 1.5, Crime: 1 }, [45, 5, 40, 10], 0.5],
		Alfie: [46, { Children: 6, Fantasy: 2 }, [70, 20, 0, 10], 0.7]
	};
	const w1 = ['The', 'The', 'Last', 'Under the', 'Beyond the', 'Night of the', 'Letters from the', 'House of', 'Song of the', 'Return to'];
	const w2 = ['Silent', 'Hollow', 'Burning', 'Winter', 'Salt', 'Glass', 'Crooked', 'Lantern', 'Iron', 'Drowned', 'Amber', 'Quiet', 'Copper', 'Wild', 'Paper'];
	const w3 = ['Harbour', 'Orchard', 'Kingdom', 'Signal', 'Garden', 'River', 'Tide', 'Crown', 'Meadow', 'Lighthouse', 'Archive', 'Forest', 'Star', 'Bridge', 'Island'];
	const pagesBy = { Crime: 380, Thriller: 420, 'Literary Fiction': 330, Fantasy: 520, Romance: 340, 'Science Fiction': 440, History: 460, Science: 320, Biography: 400, Memoir: 290, Children: 190 };
	// each author's books, shared between readers so the same title can appear more than once
	const catalogue = {};
	const used = new Set();
	for (const [author, [genre]] of Object.entries(authors)) {
		catalogue[author] = [];
		for (let i = 0; i < (genre === 'Children' ? 40 : 20); i++) {
			let title;
			do title = genre === 'History' || genre === 'Science' || genre === 'Biography' || genre === 'Memoir' ? `${pick(w2)} ${pick(w3)}: ${pick(['A History', 'A Life', 'The Untold Story', 'How It Works', 'A Memoir', 'Notes'])}` : `${pick(w1)} ${pick(w2)} ${pick(w3)}`;
			while (used.has(title));
			used.add(title);
			catalogue[author].push({ title, pages: Math.round(clamp(normal(pagesBy[genre], pagesBy[genre] * 0.22), 60, 980)) });
		}
	}
	const end = day(2024, 12, 31);
	const rows = [];
	for (const [reader, [perYear, likes, formatW, library]] of Object.entries(readers)) {
		let t = addDays(day(2022, 1, 1), int(0, 10));
		const read = new Set();
		while (t <= end) {
			const author = weighted(Object.entries(authors).map(([a, [g, w]]) => [a, w * (likes[g] ?? 0.05)]));
			const genre = authors[author][0];
			const book = pick(catalogue[author].filter((b) => !read.has(b.title))) ?? pick(catalogue[author]);
			read.add(book.title);
			const format = weighted(['Paperback', 'Hardback', 'Ebook', 'Audiobook'].map((f, i) => [f, formatW[i]]));
			const fromLibrary = (format === 'Paperback' || format === 'Hardback' || format === 'Ebook') && rand() < library;
			const abandoned = rand() < 0.06;
			const pace = (365 / perYear) * (book.pages / 350) * Math.exp(normal(0, 0.3));
			const days = Math.max(1, Math.round(abandoned ? pace * (0.2 + rand() * 0.4) : pace));
			const finished = addDays(t, days);
			const done = !abandoned && finished <= end;
			const liked = likes[genre] ?? 0.05;
			const rating = done ? clamp(Math.round(normal(3.1 + liked * 0.25 + (author === 'Maggie Thorne' || author === 'Dara Quill' ? 0.5 : 0), 0.9)), 1, 5) : null;
			// the odd finished book never got a rating
			rows.push({ reader, title: book.title, author, genre, pages: book.pages, started: t, finished: done ? finished : null, rating: done && rand() < 0.04 ? null : rating, format, fromLibrary, abandoned: abandoned && finished <= end });
			t = addDays(t, Math.max(1, Math.round(days * (0.85 + rand() * 0.3))));
		}
	}
	rows.sort((a, b) => a.started - b.started || a.reader.localeCompare(b.reader));
	writeCsv(
		OUT,
		'reading_log.csv',
		['book_id', 'Reader', 'Title', 'Author', 'genre', 'Pages', 'Date Started', 'dateFinished', 'Rating', 'Format', 'From Library', 'abandoned'],
		rows.map((r, i) => [
			i + 1,
			r.reader,
			r.title,
			r.author,
			r.genre,
			r.pages,
			isoDate(r.started),
			r.finished ? isoDate(r.finished) : null,
			r.rating,
			r.format,
			r.fromLibrary ? 'Yes' : 'No',
			r.abandoned ? 'Yes' : 'No'
		])
	);
}
