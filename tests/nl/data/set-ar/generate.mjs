// Deterministic generator for the set AR evaluation tables (a one-person plumbing business's job
// log, a pub's weekly quiz results, a charity shop's donated stock). No dependencies. Run from the
// repo root: node tests/nl/data/set-ar/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, BANK_HOLIDAYS, clamp, day, eachDay, FIRST_NAMES, isoDate, pad, randomTools, round2, SURNAMES, uniqueNamer, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20270519);

const between = (t, from, to) => t >= from && t <= to;
/** Bank holidays of England and Wales in 2022 and 2025 (csv-tools holds 2023 and 2024). */
const MORE_HOLIDAYS = new Set([
	'2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
	'2025-01-01'
]);
const isBankHoliday = (t) => BANK_HOLIDAYS.has(isoDate(t)) || MORE_HOLIDAYS.has(isoDate(t));
/** Rounds to the nearest quarter. */
const quarter = (x) => Math.round(x * 4) / 4;

// ------------------------------------------------------------------ plumber callouts (2022-2024)
{
	// Kershaw Plumbing & Heating, one Gas Safe plumber working around Headingley in north-west
	// Leeds: his job log from January 2022 to December 2024, one row per job, as he exported it on
	// 10 January 2025. A customer rings (dateCalled) and he visits the same day for an emergency,
	// or a few days later; a bathroom fit is booked weeks ahead. Booked work is Monday to Friday;
	// he goes out to emergencies on Saturdays too, but not on Sundays, bank holidays, two weeks in
	// August or over Christmas. Labour is charged by the hour (£50 in
	// 2022, £55 in 2023, £60 in 2024; one hour at least; emergencies at half as much again), a
	// boiler service and a landlord's gas safety certificate at a fixed price; when nobody is in
	// ("no access", 0 hours on site) the call-out fee of £30 is charged. He is not VAT-registered,
	// so the invoice is parts plus labour. Customers pay by bank transfer or card on the day;
	// Date Paid is the day of the last payment, amountPaid what has come in so far (0 while
	// unpaid; a few part-paid). Landlords and a few businesses call again and again.
	const districts = [['LS6', 26], ['LS16', 12], ['LS4', 8], ['LS5', 8], ['LS7', 8], ['LS8', 6], ['LS17', 6], ['LS18', 6], ['LS12', 5], ['LS3', 4], ['LS13', 4], ['LS2', 3], ['LS28', 3], ['LS19', 2], ['BD17', 0.6], ['HG3', 0.3]];
	const businesses = [
		['Headingley Lets Ltd', 'LS6', 34],
		['Hyde Park Property Co', 'LS6', 16],
		["St Chad's Church Hall", 'LS16', 5],
		['The Arc Café Bar', 'LS6', 4],
		['Kirkstall Dental Practice', 'LS5', 4],
		["Mrs O'Reilly", 'LS6', 3]
	];
	const jobTypes = {
		// type: [weight by month (Jan..Dec), emergency chance, hours mean, hours sd, parts lo, parts hi]
		Leak: [[8, 8, 7, 7, 7, 6, 6, 6, 7, 8, 9, 10], 0.35, 1.6, 0.8, 2, 60],
		'Boiler Repair': [[16, 14, 10, 6, 4, 3, 3, 3, 5, 9, 13, 17], 0.3, 2.2, 1, 20, 380],
		'Boiler Service': [[3, 3, 3, 3, 3, 3, 3, 4, 9, 12, 9, 4], 0, 1, 0, 0, 18],
		'Blocked Drain': [[5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 8], 0.3, 1.4, 0.6, 0, 25],
		'Dripping Tap': [[5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 0, 0.9, 0.4, 3, 65],
		Radiator: [[6, 5, 4, 3, 2, 2, 2, 2, 4, 8, 9, 8], 0.05, 1.5, 0.7, 5, 180],
		Toilet: [[5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 0.15, 1.3, 0.6, 4, 120],
		'Burst Pipe': [[7, 6, 2, 0.5, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 6], 0.9, 2, 0.9, 6, 70],
		'Outside Tap': [[0.3, 0.5, 2, 4, 4, 3, 2, 1.5, 1, 0.8, 1.5, 0.8], 0, 1, 0.3, 15, 45],
		Shower: [[3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], 0.05, 1.8, 0.8, 10, 240],
		'Gas Safety Cert': [[3, 3, 3, 3, 3, 3, 3, 6, 8, 3, 3, 3], 0, 0.75, 0, 0, 0],
		'Bathroom Fit': [[0.6, 0.8, 1, 1.2, 1.2, 1, 1, 0.6, 1, 1, 0.8, 0.2], 0, 26, 7, 600, 3200]
	};
	const rate = { 2022: 50, 2023: 55, 2024: 60 };
	const serviceFee = { 2022: 75, 2023: 80, 2024: 85 };
	const certFee = { 2022: 65, 2023: 70, 2024: 75 };
	const holiday = (t) =>
		between(t, day(2022, 8, 13), day(2022, 8, 27)) ||
		between(t, day(2023, 8, 12), day(2023, 8, 26)) ||
		between(t, day(2024, 8, 10), day(2024, 8, 24)) ||
		between(t, day(2022, 12, 24), day(2023, 1, 2)) ||
		between(t, day(2023, 12, 23), day(2024, 1, 1)) ||
		between(t, day(2024, 12, 21), day(2025, 1, 1)) ||
		isBankHoliday(t);
	// booked work Monday to Friday; an emergency on a Saturday too
	const working = (t, emergency) => t.getUTCDay() !== 0 && (emergency || t.getUTCDay() !== 6) && !holiday(t);
	const nextWorking = (t, emergency) => {
		let v = t;
		while (!working(v, emergency)) v = addDays(v, 1);
		return v;
	};
	const namer = uniqueNamer(pick, FIRST_NAMES, SURNAMES);
	const customers = [];
	const exportDay = day(2025, 1, 10);
	const rows = [];
	for (const t of eachDay(day(2022, 1, 4), day(2024, 12, 20))) {
		const dow = t.getUTCDay();
		if (dow === 0) continue;
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const winter = m <= 2 || m === 12;
		const n = poisson((dow === 6 ? 0.35 : 1.15) * (winter ? 1.3 : 1) * (y === 2024 ? 1.1 : 1));
		for (let k = 0; k < n; k++) {
			const type = weighted(Object.entries(jobTypes).map(([name, v]) => [name, v[0][m - 1]]));
			const [, emergencyP, hMean, hSd, pLo, pHi] = jobTypes[type];
			let emergency = rand() < emergencyP * (winter && type === 'Boiler Repair' ? 1.5 : 1);
			if (dow === 6 && !emergency && rand() < 0.6) emergency = true;
			// who: a new customer, one of before, or a landlord or business
			let cust;
			let found;
			const r = rand();
			if (r < 0.11 || (type === 'Gas Safety Cert' && r < 0.6)) {
				const b = weighted(businesses.map((b) => [b, b[2]]));
				cust = { name: b[0], district: b[1] };
				found = 'Repeat customer';
			} else if (r < 0.27 && customers.length > 20) {
				cust = pick(customers);
				found = 'Repeat customer';
			} else {
				cust = { name: namer(), district: rand() < 0.012 ? null : weighted(districts) };
				customers.push(cust);
				found = weighted([['Word of mouth', 30], ['Google', 26], ['Checkatrade', 16], ['Facebook', 7], ['Van signage', 4], ['Leaflet', 2]]);
			}
			if (rand() < 0.05) found = null;
			let visit;
			if (emergency) visit = nextWorking(addDays(t, rand() < 0.72 ? 0 : 1), true);
			else if (type === 'Bathroom Fit') visit = nextWorking(addDays(t, int(14, 60)), false);
			else visit = nextWorking(addDays(t, rand() < 0.1 ? 0 : Math.round(Math.abs(normal(0, 5))) + 1), false);
			if (visit > exportDay) continue; // booked after the export: not done yet, not in the log
			const vy = visit.getUTCFullYear();
			const noAccess = !emergency && type !== 'Bathroom Fit' && rand() < 0.012;
			let hrs = noAccess ? 0 : type === 'Boiler Service' || type === 'Gas Safety Cert' ? hMean : clamp(quarter(normal(hMean, hSd)), 0.5, type === 'Bathroom Fit' ? 45 : 8);
			let parts = noAccess || pHi === 0 ? 0 : round2(pLo + (pHi - pLo) * Math.pow(rand(), 1.8));
			if (type === 'Bathroom Fit' && rand() < 0.25) parts = 0; // customer bought the suite
			let labour;
			if (noAccess) labour = 30;
			else if (type === 'Boiler Service') labour = serviceFee[vy] ?? serviceFee[2024];
			else if (type === 'Gas Safety Cert') labour = certFee[vy] ?? certFee[2024];
			else labour = round2(Math.max(hrs, 1) * (rate[vy] ?? rate[2024]) * (emergency ? 1.5 : 1));
			const invoice = round2(parts + labour);
			// payment
			let paidDate = null;
			let paid = 0;
			const onTheDay = emergency ? 0.55 : 0.35;
			let delay = rand() < onTheDay ? 0 : Math.round(Math.abs(normal(0, 12))) + int(1, 6);
			if (cust.name === 'Headingley Lets Ltd' || cust.name === 'Hyde Park Property Co') delay = int(14, 60);
			if (rand() < 0.025 && visit < day(2024, 9, 1)) delay = 9999; // never paid
			const pd = addDays(visit, delay);
			if (pd <= exportDay) {
				paidDate = pd;
				paid = invoice;
				if (invoice > 60 && rand() < 0.045) paid = rand() < 0.5 ? round2(invoice / 2) : Math.min(invoice - 10, 50 * int(1, Math.max(1, Math.floor(invoice / 100))));
			}
			rows.push({ called: t, cust, visit, type, emergency, hrs, parts, labour, invoice, paidDate, paid, found });
		}
	}
	rows.sort((a, b) => a.called - b.called);
	// one odd entry: a 3.5-hour leak keyed as 35
	const odd = rows.find((r) => r.type === 'Leak' && r.hrs === 3.5 && r.called > day(2023, 6, 1));
	if (odd) odd.hrs = 35;
	writeCsv(
		OUT,
		'plumber_callouts.csv',
		['Job No', 'Customer', 'pc_district', 'dateCalled', 'Visit Date', 'Job Type', 'Emergency', 'Hrs', 'Parts (£)', 'Labour (£)', 'Invoice Total (£)', 'Date Paid', 'amountPaid', 'how_found'],
		rows.map((r, i) => [
			`J-${pad(i + 388, 4)}`,
			r.cust.name,
			r.cust.district,
			isoDate(r.called),
			isoDate(r.visit),
			r.type,
			r.emergency ? 'Yes' : 'No',
			r.hrs,
			r.parts.toFixed(2),
			r.labour.toFixed(2),
			r.invoice.toFixed(2),
			r.paidDate ? isoDate(r.paidDate) : null,
			r.paid.toFixed(2),
			r.found
		])
	);
}

// ------------------------------------------------------------------ pub quiz scores (2023-2024)
{
	// The Fox & Hounds, a village pub near York: its Thursday quiz night results for 2023 and 2024,
	// one row per team per quiz. Four rounds: General Knowledge (out of 20, half marks given),
	// Music, Picture and Sport (out of 10 each). A team may play its joker on one round, which
	// doubles that round's score; the total includes the doubling. Position 1 wins (a tie for first
	// is settled by a tie-break question); other tied teams share a position. Entry £1 a player in
	// 2023 and £1.50 in 2024 (£3 a player at the Christmas quiz), kept in pence; the staff team
	// plays free. The Christmas quiz moves to a Wednesday; no quiz over Christmas and New Year, on
	// 20 June 2024 (England v Denmark on the big screen) or on 14 March 2024 (a burst main). The
	// picture round was not set on 8 February 2024 (the printer broke). firstVisit: a team's first
	// time at the quiz (the regulars were coming before 2023). Regulars, teams that come for a
	// stretch of months, and one-off teams; once the one-off names run out a team that gives no
	// name is written down by its table ('Table 4').
	const regulars = [
		// name, attendance, skill, music skill, usual players
		['Quiz Team Aguilera', 0.9, 0.78, 0.8, 5],
		['The Usual Suspects', 0.85, 0.7, 0.6, 4],
		['Les Quizerables', 0.8, 0.74, 0.7, 6],
		['Agatha Quiztie', 0.7, 0.66, 0.55, 4],
		['Smarty Pints', 0.75, 0.6, 0.75, 5],
		["Norfolk 'n' Chance", 0.6, 0.55, 0.5, 3],
		['Universally Challenged', 0.55, 0.72, 0.5, 4],
		['Tequila Mockingbird', 0.5, 0.58, 0.8, 5],
		["Sheila's Wheels", 0.65, 0.62, 0.45, 3],
		['The Staff', 0.35, 0.5, 0.7, 3],
		['Dewey Decimators', 0.45, 0.68, 0.4, 2]
	];
	const occasional = [
		['Quizzy Rascal', 0.55, 0.7, 4],
		['The Quizzly Bears', 0.6, 0.6, 5],
		["Rob's Mob", 0.5, 0.5, 6],
		['Cunning Linguists', 0.65, 0.45, 3],
		['Pop Pickers', 0.45, 0.85, 4],
		['Periodic Table Dancers', 0.62, 0.5, 4],
		['Know It Owls', 0.57, 0.6, 3],
		["Hey Jude's", 0.5, 0.75, 5],
		['Two Wrongs', 0.6, 0.55, 2],
		['The Village People', 0.52, 0.65, 6]
	];
	const oneOffNames = ["Dave's 40th", 'Hen Party', 'The Newbies', 'Work Do', 'Walking Group', 'Cricket Club', 'Team Holiday Cottage', 'Book Club', 'The Lost Hikers', "Gran's Gang", 'Student Union', 'Bell Ringers', 'WI Wonders', 'Darts Team', 'Quiz Khalifa', 'The Fellowship', 'Cheese Board', 'Half Wits', 'Random Strangers', 'Stag Do', "Jen's Leaving Do", 'Allotment Society', 'Running Club', 'Just Here for the Beer', 'Bake Off Rejects', 'Pun Intended', 'The Caravan Crew', 'Scout Leaders', 'The Cousins', 'Kev and Co', 'Rugby Lads', 'Choir Practice', 'The In-Laws', 'Mums on the Run', 'Vets Night Out', 'Nurses Night Off', 'The Campers', 'Tractor Boys', 'Fox Cubs', 'Quiz Akabusi', 'The Neighbours', "Ellie's Birthday", 'Brain Drain', 'The Overthinkers', 'Lads from Leeds', 'Tuesday Club', 'The Golfers', 'Ramblers', 'Yoga Group', 'Last Minute Entry', 'Bin Men', 'Pint of Order', 'Wrong Answers Only', 'Church Choir', 'The Tourists', 'Farmers Union', 'Office Party', 'Coffee Morning', 'Football Five', "Grandad's Army"];
	// occasional teams each come in one stretch of the two years
	const occ = occasional.map(([name, skill, music, size]) => {
		const start = addDays(day(2023, 1, 1), int(0, 600));
		return { name, skill, music, size, from: start, to: addDays(start, int(60, 300)), p: 0.5 };
	});
	const nights = [];
	for (const t of eachDay(day(2023, 1, 5), day(2024, 12, 19))) {
		if (t.getUTCDay() !== 4) continue;
		const iso = isoDate(t);
		if (['2023-12-28', '2024-06-20', '2024-03-14'].includes(iso)) continue;
		if (iso === '2023-12-21' || iso === '2024-12-19') nights.push({ t: addDays(t, -1), xmas: true });
		else nights.push({ t, xmas: false });
	}
	const seen = new Set(regulars.map((r) => r[0]));
	const rows = [];
	let oneOffIdx = 0;
	for (const { t, xmas } of nights) {
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const summer = m >= 7 && m <= 8;
		const teams = [];
		for (const [name, att, skill, music, size] of regulars) if (rand() < att * (summer ? 0.75 : 1) * (xmas ? 1.2 : 1)) teams.push({ name, skill, music, size });
		for (const o of occ) if (between(t, o.from, o.to) && rand() < o.p) teams.push(o);
		const nOne = poisson(summer ? 0.9 : 0.5) + (xmas ? 1 : 0);
		for (let k = 0; k < nOne; k++) {
			const name = oneOffIdx < oneOffNames.length ? oneOffNames[oneOffIdx++] : `Table ${int(1, 12)}`; // no name given
			if (teams.some((x) => x.name === name)) continue;
			teams.push({ name, skill: clamp(normal(0.5, 0.1), 0.3, 0.75), music: clamp(normal(0.55, 0.15), 0.2, 0.9), size: int(3, 7), oneOff: true });
		}
		const night = [];
		const picMissing = isoDate(t) === '2024-02-08';
		for (const tm of teams) {
			const players = tm.name === 'Two Wrongs' ? 2 : clamp(tm.size + weighted([[-2, 8], [-1, 22], [0, 45], [1, 20], [2, 5]]), 1, tm.oneOff ? 8 : 6);
			const sizeBoost = (players - 4) * 0.02;
			const s = clamp(tm.skill + sizeBoost + normal(0, 0.06), 0.1, 0.97);
			const gk = clamp(Math.round(normal(s * 20, 1.6) * 2) / 2, 0, 20);
			const mu = clamp(Math.round(normal(tm.music * 10, 1.4)), 0, 10);
			const pic = picMissing ? null : clamp(Math.round(normal((s + 0.08) * 10, 1.5)), 0, 10);
			const sp = clamp(Math.round(normal((s - 0.05) * 10, 1.8)), 0, 10);
			let joker = null;
			if (rand() < (tm.oneOff ? 0.55 : 0.88)) {
				const opts = [['General Knowledge', 2], ['Music', 1 + (tm.music > 0.7 ? 3 : 0)], ['Sport', 1], ['Picture', picMissing ? 0 : 1.5]];
				joker = weighted(opts);
			}
			const bonus = joker === 'General Knowledge' ? gk : joker === 'Music' ? mu : joker === 'Picture' ? pic ?? 0 : joker === 'Sport' ? sp : 0;
			const total = gk + mu + (pic ?? 0) + sp + bonus;
			const fee = xmas ? 300 : y === 2024 ? 150 : 100;
			const entry = tm.name === 'The Staff' ? 0 : players * fee;
			const first = !seen.has(tm.name);
			seen.add(tm.name);
			night.push({ t, name: tm.name, players, gk, mu, pic, sp, joker, total, entry, first, qm: null });
		}
		// positions: ties share a position, except first (tie-break)
		night.sort((a, b) => b.total - a.total || rand() - 0.5);
		night.forEach((r, i) => {
			r.pos = i > 0 && night[i - 1].total === r.total && i > 1 ? night[i - 1].pos : i + 1;
		});
		const qm = isoDate(t) === '2024-08-15' ? 'Big Mick' : weighted([['Dave', 6], ['Shaz', 4]]);
		for (const r of night) r.qm = qm;
		rows.push(...night);
	}
	writeCsv(
		OUT,
		'pub_quiz_scores.csv',
		['quiz_date', 'Team Name', 'No. of Players', 'General Knowledge', 'music_rd', 'picRound', 'Sport', 'Joker Round', 'Total Score', 'Pos', 'entry_p', 'firstVisit', 'QM'],
		rows.map((r) => [isoDate(r.t), r.name, r.players, r.gk, r.mu, r.pic, r.sp, r.joker, r.total, r.pos, r.entry, r.first ? 'Yes' : 'No', r.qm])
	);
}

// ------------------------------------------------------------------ charity shop stock (2023-2025)
{
	// St Luke's Hospice shop on Crookes, Sheffield: its stock sheet of donated items, January 2023
	// to March 2025, one row per item, exported on 31 March 2025. Donations come in bags (a box or
	// bag handed in, given a six-digit Bag ID with leading zeros); each item is priced by a
	// volunteer and ticketed. Items unsold after four weeks go half price; clothes and shoes unsold
	// after about eight weeks go to the rag merchant (Ragged), books, DVDs, CDs and toys to
	// recycling; bric-a-brac and jewellery stay out (a few cheap ones recycled after five months).
	// A donor who signs the Gift Aid form gives a postcode (the charity claims 25% on top of the
	// sale price); other bags have none. The shop is open Monday to Saturday, closed bank holidays
	// and Christmas to New Year. Donations peak with the January clear-outs and spring cleaning;
	// toys and bric-a-brac come in more in the autumn and everything sells faster in November and
	// December. A few finds are priced up (a Moorcroft vase, a designer coat).
	const cats = {
		// category: [weight, [descriptions], [ticket prices with weights], sell chance, rag/recycle fate]
		Books: [30, ['Paperback novel', 'Hardback novel', 'Cookbook', "Children's book", 'Biography', 'Travel guide', 'Puzzle book'], [[1, 50], [1.5, 15], [2, 15], [2.5, 12], [3, 8]], 0.62, 'Recycled'],
		"Women's Clothing": [22, ['Dress', 'Jumper', 'Blouse', 'Coat', 'Jeans', 'Skirt', 'Cardigan'], [[3, 20], [4, 25], [5, 20], [6, 15], [8, 12], [12, 8]], 0.7, 'Ragged'],
		"Men's Clothing": [8, ['Shirt', 'Jumper', 'Jacket', 'Jeans', 'Suit', 'Coat'], [[3, 15], [4, 25], [5, 25], [6, 15], [10, 12], [15, 8]], 0.6, 'Ragged'],
		"Children's Clothing": [6, ['Babygro set', 'School jumper', 'Coat', 'Party dress', 'Pyjamas'], [[1, 30], [1.5, 25], [2, 25], [3, 20]], 0.66, 'Ragged'],
		'Bric-a-brac': [12, ['Vase', 'Mug', 'Picture frame', 'Ornament', 'Tea set', 'Candle holder', 'Glassware'], [[0.5, 15], [1, 25], [2, 25], [3, 15], [5, 12], [8, 8]], 0.62, null],
		'Toys & Games': [6, ['Jigsaw', 'Board game', 'Soft toy', 'Lego set', 'Doll'], [[1, 25], [2, 30], [3, 25], [5, 15], [8, 5]], 0.68, 'Recycled'],
		'DVDs & CDs': [8, ['DVD', 'CD', 'DVD box set'], [[1, 55], [1.5, 25], [3, 20]], 0.45, 'Recycled'],
		Shoes: [4, ['Trainers', 'Boots', 'Heels', 'Sandals'], [[4, 30], [5, 35], [6, 20], [8, 15]], 0.55, 'Ragged'],
		Jewellery: [4, ['Necklace', 'Earrings', 'Bracelet', 'Brooch', 'Watch'], [[2, 30], [3, 25], [5, 25], [8, 12], [15, 8]], 0.55, null]
	};
	const finds = {
		"Women's Clothing": [['Designer coat', 45], ['Silk dress', 25]],
		"Men's Clothing": [['Barbour jacket', 60], ['Wool overcoat', 35]],
		'Bric-a-brac': [['Moorcroft vase', 120], ['Crystal decanter', 30]],
		Jewellery: [['Gold ring', 85], ['Silver bangle', 30]]
	};
	const volunteers = {
		Books: [["Maureen O'Dowd", 8], ['Pat Ellis', 2]],
		"Women's Clothing": [['Bev Hughes', 6], ['Krystyna Nowak', 4], ['Sam Whitfield', 1]],
		"Men's Clothing": [['Bev Hughes', 4], ['Krystyna Nowak', 4], ['Sam Whitfield', 2]],
		"Children's Clothing": [['Krystyna Nowak', 6], ['Bev Hughes', 4]],
		'Bric-a-brac': [["Ian D'Silva", 7], ['Pat Ellis', 3]],
		'Toys & Games': [["Ian D'Silva", 4], ['Sam Whitfield', 3], ['Pat Ellis', 3]],
		'DVDs & CDs': [["Maureen O'Dowd", 3], ['Sam Whitfield', 5]],
		Shoes: [['Bev Hughes', 5], ['Krystyna Nowak', 5]],
		Jewellery: [['Krystyna Nowak', 5], ["Ian D'Silva", 5]]
	};
	const streets = ['S10 1', 'S10 2', 'S10 3', 'S10 4', 'S10 5', 'S6 3', 'S6 5', 'S6 6', 'S11 8', 'S7 1', 'S3 7'];
	const letters = 'ABDEFGHJLNPQRSTUWXYZ';
	const postcode = () => `${weighted(streets.map((s) => [s, s.startsWith('S10') ? 3 : 1]))}${pick(letters.split(''))}${pick(letters.split(''))}`;
	const closed = (t) =>
		t.getUTCDay() === 0 ||
		isBankHoliday(t) ||
		between(t, day(2023, 12, 25), day(2024, 1, 1)) ||
		between(t, day(2024, 12, 25), day(2025, 1, 1));
	const openFrom = (t) => {
		let v = t;
		while (closed(v)) v = addDays(v, 1);
		return v;
	};
	const exportDay = day(2025, 3, 31);
	const rows = [];
	let bag = 1187;
	const regularDonors = Array.from({ length: 25 }, () => postcode());
	for (const t of eachDay(day(2023, 1, 3), day(2025, 3, 29))) {
		if (closed(t)) continue;
		const m = t.getUTCMonth() + 1;
		const monthF = [1.6, 1.2, 1.1, 1.3, 1.2, 1, 0.9, 0.9, 1, 1.05, 1.1, 0.7][m - 1];
		const nBags = poisson(0.52 * monthF);
		for (let b = 0; b < nBags; b++) {
			bag += 1;
			const giftAid = rand() < 0.44;
			const pc = giftAid ? (rand() < 0.03 ? null : rand() < 0.3 ? pick(regularDonors) : postcode()) : null;
			// toys and bric-a-brac come in more in the autumn, as cupboards are cleared before Christmas
			const catWeights = Object.entries(cats).map(([c, v]) => [c, v[0] * ((c === 'Toys & Games' || c === 'Bric-a-brac') && m >= 9 && m <= 11 ? 2.5 : 1)]);
			const mainCat = weighted(catWeights);
			const nItems = 1 + poisson(3.2);
			for (let k = 0; k < nItems; k++) {
				const cat = rand() < 0.6 ? mainCat : weighted(catWeights);
				const [, descs, prices, sellP, fate] = cats[cat];
				let desc = pick(descs);
				let ticket = weighted(prices);
				if (desc === 'Coat' || desc === 'Suit' || desc === 'Lego set' || desc === 'Tea set' || desc === 'DVD box set' || desc === 'Watch') ticket = ticket * 2;
				if (finds[cat] && rand() < 0.01) [desc, ticket] = pick(finds[cat]); // a find, priced up
				const vol = rand() < 0.02 ? null : weighted(volunteers[cat]);
				const shelved = openFrom(addDays(t, int(0, 4)));
				// day by day on the shelf: busier before Christmas (toys and bric-a-brac most), half
				// price after four weeks; clothes, shoes, books and DVDs leave after eight weeks
				const daily = 1 - Math.pow(1 - sellP, 1 / 60);
				const christmasy = cat === 'Toys & Games' || cat === 'Bric-a-brac';
				let status;
				let sold = null;
				let soldPrice = null;
				for (let d = 0; ; d++) {
					const v = addDays(shelved, d);
					if (v > exportDay || (fate && d > 56)) break;
					if (closed(v)) continue;
					const vm = v.getUTCMonth() + 1;
					const season = [0.85, 0.8, 0.9, 0.95, 0.95, 0.9, 0.9, 0.9, 1, 1.05, 1.35, 1.7][vm - 1] * (christmasy && vm >= 11 ? 1.6 : 1);
					if (rand() < daily * season * (d > 56 ? 0.15 : d > 28 ? 0.7 : d >= 14 ? 0.9 : 2.2)) {
						status = 'Sold';
						sold = v;
						soldPrice = d > 28 ? Math.max(0.5, round2(ticket / 2)) : rand() < 0.04 ? Math.max(0.5, ticket - pick([0.5, 1])) : ticket;
						break;
					}
				}
				if (!status) {
					const age = (exportDay - shelved) / 86400000;
					if (age < 56 || !fate) status = 'On Shelf';
					else status = fate;
					if (status === 'On Shelf' && age > 150 && fate === null && ticket < 10 && rand() < 0.5) status = 'Recycled';
				}
				rows.push({ bag, t, sold, cat, desc, ticket, soldPrice, giftAid, pc, vol, status });
			}
		}
	}
	writeCsv(
		OUT,
		'charity_shop_stock.csv',
		['Item No', 'Bag ID', 'date_donated', 'Date Sold', 'Category', 'descr', 'Ticket Price (£)', 'soldPrice', 'Gift Aid', 'Donor Postcode', 'Priced By', 'Status'],
		rows.map((r, i) => [i + 1, pad(r.bag, 6), isoDate(r.t), r.sold ? isoDate(r.sold) : null, r.cat, r.desc, r.ticket.toFixed(2), r.soldPrice === null ? null : r.soldPrice.toFixed(2), r.giftAid ? 'Yes' : 'No', r.pc, r.vol, r.status])
	);
}
