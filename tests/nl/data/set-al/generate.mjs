// Deterministic generator for the set AL evaluation tables (a dog day-care's attendance book, a
// weekend market stall's sales sheet, a branch library's events diary). No dependencies. Run from
// the repo root: node tests/nl/data/set-al/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, BANK_HOLIDAYS, clamp, day, isoDate, pad, randomTools, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20270114);

/** England's bank holidays of 2023 and 2024. */
const christmasShut = (s) => s.slice(5) >= '12-24' || s.slice(5) <= '01-01';
const hhmm = (minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

// ------------------------------------------------------------------ dog day-care (2023-2024)
{
	// Muddy Paws Dog Day Care, run from a house with a big garden outside a market town: the
	// attendance book for 2023 and 2024, one row per dog per day it came. Open Monday to Friday;
	// shut on bank holidays, from Christmas Eve to New Year's Day and for the owner's summer week
	// off (14-18 August 2023, 19-23 August 2024). Regulars come on set weekdays (Tuesday to
	// Thursday the busiest, as owners work from home on Mondays and Fridays), fewer in August and
	// at Christmas when owners are off. A full day or a half day (a morning, dropped off by 09:30
	// and collected at 13:00, or an afternoon, dropped off around 13:00). Prices went up from 1
	// April 2024 (full day £26 to £29, half day £16 to £18, a large dog £2 more); collecting after
	// 18:00 (13:00 for a morning) costs a late fee (£10, £15 from 1 April 2024), empty when not
	// late. Walked is No on the days too wet to go out; incidents are written in when there was one.
	// [Dog No, dog, owner, breed (null: a rescue of unknown breed), size, days a week, half-day share, from, until]
	const dogs = [
		['001', 'Biscuit', 'Claire Fletcher', 'Cockapoo', 'Medium', 2, 0.05, null, null],
		['002', 'Luna', 'Tariq Hussain', 'Border Collie', 'Medium', 1, 0.1, null, '2024-06-28'],
		['003', 'Alfie', "Siobhan O'Connor", 'Labrador', 'Large', 2, 0.0, null, null],
		['004', 'Bella', "Siobhan O'Connor", 'Cavapoo', 'Small', 2, 0.0, null, null],
		['005', 'Milo', 'Mark Holmes', 'French Bulldog', 'Small', 1, 0.45, null, null],
		['006', 'Teddy', 'Rachel Barker', 'Cockapoo', 'Medium', 1, 0.2, null, '2023-09-29'],
		['007', 'Poppy', 'Margaret Lloyd', 'Jack Russell', 'Small', 1, 0.7, null, null],
		['008', 'Bailey', 'Simon Pearce', 'Golden Retriever', 'Large', 1, 0.1, null, null],
		['009', 'Murphy', "Gareth D'Arcy", 'Springer Spaniel', 'Medium', 2, 0.15, null, '2024-03-28'],
		['010', 'Max', 'Priya Patel', 'German Shepherd', 'Large', 1, 0.05, null, null],
		['011', 'Coco', 'Laura Webb', 'Dachshund', 'Small', 1, 0.3, null, null],
		['012', 'Winnie', 'Laura Webb', 'Cockapoo', 'Medium', 1, 0.3, null, null],
		['013', 'Nala', 'Kwame Mensah', 'Staffordshire Bull Terrier', 'Medium', 1, 0.1, null, null],
		['014', 'Archie', 'Helen Tucker', 'Labradoodle', 'Large', 1, 0.25, null, '2023-12-22'],
		['015', 'Rosie', 'Andrew Quinn', 'Beagle', 'Medium', 1, 0.4, null, null],
		['016', 'Buster', 'Derek Sutton', null, 'Medium', 1, 0.2, null, null],
		['017', 'Hector', 'Fatima Ali', 'Whippet', 'Medium', 1, 0.3, '2023-02-06', null],
		['018', 'Pip', 'Julie Marshall', 'Border Terrier', 'Small', 1, 0.5, '2023-03-13', '2024-07-26'],
		['019', 'Otis', 'Emma Chapman', 'Cockapoo', 'Medium', 1, 0.1, '2023-04-17', null],
		['020', 'Reggie', 'Paul Gibson', 'Labrador', 'Large', 1, 0.15, '2023-05-22', null],
		['021', 'Willow', 'Bethan Vaughan', 'Cocker Spaniel', 'Medium', 1, 0.2, '2023-06-05', null],
		['022', 'Ziggy', 'Marek Nowak', 'Miniature Schnauzer', 'Small', 1, 0.35, '2023-09-04', null],
		['023', 'Bramble', 'Nicola Lamb', null, 'Large', 1, 0.1, '2023-10-02', null],
		['024', 'Pickle', 'Rhys Pritchard', 'Jack Russell', 'Small', 1, 0.5, '2024-01-08', null],
		['025', 'Fudge', 'Sophie Cooper', 'Cavapoo', 'Small', 1, 0.15, '2024-02-05', null],
		['026', 'Monty', 'James Ward', 'Bernese Mountain Dog', 'Large', 1, 0.0, '2024-03-04', null],
		['027', 'Dexter', 'Callum Evans', 'Border Collie', 'Medium', 1, 0.1, '2024-04-15', null],
		['028', 'Tilly', "Karen O'Brien", 'Cockapoo', 'Medium', 1, 0.25, '2024-05-07', null],
		['029', 'Bruno', 'Colin Mason', 'Boxer', 'Large', 1, 0.1, '2024-07-01', null],
		['030', 'Mabel', 'Hilary Palmer', 'Dachshund', 'Small', 1, 0.6, '2024-09-02', null],
		['031', 'Scout', 'Oliver Rose', 'Labrador', 'Large', 2, 0.0, '2024-09-09', null],
		['032', 'Juno', 'Oliver Rose', 'Springer Spaniel', 'Medium', 2, 0.0, '2024-09-09', null]
	].map(([no, name, owner, breed, size, perWeek, half, from, until]) => ({ no, name, owner, breed, size, perWeek, half, from: from ? new Date(from) : null, until: until ? new Date(until) : null }));
	// regular weekdays (1 Monday to 5 Friday), Tuesday to Thursday the likeliest; dogs of one owner come together
	const weekdayWeights = [[1, 14], [2, 26], [3, 26], [4, 24], [5, 10]];
	const byOwner = new Map();
	for (const d of dogs) {
		if (byOwner.has(d.owner)) {
			d.days = byOwner.get(d.owner).days;
			continue;
		}
		const days = new Set();
		while (days.size < d.perWeek) days.add(weighted(weekdayWeights));
		d.days = days;
		d.arrive = int(465, 540); // habitual full-day drop-off, minutes after midnight
		d.lateProne = rand() < 0.25 ? 0.08 : 0.018;
		byOwner.set(d.owner, d);
	}
	for (const d of dogs) {
		const lead = byOwner.get(d.owner);
		d.arrive = lead.arrive;
		d.lateProne = lead.lateProne;
	}
	const incidentProne = { Nala: 6, Pickle: 4, Bruno: 3, Max: 2, Bramble: 2 };
	const attendBy = [0.86, 0.89, 0.88, 0.85, 0.86, 0.84, 0.76, 0.6, 0.87, 0.88, 0.86, 0.72];
	const wetBy = [0.22, 0.18, 0.14, 0.1, 0.08, 0.06, 0.07, 0.08, 0.09, 0.14, 0.2, 0.22];
	const closed = (s) => BANK_HOLIDAYS.has(s) || christmasShut(s) || (s >= '2023-08-14' && s <= '2023-08-18') || (s >= '2024-08-19' && s <= '2024-08-23');
	const rows = [];
	for (let t = day(2023, 1, 3); t <= day(2024, 12, 20); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const s = isoDate(t);
		if (dow === 0 || dow === 6 || closed(s)) continue;
		const m = t.getUTCMonth();
		const wet = rand() < wetBy[m];
		const rise = t >= day(2024, 4, 1);
		const sessionOf = new Map();
		const lateOf = new Map();
		for (const d of dogs) {
			if ((d.from && t < d.from) || (d.until && t > d.until)) continue;
			const lead = byOwner.get(d.owner);
			let comes;
			if (lead !== d) comes = sessionOf.has(lead.no);
			else comes = d.days.has(dow) ? rand() < attendBy[m] : rand() < 0.025;
			if (!comes) continue;
			const half = lead !== d ? sessionOf.get(lead.no) !== 'full' : rand() < d.half;
			const part = lead !== d ? sessionOf.get(lead.no) : half ? (rand() < 0.6 ? 'am' : 'pm') : 'full';
			sessionOf.set(d.no, part);
			let arrive;
			if (part === 'pm') arrive = int(750, 800);
			else arrive = clamp(Math.round(normal(d.arrive + (part === 'am' ? 10 : 0), 12)), 450, part === 'am' ? 570 : 585);
			const price = (part === 'full' ? (rise ? 29 : 26) : rise ? 18 : 16) + (d.size === 'Large' ? 2 : 0);
			// dogs of one owner are collected together
			const late = lead !== d ? lateOf.get(lead.no) : rand() < d.lateProne * (dow === 5 ? 1.8 : 1) * (part === 'am' ? 0.5 : 1);
			lateOf.set(d.no, late);
			const incident =
				rand() < 0.022 * (incidentProne[d.name] ?? 1)
					? d.name === 'Pickle' && rand() < 0.5
						? 'Ate a sock'
						: weighted([['Scuffle', d.name === 'Nala' || d.name === 'Bruno' ? 60 : 22], ['Upset tummy', 18], ['Rolled in fox poo', 14], ['Cut paw', 10], ['Limping', 7], ['Ate a sock', 4], ['Got out of the garden', 3]])
					: null;
			const walked = !wet && incident !== 'Limping' && incident !== 'Cut paw' && rand() < (part === 'full' ? 0.95 : 0.55);
			rows.push({ t, d, part, arrive, price, late, fee: late ? (rise ? 15 : 10) : null, walked, incident });
		}
	}
	writeCsv(
		OUT,
		'dog_daycare.csv',
		['Visit Date', 'Dog No', 'Dog', 'Owner', 'breed', 'Size', 'sessionType', 'Drop-off', 'Price (£)', 'Late Pickup', 'late_fee', 'Walked', 'Incident'],
		rows.map((r) => [isoDate(r.t), r.d.no, r.d.name, r.d.owner, r.d.breed, r.d.size, r.part === 'full' ? 'Full Day' : 'Half Day', `${isoDate(r.t)} ${hhmm(r.arrive)}:00`, r.price.toFixed(2), r.late ? 'Yes' : 'No', r.fee === null ? null : r.fee.toFixed(2), r.walked ? 'Yes' : 'No', r.incident])
	);
}

// ------------------------------------------------------------------ market stall sales (2023-2024)
{
	// The Bramble Pantry, a couple selling their own preserves, honey and beeswax candles at
	// weekend markets in south Shropshire: the sales sheet for 2023 and 2024, one row per sale (one
	// item, one or more of it). Saturdays: Shrewsbury on the first and third, Ludlow on the second,
	// Much Wenlock on the fourth; Sundays: Church Stretton on the first, Bishop's Castle on the
	// last. No Sunday markets in January and February; in December an extra Ludlow Christmas Fair
	// on the first two Sundays. Stall fees per day, the same on each of the day's rows (Shrewsbury
	// £35, £40 from April 2024; the Christmas Fair £60). Prices of jams, marmalade, chutneys, honey
	// and gift boxes went up on 1 March 2024; candles kept their price. Honey sells best in summer,
	// chutney in the autumn, marmalade from January to March, candles and gift boxes at Christmas.
	// Card payments grew from about a third to nearly two thirds. The weather was written down most
	// days; empty on the days it was not.
	const items = [
		// [code, category, item, price 2023, price from March 2024, weight by season (winter, spring, summer, autumn, December)]
		['001', 'Jam', 'Strawberry Jam', 4.0, 4.5, [6, 9, 12, 7, 6]],
		['002', 'Jam', 'Raspberry Jam', 4.0, 4.5, [5, 7, 9, 6, 5]],
		['003', 'Jam', 'Blackcurrant Jam', 4.0, 4.5, [3, 4, 5, 5, 3]],
		['004', 'Jam', 'Damson Jam', 4.25, 4.75, [4, 3, 3, 6, 5]],
		['005', 'Jam', 'Seville Orange Marmalade', 4.0, 4.5, [12, 6, 2, 3, 4]],
		['011', 'Chutney', 'Caramelised Onion Chutney', 4.5, 5.0, [5, 5, 5, 8, 9]],
		['012', 'Chutney', 'Spiced Plum Chutney', 4.5, 5.0, [3, 2, 2, 7, 7]],
		['013', 'Chutney', 'Apple & Ale Chutney', 4.5, 5.0, [3, 3, 3, 6, 5]],
		['014', 'Chutney', 'Tomato & Chilli Chutney', 4.5, 5.0, [2, 3, 5, 5, 3]],
		['015', 'Chutney', "Nana's Piccalilli", 4.75, 5.25, [2, 2, 3, 3, 4]],
		['021', 'Honey', 'Wildflower Honey', 7.5, 8.5, [5, 7, 11, 7, 6]],
		['022', 'Honey', 'Heather Honey', 9.0, 10.0, [2, 1, 1, 5, 4]],
		['023', 'Honey', 'Set Honey', 7.5, 8.5, [4, 4, 4, 4, 4]],
		['024', 'Honey', 'Honeycomb', 12.0, 13.0, [1, 2, 4, 2, 2]],
		['031', 'Candles', 'Beeswax Pillar Candle', 8.0, 8.0, [3, 2, 1, 3, 7]],
		['032', 'Candles', 'Lavender Tin Candle', 6.0, 6.0, [2, 3, 3, 3, 6]],
		['033', 'Candles', 'Beeswax Tealights (6)', 5.0, 5.0, [3, 2, 1, 3, 6]],
		['034', 'Candles', 'Christmas Spice Candle', 9.0, 9.0, [0, 0, 0, 0.5, 8]],
		['041', 'Gift Box', 'Jam Trio Gift Box', 12.0, 13.5, [1, 1, 1, 1, 6]],
		['042', 'Gift Box', 'Christmas Hamper', 25.0, 28.0, [0, 0, 0, 0.3, 4]]
	];
	const seasonOf = (m) => (m === 12 ? 4 : m <= 2 ? 0 : m <= 5 ? 1 : m <= 8 ? 2 : m <= 10 ? 3 : 3);
	const towns = { Shrewsbury: 14, Ludlow: 16, 'Much Wenlock': 11, 'Church Stretton': 10, "Bishop's Castle": 8, 'Ludlow Christmas Fair': 30 };
	const busy = [0.55, 0.6, 0.8, 0.95, 1.05, 1.15, 1.25, 1.25, 1.0, 0.95, 1.2, 1.7];
	const weatherBy = (m) =>
		m === 12 || m <= 2
			? [['Sunny', 12], ['Cloudy', 40], ['Showers', 20], ['Rain', 26]]
			: m >= 6 && m <= 8
				? [['Sunny', 50], ['Cloudy', 30], ['Showers', 14], ['Rain', 6]]
				: [['Sunny', 26], ['Cloudy', 36], ['Showers', 22], ['Rain', 16]];
	const weatherEffect = { Sunny: 1.15, Cloudy: 1, Showers: 0.85, Rain: 0.6, Snow: 0.5 };
	const rows = [];
	for (let t = day(2023, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		if (dow !== 0 && dow !== 6) continue;
		const m = t.getUTCMonth() + 1;
		const d = t.getUTCDate();
		const nth = Math.ceil(d / 7);
		const lastOfMonth = addDays(t, 7).getUTCMonth() + 1 !== m;
		let town = null;
		if (dow === 6) town = nth === 1 || nth === 3 ? 'Shrewsbury' : nth === 2 ? 'Ludlow' : nth === 4 ? 'Much Wenlock' : null;
		else if (m >= 3) {
			if (m === 12 && nth <= 2) town = 'Ludlow Christmas Fair';
			else if (nth === 1) town = 'Church Stretton';
			else if (lastOfMonth) town = "Bishop's Castle";
		}
		if (!town) continue;
		if (christmasShut(isoDate(t))) continue;
		// two Saturdays missed for family reasons
		if (['2023-06-17', '2024-09-07'].includes(isoDate(t))) continue;
		// two market days in the snow
		const weather = { '2023-12-02': 'Snow', '2024-11-23': 'Snow' }[isoDate(t)] ?? weighted(weatherBy(m));
		const noted = rand() > 0.05 || weather === 'Snow';
		const fee = town === 'Shrewsbury' ? (t >= day(2024, 4, 1) ? 40 : 35) : { Ludlow: 30, 'Much Wenlock': 20, 'Church Stretton': 22, "Bishop's Castle": 15, 'Ludlow Christmas Fair': 60 }[town];
		const rise = t >= day(2024, 3, 1);
		const growth = t.getUTCFullYear() === 2024 ? 1.08 : 1;
		const n = Math.max(2, poisson(towns[town] * busy[m - 1] * weatherEffect[weather] * growth));
		const cardShare = 0.32 + 0.32 * ((t - day(2023, 1, 1)) / (day(2024, 12, 31) - day(2023, 1, 1)));
		const pool = items.map((it) => [it, it[5][seasonOf(m)]]).filter(([, w]) => w > 0);
		for (let k = 0; k < n; k++) {
			const it = weighted(pool);
			const qty = weighted([[1, 62], [2, 24], [3, 9], [4, 3], [6, 2]]);
			const price = rise ? it[4] : it[3];
			const total = Math.round(qty * price * 100) / 100;
			const card = rand() < cardShare + (total >= 20 ? 0.2 : 0);
			rows.push({ t, town, it, qty, price, total, pay: card ? 'Card' : 'Cash', weather: noted ? weather : null, fee });
		}
	}
	writeCsv(
		OUT,
		'market_stall_sales.csv',
		['sale_no', 'Market Date', 'Town', 'Category', 'Item Code', 'Item', 'Qty', 'Unit Price (£)', 'Line Total (£)', 'payment', 'Weather', 'stallFee'],
		rows.map((r, i) => [i + 1, isoDate(r.t), r.town, r.it[1], r.it[0], r.it[2], r.qty, r.price.toFixed(2), r.total.toFixed(2), r.pay, r.weather, r.fee.toFixed(2)])
	);
}

// ------------------------------------------------------------------ library events (2023-2024)
{
	// Harewood Road Library, a branch library: its events diary for 2023 and 2024, one row per
	// event put on (open Monday to Saturday; shut on bank holidays and from Christmas Eve to 2
	// January). Storytime for babies (Tuesday 10:00) and for under-fives (Monday, Wednesday,
	// Thursday and Friday 10:30, Saturday 11:00), drop-in with no tickets; Craft Club for children
	// on Saturday afternoons and on Tuesday and Thursday afternoons in the school holidays (paid in
	// the holidays), and a Monday afternoon craft group for adults; Coding Club in term time,
	// Tuesday 16:00 for children and, from September 2023, Thursday 16:00 for teenagers; a monthly
	// family film (Saturday), a monthly afternoon film for adults (Wednesday, paid) and a children's
	// film every Wednesday of the summer holidays; author talks, mostly Thursday evenings for adults
	// (paid) and a few children's authors on Saturdays. Ticket prices went up on 1 April 2024
	// (author talks £4 to £5, the adults' film £2 to £2.50, holiday crafts £2 to £3). Cancelled
	// events keep their tickets issued but have no attendance; the reason is written in.
	const rows = [];
	const termBreaks = [
		['2023-02-13', '2023-02-17'], ['2023-04-03', '2023-04-14'], ['2023-05-29', '2023-06-02'], ['2023-07-24', '2023-09-01'], ['2023-10-30', '2023-11-03'], ['2023-12-18', '2024-01-05'],
		['2024-02-12', '2024-02-16'], ['2024-03-29', '2024-04-12'], ['2024-05-27', '2024-05-31'], ['2024-07-22', '2024-08-30'], ['2024-10-28', '2024-11-01'], ['2024-12-20', '2024-12-31']
	];
	const holiday = (s) => termBreaks.some(([a, b]) => s >= a && s <= b);
	const summer = (s) => (s >= '2023-07-24' && s <= '2023-09-01') || (s >= '2024-07-22' && s <= '2024-08-30');
	const films = ['Paddington 2', 'Wonka', 'Encanto', 'The Super Mario Bros. Movie', 'Moana', 'Frozen II', 'Toy Story 4', 'Elemental', 'Wallace & Gromit: The Curse of the Were-Rabbit', 'The Wild Robot', 'Inside Out 2', 'Migration', 'Kung Fu Panda 4', 'Despicable Me 4', 'Luca', 'Sing 2'];
	const adultFilms = ['Brief Encounter', 'The Lady Vanishes', 'Calendar Girls', 'The Dig', 'Mrs Harris Goes to Paris', 'Brassed Off', 'The Railway Children', 'Belfast', 'Living', 'The Duke', 'Ammonite', 'The Remains of the Day', 'Kes', "Hobson's Choice", 'Local Hero', 'Educating Rita', 'Summerland', 'Operation Mincemeat', 'Empire of Light', 'The Banshees of Inisherin', 'Maestro', 'Wicked Little Letters', 'The Unlikely Pilgrimage of Harold Fry', 'One Life'];
	const authors = ['Ruth Calder', 'Martin Ashdown', "Eileen O'Hara", 'Sunil Varma', 'Grace Pennington', 'Tom Whitlock', 'Judith Kerrigan', 'Alan Moorcroft', 'Bea Lindqvist', 'Colin Treadwell', 'Rosa Mendes', 'Hugh Rattray', 'Joanna Sheard', 'Peter Ellwood', 'Anita Desai-Rowe', 'Frances Tolley', 'David Okonjo', 'Mary Gillespie', 'Neil Barraclough', 'Susan Whitby'];
	const kidsAuthors = ['Kit Bramley', 'Polly Dunmore', 'Sam Achebe-Ward', 'Lucy Fenwick', 'Ravi Sandhu', 'Jess Holt'];
	const crafts = ['paper lanterns', 'salt dough', 'bug hotels', 'collage', 'clay pots', 'bookmarks', 'puppets', 'pom-poms', 'bird feeders', 'masks', 'cards', 'painted stones'];
	let filmNo = 0;
	let adultFilmNo = 0;
	let authorNo = 0;
	let kidsAuthorNo = 0;
	const closedDays = { '2023-03-09': 'Snow', '2024-01-17': 'Heating failure', '2024-01-18': 'Heating failure', '2024-06-12': 'Power cut' };
	for (let t = day(2023, 1, 3); t <= day(2024, 12, 21); t = addDays(t, 1)) {
		const s = isoDate(t);
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		if (dow === 0 || BANK_HOLIDAYS.has(s) || christmasShut(s) || s.slice(5) === '01-02') continue;
		const y = t.getUTCFullYear();
		const rise = t >= day(2024, 4, 1);
		const hol = holiday(s);
		const nth = Math.ceil(t.getUTCDate() / 7);
		const ev = [];
		// [type, title, age group, start, capacity, ticketed, price, cost, librarian]
		const coder = t >= day(2024, 9, 1) ? 'Kwame Asante' : 'Tom Baxter';
		if (dow === 2) ev.push(['Storytime', 'Baby Rhyme & Story', 'Babies 0-2', '10:00', 20, false, null, 0, 'Helen Marsh']);
		if ([1, 3, 4, 5].includes(dow)) ev.push(['Storytime', 'Storytime', 'Under 5s', '10:30', 25, false, null, 0, 'Helen Marsh']);
		if (dow === 6) ev.push(['Storytime', 'Saturday Storytime', 'Under 5s', '11:00', 25, false, null, 0, 'Priya Shah']);
		if (dow === 1) ev.push(['Craft Club', 'Knit & Natter', 'Adults', '14:00', 20, false, null, 0, "Niamh O'Donnell"]);
		if (dow === 6) ev.push(['Craft Club', `Saturday Craft Club: ${pick(crafts)}`, 'Children 5-11', '14:00', 16, true, null, int(8, 22), 'Priya Shah']);
		if (hol && (dow === 2 || dow === 4) && m !== 12 && m !== 1) ev.push(['Craft Club', `Holiday Crafts: ${pick(crafts)}`, 'Children 5-11', '14:00', 16, true, t >= day(2023, 7, 1) ? (rise ? 3 : 2) : null, int(15, 35), 'Helen Marsh']);
		if (!hol && dow === 2) ev.push(['Coding Club', 'Code Club (Scratch)', 'Children 5-11', '16:00', 12, true, null, 0, coder]);
		if (!hol && dow === 4 && t >= day(2023, 9, 4)) ev.push(['Coding Club', 'Teen Coders (Python)', 'Teens 11-16', '16:00', 12, true, null, 0, coder]);
		if (dow === 6 && nth === 3 && !(m === 8)) ev.push(['Film', films[filmNo++ % films.length], 'All ages', '10:30', 40, true, null, int(12, 20), "Niamh O'Donnell"]);
		if (dow === 3 && nth === 2 && m !== 8) ev.push(['Film', adultFilms[adultFilmNo++ % adultFilms.length], 'Adults', '14:00', 40, true, rise ? 2.5 : 2, int(8, 15), "Niamh O'Donnell"]);
		if (dow === 3 && summer(s)) ev.push(['Film', films[filmNo++ % films.length], 'Children 5-11', '14:00', 40, true, null, int(12, 20), 'Helen Marsh']);
		if (dow === 4 && nth === 4 && m !== 8 && m !== 12) ev.push(['Author Talk', `An evening with ${authors[authorNo++ % authors.length]}`, 'Adults', '19:00', 60, true, rise ? 5 : 4, int(140, 380), "Niamh O'Donnell"]);
		if (dow === 6 && nth === 2 && [3, 7, 10].includes(m)) ev.push(['Author Talk', `Meet the author: ${kidsAuthors[kidsAuthorNo++ % kidsAuthors.length]}`, 'Children 5-11', '11:30', 40, true, null, int(120, 250), 'Priya Shah']);
		for (const [type, title, age, start, cap, ticketed, price, cost, librarian] of ev) {
			const base = {
				'Babies 0-2': 13,
				'Under 5s': 16,
				Adults: type === 'Author Talk' ? 38 : type === 'Film' ? 24 : 11,
				'Children 5-11': type === 'Film' ? 26 : type === 'Author Talk' ? 30 : type === 'Coding Club' ? 10 : 13,
				'Teens 11-16': 6.5,
				'All ages': 30
			}[age];
			const season = type === 'Storytime' ? [1.1, 1.1, 1.05, 1, 1, 0.95, 0.85, 0.65, 0.95, 1.05, 1.1, 0.9][m - 1] : type === 'Film' || type === 'Craft Club' ? [1.1, 1.05, 1, 1, 0.95, 0.9, 1.05, 1.05, 0.95, 1, 1.05, 1.1][m - 1] : 1;
			const demand = Math.max(0, Math.round(normal(base * season * (y === 2024 ? 1.06 : 1), base * 0.18)));
			const tickets = ticketed ? clamp(demand, 2, cap) : null;
			let reason = closedDays[s] ?? null;
			if (!reason && rand() < (type === 'Author Talk' ? 0.06 : 0.018)) reason = type === 'Author Talk' ? pick(['Author unwell', 'Author unwell', 'Low bookings', 'Train strike']) : tickets !== null && tickets < 5 ? 'Low bookings' : pick(['Staff sickness', 'Staff sickness', 'Room double-booked']);
			if (!reason && ticketed && (tickets < 4 || (tickets < 6 && rand() < 0.4))) reason = 'Low bookings';
			let attended = null;
			if (!reason) {
				if (ticketed) attended = clamp(tickets - poisson(type === 'Author Talk' ? 3 : 1.2) + (rand() < 0.2 ? int(1, 3) : 0), 0, cap);
				else attended = clamp(demand, 2, cap);
			}
			rows.push({ s, start, type, title, age, cap, tickets, attended, reason, librarian: reason === 'Staff sickness' ? librarian : rand() < 0.05 ? pick(['Helen Marsh', 'Priya Shah', "Niamh O'Donnell"].filter((x) => x !== librarian)) : librarian, cost: reason ? 0 : cost, price });
		}
	}
	writeCsv(
		OUT,
		'library_events.csv',
		['Event Date', 'Start Time', 'Event Type', 'Title', 'ageGroup', 'Capacity', 'Tickets Issued', 'Attended', 'Cancelled', 'cancel_reason', 'Run By', 'Cost (£)', 'Free or Paid', 'ticket_price'],
		rows.map((r) => [r.s, r.start, r.type, r.title, r.age, r.cap, r.tickets, r.attended, r.reason ? 'Yes' : 'No', r.reason, r.librarian, r.cost.toFixed(2), r.price === null ? 'Free' : 'Paid', r.price === null ? null : r.price.toFixed(2)])
	);
}
