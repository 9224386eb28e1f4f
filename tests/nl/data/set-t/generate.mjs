// Deterministic generator for the set T evaluation tables (a small two-screen independent
// cinema's screenings, a microbrewery's batch log, an audit sample of a hospital emergency
// department's attendances). No dependencies.
// Run from the repo root: node tests/nl/data/set-t/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20260117);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);
const lognormal = (median, sigma) => median * Math.exp(normal(0, sigma));

// ------------------------------------------------------------------ cinema screenings (2022-2024)
{
	// The Electric, Saltby: a small independent two-screen cinema (the Main screen, 160 seats, and
	// the Studio, 64 seats until the recliners went in at the start of 2024, then 48), open
	// Wednesday to Sunday. One row per screening, 2022-2024, from the booking system's export.
	// [title, genre, BBFC certificate, UK release, weeks on, popularity, shown in 3D]
	const films = [
		['Spider-Man: No Way Home', 'Action', '12A', day(2021, 12, 17), 6, 0.7, true],
		['Licorice Pizza', 'Comedy', '15', day(2022, 1, 1), 4, 0.3],
		['Belfast', 'Drama', '12A', day(2022, 1, 21), 5, 0.5],
		['Sing 2', 'Animation', 'U', day(2022, 1, 28), 6, 0.5],
		['Death on the Nile', 'Thriller', '12A', day(2022, 2, 11), 4, 0.45],
		['Uncharted', 'Action', '12A', day(2022, 2, 11), 3, 0.3],
		['The Batman', 'Action', '15', day(2022, 3, 4), 6, 0.6],
		['Sonic the Hedgehog 2', 'Family', 'PG', day(2022, 4, 1), 4, 0.45],
		['Fantastic Beasts: The Secrets of Dumbledore', 'Fantasy', '12A', day(2022, 4, 8), 4, 0.4, true],
		['Downton Abbey: A New Era', 'Drama', 'PG', day(2022, 4, 29), 5, 0.6],
		['Doctor Strange in the Multiverse of Madness', 'Action', '12A', day(2022, 5, 6), 4, 0.5, true],
		['Everything Everywhere All at Once', 'Sci-Fi', '15', day(2022, 5, 13), 4, 0.35],
		['Top Gun: Maverick', 'Action', '12A', day(2022, 5, 27), 9, 0.85],
		['Jurassic World Dominion', 'Action', '12A', day(2022, 6, 10), 5, 0.5, true],
		['Elvis', 'Drama', '12A', day(2022, 6, 24), 6, 0.55],
		['Minions: The Rise of Gru', 'Animation', 'U', day(2022, 7, 1), 7, 0.6],
		['Thor: Love and Thunder', 'Action', '12A', day(2022, 7, 8), 4, 0.45, true],
		['Where the Crawdads Sing', 'Drama', '15', day(2022, 7, 22), 4, 0.35],
		['Bullet Train', 'Action', '15', day(2022, 8, 3), 4, 0.35],
		['Nope', 'Horror', '15', day(2022, 8, 12), 3, 0.3],
		['See How They Run', 'Comedy', '12A', day(2022, 9, 9), 3, 0.35],
		["Don't Worry Darling", 'Thriller', '15', day(2022, 9, 23), 3, 0.3],
		['Ticket to Paradise', 'Comedy', '12A', day(2022, 9, 20), 4, 0.4],
		['Mrs Harris Goes to Paris', 'Comedy', 'PG', day(2022, 9, 30), 5, 0.5],
		['Halloween Ends', 'Horror', '18', day(2022, 10, 14), 2, 0.25],
		['The Banshees of Inisherin', 'Drama', '15', day(2022, 10, 21), 5, 0.45],
		['Living', 'Drama', '12A', day(2022, 11, 4), 4, 0.4],
		['Black Panther: Wakanda Forever', 'Action', '12A', day(2022, 11, 11), 5, 0.5, true],
		['Aftersun', 'Drama', '12A', day(2022, 11, 18), 3, 0.25],
		['Matilda the Musical', 'Musical', 'PG', day(2022, 11, 25), 4, 0.5],
		['Puss in Boots: The Last Wish', 'Animation', 'U', day(2022, 12, 9), 6, 0.5],
		['Avatar: The Way of Water', 'Sci-Fi', '12A', day(2022, 12, 16), 8, 0.75, true],
		['Empire of Light', 'Drama', '15', day(2023, 1, 9), 3, 0.35],
		['Tár', 'Drama', '15', day(2023, 1, 13), 3, 0.3],
		['The Fabelmans', 'Drama', '12A', day(2023, 1, 27), 4, 0.4],
		['Ant-Man and the Wasp: Quantumania', 'Action', '12A', day(2023, 2, 17), 3, 0.35, true],
		['Creed III', 'Drama', '12A', day(2023, 3, 3), 3, 0.3],
		['Dungeons & Dragons: Honor Among Thieves', 'Fantasy', '12A', day(2023, 3, 31), 4, 0.4],
		['The Super Mario Bros. Movie', 'Animation', 'U', day(2023, 4, 5), 7, 0.6],
		['Guardians of the Galaxy Vol. 3', 'Action', '12A', day(2023, 5, 3), 5, 0.5, true],
		['Spider-Man: Across the Spider-Verse', 'Animation', 'PG', day(2023, 6, 2), 5, 0.5],
		['Asteroid City', 'Comedy', '12A', day(2023, 6, 23), 3, 0.3],
		['Indiana Jones and the Dial of Destiny', 'Action', '12A', day(2023, 6, 28), 4, 0.45],
		['Elemental', 'Animation', 'U', day(2023, 7, 7), 5, 0.45],
		['Mission: Impossible - Dead Reckoning Part One', 'Action', '12A', day(2023, 7, 10), 5, 0.5],
		['Barbie', 'Comedy', '12A', day(2023, 7, 21), 8, 0.9],
		['Oppenheimer', 'Drama', '15', day(2023, 7, 21), 8, 0.85],
		['Past Lives', 'Drama', '12A', day(2023, 9, 8), 3, 0.3],
		['A Haunting in Venice', 'Thriller', '12A', day(2023, 9, 15), 4, 0.45],
		['Killers of the Flower Moon', 'Drama', '15', day(2023, 10, 20), 4, 0.45],
		['The Marvels', 'Action', '12A', day(2023, 11, 10), 2, 0.25],
		['Saltburn', 'Thriller', '18', day(2023, 11, 17), 4, 0.4],
		['Napoleon', 'Drama', '15', day(2023, 11, 22), 4, 0.45],
		['Wonka', 'Family', 'PG', day(2023, 12, 8), 7, 0.7],
		['The Boy and the Heron', 'Animation', '12A', day(2023, 12, 26), 4, 0.4],
		['Poor Things', 'Comedy', '18', day(2024, 1, 12), 4, 0.45],
		['The Holdovers', 'Comedy', '15', day(2024, 1, 19), 4, 0.45],
		['The Zone of Interest', 'Drama', '12A', day(2024, 2, 2), 3, 0.3],
		['Dune: Part Two', 'Sci-Fi', '12A', day(2024, 3, 1), 6, 0.65, true],
		['Kung Fu Panda 4', 'Animation', 'PG', day(2024, 3, 22), 5, 0.45],
		['Ghostbusters: Frozen Empire', 'Comedy', '12A', day(2024, 3, 22), 3, 0.35],
		['Godzilla x Kong: The New Empire', 'Action', '12A', day(2024, 3, 29), 3, 0.35, true],
		['Civil War', 'Thriller', '15', day(2024, 4, 12), 3, 0.35],
		['The Fall Guy', 'Action', '12A', day(2024, 5, 2), 4, 0.4],
		['Kingdom of the Planet of the Apes', 'Sci-Fi', '12A', day(2024, 5, 10), 3, 0.3],
		['Furiosa: A Mad Max Saga', 'Action', '15', day(2024, 5, 24), 3, 0.3],
		['Inside Out 2', 'Animation', 'U', day(2024, 6, 14), 7, 0.65],
		['Despicable Me 4', 'Animation', 'U', day(2024, 7, 5), 6, 0.55],
		['Twisters', 'Action', '12A', day(2024, 7, 17), 4, 0.4],
		['Deadpool & Wolverine', 'Action', '15', day(2024, 7, 25), 5, 0.55, true],
		['Alien: Romulus', 'Horror', '15', day(2024, 8, 16), 3, 0.35],
		['Beetlejuice Beetlejuice', 'Comedy', '12A', day(2024, 9, 6), 4, 0.4],
		['Joker: Folie à Deux', 'Drama', '15', day(2024, 10, 4), 2, 0.25],
		['The Wild Robot', 'Animation', 'U', day(2024, 10, 18), 5, 0.45],
		['Paddington in Peru', 'Family', 'PG', day(2024, 11, 8), 7, 0.6],
		['Gladiator II', 'Action', '15', day(2024, 11, 15), 5, 0.5],
		['Wicked', 'Musical', 'PG', day(2024, 11, 22), 6, 0.6],
		['Moana 2', 'Animation', 'PG', day(2024, 11, 29), 5, 0.55, true],
		['Conclave', 'Thriller', '12A', day(2024, 11, 29), 5, 0.5]
	].map(([title, genre, cert, release, weeks, pop, has3d]) => ({ title, genre, cert, release, weeks, pop, has3d: !!has3d }));
	const family = (f) => f.cert === 'U' || f.cert === 'PG';
	const adult = (f) => f.cert === '15' || f.cert === '18';
	// show times by weekday (0 Sunday … 6 Saturday): [screen, 'HH:MM']
	const slots = {
		0: [['Main', '14:00'], ['Main', '18:30'], ['Studio', '15:00']],
		3: [['Main', '19:00']],
		4: [['Main', '19:00'], ['Studio', '19:30']],
		5: [['Main', '17:45'], ['Main', '20:30'], ['Studio', '19:30']],
		6: [['Main', '14:00'], ['Main', '17:45'], ['Main', '20:30'], ['Studio', '19:30']]
	};
	const schoolHoliday = (t) => {
		const m = t.getUTCMonth() + 1;
		const d = t.getUTCDate();
		return (m === 7 && d >= 22) || m === 8 || (m === 12 && d >= 20) || (m === 1 && d <= 3) || (m === 10 && d >= 24 && d <= 31) || (m === 2 && d >= 13 && d <= 19) || (m === 4 && d <= 14) || (m === 5 && d >= 29);
	};
	const shows = [];
	for (let t = day(2022, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		if (!slots[dow]) continue;
		if (m === 12 && (t.getUTCDate() === 25 || t.getUTCDate() === 24)) continue;
		const y = t.getUTCFullYear();
		const hol = schoolHoliday(t);
		// a weekday children's matinee in the school holidays
		const todays = hol && (dow === 3 || dow === 4 || dow === 5) ? [['Main', '13:30'], ...slots[dow]] : slots[dow];
		let onNow = films.filter((f) => f.release <= t && t < addDays(f.release, f.weeks * 7));
		if (onNow.length < 3) {
			// a thin week: bring back recent films for a second run
			const recent = films.filter((f) => f.release <= t && t >= addDays(f.release, f.weeks * 7) && t < addDays(f.release, (f.weeks + 10) * 7));
			onNow = [...onNow, ...recent.map((f) => ({ ...f, pop: f.pop * 0.55, second: true }))];
		}
		const usedToday = new Map();
		for (const [screen, time] of todays) {
			const hour = Number(time.slice(0, 2));
			const matinee = hour < 17;
			const late = hour >= 20;
			const film = weighted(
				onNow.map((f) => {
					const weeksIn = Math.floor((t - f.release) / (7 * 86400000));
					let w = f.pop * Math.pow(0.85, weeksIn);
					if (matinee) w *= family(f) ? 4 : adult(f) ? 0.1 : 0.8;
					if (late) w *= family(f) ? 0.15 : adult(f) ? 1.6 : 1;
					if (screen === 'Main') w *= f.pop * 2;
					else w *= 1.2 - f.pop;
					if (usedToday.has(f.title) && usedToday.get(f.title) === screen) w *= 0.5;
					return [f, w];
				})
			);
			usedToday.set(film.title, screen);
			const weeksIn = Math.floor((t - film.release) / (7 * 86400000));
			const capacity = screen === 'Main' ? 160 : y >= 2024 ? 48 : 64;
			const is3d = screen === 'Main' && film.has3d && !film.second && rand() < 0.4;
			let fill = film.pop * Math.pow(0.84, weeksIn);
			fill *= { 0: 0.95, 3: 0.8, 4: 0.75, 5: 1.15, 6: 1.3 }[dow];
			if (matinee) fill *= family(film) ? (hol ? 1.5 : 1.15) : 0.6;
			if (screen === 'Studio') fill *= 1.35;
			if (m === 12 || m === 1) fill *= 1.1;
			if (m >= 6 && m <= 8 && !matinee) fill *= 0.9;
			if (is3d) fill *= 0.85;
			fill *= Math.exp(normal(0, 0.3));
			const sold = Math.round(capacity * clamp(fill, 0, 1));
			// prices: a standard adult seat; matinees £2 less, Wednesdays a flat cheap price, 3D £2 more
			const evening = { 2022: 8.5, 2023: 9.25, 2024: 9.75 }[y];
			let price = dow === 3 ? (y === 2022 ? 6 : 6.5) : matinee ? evening - 2 : evening;
			if (is3d) price += 2;
			// children, students and seniors pay less: takings below seats x standard price
			const mix = matinee && family(film) ? 0.72 + rand() * 0.1 : 0.84 + rand() * 0.1;
			const boxOffice = sold * price * mix;
			const perHead = (matinee && family(film) ? 4.6 : 3.3) * (1 + (y - 2022) * 0.08);
			const snacks = sold === 0 ? 0 : sold * perHead * Math.exp(normal(0, 0.18));
			shows.push({
				t,
				time,
				screen,
				film,
				capacity,
				sold,
				price,
				boxOffice,
				// the till's takings could not be matched to a screening on some nights
				snacks: rand() < 0.04 ? null : snacks,
				is3d,
				// the genre came from the distributor's feed and was sometimes blank
				genre: rand() < 0.03 ? null : film.genre
			});
		}
	}
	shows.sort((a, b) => a.t - b.t || a.time.localeCompare(b.time) || a.screen.localeCompare(b.screen));
	writeCsv(
		OUT,
		'cinema_screenings.csv',
		['screening_id', 'Film', 'Genre', 'cert', 'Screen', 'Show Date', 'start_time', 'ticketsSold', 'capacity', 'Ticket Price (£)', 'Box Office (£)', 'concessions_rev', '3D', 'Sold Out'],
		shows.map((s, i) => [
			30001 + i,
			s.film.title,
			s.genre,
			s.film.cert,
			s.screen,
			isoDate(s.t),
			s.time,
			s.sold,
			s.capacity,
			s.price.toFixed(2),
			round2(s.boxOffice).toFixed(2),
			s.snacks === null ? null : round2(s.snacks).toFixed(2),
			s.is3d ? 'Yes' : 'No',
			s.sold >= s.capacity ? 'Yes' : 'No'
		])
	);
}

// ------------------------------------------------------------------ brewery batch log (2022-2024)
{
	// Hopwell Brewing Co.: a microbrewery's batch log, one row per batch brewed on its 10-hectolitre
	// plant, 2022-2024, as exported on 2025-01-06. Beers are packaged once fermented (lagers after
	// five to seven weeks); dumped batches were never packaged.
	// [beer, style, target ABV, final gravity, [[format, weight]], weight, months brewed (null: all
	// year), first brewed, days in the fermenter, batch litres]
	const beers = [
		['Wheelwright', 'Best Bitter', 4.2, 1.011, [['Cask', 9], ['Keg', 1]], 4, null, null, [9, 13], 1000],
		['Pale Horse', 'Pale Ale', 3.8, 1.01, [['Cask', 7], ['Keg', 3]], 4, null, null, [9, 13], 1000],
		['Longshadow', 'IPA', 6.2, 1.012, [['Keg', 5], ['Can', 5]], 3, null, null, [12, 17], 1000],
		['Night Shift', 'Stout', 5.0, 1.015, [['Cask', 5], ['Keg', 5]], 2, null, null, [12, 18], 1000],
		['Lighthouse', 'Lager', 4.6, 1.009, [['Keg', 6], ['Can', 4]], 3, null, day(2022, 6, 1), [35, 49], 1000],
		['Hazy Days', 'Hazy IPA', 5.8, 1.014, [['Can', 1]], 2.5, null, day(2023, 3, 1), [12, 16], 1000],
		['Summer Daze', 'Golden Ale', 4.0, 1.009, [['Cask', 6], ['Can', 4]], 4, [4, 5, 6, 7], null, [9, 12], 1000],
		['Mild May', 'Mild', 3.5, 1.012, [['Cask', 1]], 3, [4, 5], null, [8, 11], 1000],
		['Raspberry Sour', 'Sour', 4.5, 1.007, [['Can', 1]], 2, [5, 6, 7, 8], day(2023, 1, 1), [18, 30], 500],
		['Pumpkin Porter', 'Porter', 5.2, 1.014, [['Cask', 5], ['Keg', 5]], 3, [9, 10], null, [12, 18], 1000],
		['Winter Warmer', 'Old Ale', 6.5, 1.016, [['Cask', 6], ['Keg', 4]], 3, [10, 11, 12], null, [21, 35], 1000],
		['Double Trouble', 'Double IPA', 8.0, 1.014, [['Can', 1]], 0.5, null, null, [14, 20], 500]
	].map(([name, style, abv, fg, formats, weight, months, from, days, litres]) => ({ name, style, abv, fg, formats, weight, months, from, days, litres }));
	// brewer → [from, until]
	const brewers = [
		['Sam', day(2022, 1, 1), day(2024, 12, 31), 1.2],
		['Kirsty', day(2022, 1, 1), day(2024, 12, 31), 1],
		['Ollie', day(2022, 1, 1), day(2023, 6, 30), 0.9],
		['Dev', day(2023, 5, 15), day(2024, 12, 31), 0.9]
	];
	const exported = day(2025, 1, 6);
	const batches = [];
	for (let t = day(2022, 1, 4); t <= day(2024, 12, 20); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		if (dow === 0 || dow === 6) continue;
		const y = t.getUTCFullYear();
		const m = t.getUTCMonth() + 1;
		const fvs = t >= day(2023, 9, 1) ? ['FV1', 'FV2', 'FV3', 'FV4', 'FV5', 'FV6'] : ['FV1', 'FV2', 'FV3', 'FV4'];
		// the brewery grows: more brew days each year, busiest before summer and Christmas
		const p = (y === 2022 ? 0.58 : y === 2023 ? 0.66 : 0.72) * (m === 1 ? 0.6 : m === 11 || m === 5 || m === 6 ? 1.2 : 1);
		if (rand() > p) continue;
		const n = rand() < (t >= day(2023, 9, 1) ? 0.18 : 0.08) ? 2 : 1;
		for (let k = 0; k < n; k++) {
			const beer = weighted(beers.map((b) => [b, (b.months && !b.months.includes(m)) || (b.from && t < b.from) ? 0 : b.weight * (b.name === 'Night Shift' && (m <= 3 || m >= 10) ? 1.8 : 1)]));
			const brewer = weighted(brewers.filter(([, a, b]) => t >= a && t <= b).map((b) => [b[0], b[3]]));
			const abv = round1(beer.abv + normal(0, beer.style === 'Sour' ? 0.3 : 0.12));
			const fg = beer.fg + normal(0, 0.0012);
			const og = Math.round((fg + abv / 131.25) * 1000) / 1000;
			const litres = Math.round(clamp(normal(beer.litres, beer.litres * 0.025), beer.litres * 0.9, beer.litres * 1.06));
			const sour = beer.style === 'Sour';
			const dumped = rand() < (sour ? 0.12 : y === 2022 && m >= 6 && m <= 8 ? 0.06 : 0.025);
			let packaged = addDays(t, int(beer.days[0], beer.days[1]));
			while (packaged.getUTCDay() === 0 || packaged.getUTCDay() === 6) packaged = addDays(packaged, 1);
			const isPackaged = !dumped && packaged <= exported;
			let note = weighted([
				[null, 30],
				['dry hopped twice', beer.style.includes('IPA') ? 5 : 0],
				['new hop trial: Nectaron', beer.style.includes('IPA') || beer.style === 'Pale Ale' ? 0.8 : 0],
				['low mash efficiency, topped up with extract', 0.8],
				['boil over!', 0.5],
				['collab with The Crown Inn', beer.name === 'Wheelwright' || beer.name === 'Night Shift' ? 1 : 0],
				['extended diacetyl rest', beer.style === 'Lager' ? 3 : 0],
				['fruit added in secondary', sour ? 6 : 0],
				['pump failed during transfer', 0.4],
				['stuck fermentation, repitched yeast', 0.6],
				['short batch, grain delivery late', 0.5]
			]);
			if (dumped) note = sour ? weighted([['infected (lacto gone wild), dumped', 3], ['off flavour, dumped', 1]]) : weighted([['infected, dumped', 3], ['stuck fermentation, dumped', 1.5], ['diacetyl, dumped', 1], ['off flavour, dumped', 1.5]]);
			const short = note === 'short batch, grain delivery late';
			batches.push({
				t,
				beer,
				abv,
				og,
				litres: short ? Math.round(litres * 0.6) : litres,
				fv: pick(fvs),
				format: isPackaged ? weighted(beer.formats) : null,
				brewer,
				packaged: isPackaged ? packaged : null,
				dumped,
				note
			});
		}
	}
	writeCsv(
		OUT,
		'brewery_batches.csv',
		['Batch No', 'brew_date', 'Beer', 'style', 'Volume (L)', 'ABV %', 'OG', 'FV', 'packagedAs', 'Brewer', 'Packaged Date', 'Dumped', 'notes'],
		batches.map((b, i) => [
			1201 + i,
			isoDate(b.t),
			b.beer.name,
			b.beer.style,
			b.litres,
			b.abv.toFixed(1),
			b.og.toFixed(3),
			b.fv,
			b.format,
			b.brewer,
			b.packaged ? isoDate(b.packaged) : null,
			b.dumped ? 'Yes' : 'No',
			b.note
		])
	);
}

// ------------------------------------------------------------------ emergency department attendances (2022-2024)
{
	// Westbury General Hospital's emergency department (A&E): a one-in-forty random sample of its
	// attendances, 2022-2024, drawn for a clinical audit. One row per attendance: when the patient
	// arrived, how (ambulance, walked in, brought by the police), the triage category (1 immediate
	// … 5 non-urgent), the presenting complaint, minutes until first seen by a clinician and in the
	// department in all, whether they had imaging, whether admitted and where they went.
	// complaint → [weight by age band (0-15, 16-64, 65+), triage weights (cat 1-5), imaging chance]
	const complaints = {
		'Chest pain': [[0.2, 6, 9], [1, 10, 6, 1, 0.2], 0.6],
		'Shortness of breath': [[4, 4, 9], [1.5, 6, 6, 1.5, 0.2], 0.55],
		'Abdominal pain': [[5, 9, 6], [0.3, 2, 7, 4, 0.5], 0.35],
		Fall: [[2, 2, 14], [0.2, 1.5, 6, 4, 0.5], 0.7],
		'Head injury': [[6, 3, 4], [0.3, 1, 5, 5, 1], 0.5],
		'Limb injury': [[10, 9, 3], [0, 0.3, 3, 8, 2], 0.75],
		Laceration: [[4, 5, 2], [0, 0.2, 1.5, 8, 3], 0.1],
		Fever: [[10, 2, 2], [0.2, 1.5, 5, 5, 1.5], 0.15],
		'Back pain': [[0.2, 5, 2], [0, 0.3, 3, 7, 3], 0.3],
		Headache: [[1, 4, 1.5], [0.1, 1.5, 4, 5, 1.5], 0.2],
		Collapse: [[0.5, 2, 5], [1.5, 5, 5, 1, 0], 0.5],
		'Mental health': [[1, 6, 1], [0.1, 2, 6, 3, 0.5], 0.02],
		Overdose: [[0.8, 3, 0.4], [0.8, 5, 4, 1, 0], 0.05],
		'Allergic reaction': [[2, 2, 0.5], [1, 3, 4, 4, 1], 0.02],
		'Stroke symptoms': [[0, 0.6, 3.5], [2, 8, 2, 0, 0], 0.95],
		Burns: [[1.5, 1.2, 0.3], [0.1, 0.8, 3, 6, 2], 0.05],
		'Eye problem': [[1, 2.5, 1], [0, 0.2, 2, 6, 4], 0.05],
		Vomiting: [[6, 2, 1.5], [0.1, 1, 6, 5, 1], 0.1]
	};
	const hourWeights = [2, 1.5, 1.2, 1, 0.9, 0.9, 1.2, 2, 3.5, 4.5, 5, 5, 5, 4.8, 4.6, 4.5, 4.5, 4.6, 4.6, 4.4, 4, 3.5, 3, 2.5];
	const rows = [];
	let serial = 0;
	for (let t = day(2022, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const dow = t.getUTCDay();
		// the department numbers its attendances afresh each year
		if (m === 1 && t.getUTCDate() === 1) serial = 0;
		const winter = m === 12 || m <= 2;
		const n = poisson(1.75 * (winter ? 1.12 : m >= 6 && m <= 8 ? 1.05 : 1) * (dow === 1 ? 1.15 : 1) * (1 + (y - 2022) * 0.03));
		const today = [];
		for (let k = 0; k < n; k++) {
			const hour = weighted(hourWeights.map((w, h) => [h, w]));
			today.push(atTime(t, hour, int(0, 59), int(0, 59)));
		}
		today.sort((a, b) => a - b);
		for (const at of today) {
			serial += int(28, 52);
			const age = weighted([[int(0, 4), 8], [int(5, 15), 10], [int(16, 29), 18], [int(30, 49), 20], [int(50, 64), 15], [int(65, 79), 15], [int(80, 101), 14]]);
			const band = age < 16 ? 0 : age < 65 ? 1 : 2;
			const complaint = weighted(Object.entries(complaints).map(([c, v]) => [c, v[0][band] * (c === 'Shortness of breath' && winter ? 1.6 : 1)]));
			const [, triageW, imagingP] = complaints[complaint];
			let cat = weighted(triageW.map((w, i) => [i + 1, w]));
			if (age >= 80 && cat > 2 && rand() < 0.2) cat -= 1;
			const police = (complaint === 'Mental health' || complaint === 'Overdose') && rand() < 0.15;
			const ambulanceP = Math.min(0.95, [0.85, 0.55, 0.25, 0.08, 0.03][cat - 1] * (age >= 80 ? 1.8 : age >= 65 ? 1.4 : age < 16 ? 0.6 : 1));
			const mode = police ? 'Police' : rand() < ambulanceP ? 'Ambulance' : 'Walk-in';
			// the department is busiest in winter and in the evenings; 2022 was the worst year
			const crowd = (winter ? 1.35 : 1) * (y === 2022 ? 1.15 : y === 2024 ? 0.95 : 1) * (at.getUTCHours() >= 17 ? 1.15 : 1);
			const lwbs = (cat >= 4 ? 0.05 : cat === 3 ? 0.012 : 0) * crowd;
			let seen = null;
			let dept;
			let admitted = false;
			let imaging = false;
			let dest;
			if (rand() < lwbs) {
				// left before being seen
				dept = Math.round(clamp(lognormal(110, 0.5), 25, 400));
				dest = 'Left before seen';
			} else {
				seen = cat === 1 ? int(0, 3) : Math.round(clamp(lognormal([0, 12, 50, 80, 90][cat - 1] * crowd, 0.55), 1, 600));
				imaging = rand() < imagingP;
				let admitP = [0.8, 0.5, 0.28, 0.06, 0.02][cat - 1] * (age >= 80 ? 1.8 : age >= 65 ? 1.5 : age < 16 ? 0.6 : 1);
				if (complaint === 'Stroke symptoms') admitP = 0.9;
				if (complaint === 'Laceration' || complaint === 'Eye problem') admitP *= 0.2;
				admitted = rand() < Math.min(0.95, admitP);
				dept = seen + lognormal([150, 150, 110, 60, 40][cat - 1], 0.45) + (imaging ? lognormal(45, 0.4) : 0);
				if (admitted) {
					// waiting for a bed
					dept += lognormal(winter ? 330 : 220, 0.6) * (y === 2022 ? 1.15 : 1);
					dest = cat === 1 ? weighted([['ICU', 35], ['Theatre', 10], ['Ward', 55]]) : weighted([['Ward', 88], ['Theatre', complaint === 'Abdominal pain' || complaint === 'Limb injury' ? 20 : 5], ['ICU', 3]]);
				} else {
					const fracture = imaging && (complaint === 'Limb injury' || complaint === 'Fall');
					dest = weighted([
						['Home', 65],
						['GP follow-up', 15],
						['Fracture clinic', fracture ? 45 : 0],
						['Outpatient clinic', 6],
						['Transferred', 1.5],
						['Self-discharged', 2],
						['Died', cat === 1 ? 5 : 0]
					]);
					// not written down on some discharges
					if (rand() < 0.02) dest = null;
				}
				dept = Math.round(Math.min(dept, 2880));
			}
			rows.push({
				id: `ED${String(at.getUTCFullYear()).slice(2)}-${pad(serial % 100000, 5)}`,
				at,
				age,
				sex: rand() < 0.006 ? null : rand() < (band === 2 ? 0.56 : 0.5) ? 'F' : 'M',
				mode,
				cat,
				complaint: rand() < 0.012 ? null : complaint,
				seen,
				dept,
				imaging,
				admitted,
				dest
			});
		}
	}
	writeCsv(
		OUT,
		'ed_attendances.csv',
		['attendance_id', 'Arrival Time', 'Age (yrs)', 'Sex', 'arrivalMode', 'Triage Cat', 'Complaint', 'mins_to_seen', 'dept_mins', 'Imaging', 'Admitted', 'Discharge Destination'],
		rows.map((r) => [r.id, isoStamp(r.at), r.age, r.sex, r.mode, r.cat, r.complaint, r.seen, r.dept, r.imaging ? 'Yes' : 'No', r.admitted ? 'Yes' : 'No', r.dest])
	);
}
