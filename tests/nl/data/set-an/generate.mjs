// Deterministic generator for the set AN evaluation tables (a volunteer group's litter picks, a
// physiotherapy clinic's appointment book, a print shop's order book). No dependencies. Run from
// the repo root: node tests/nl/data/set-an/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, BANK_HOLIDAYS, clamp, day, eachDay, isChristmas, isoDate, pad, randomTools, round1, uniqueNamer, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20270114);

const hhmm = (mins) => `${pad(Math.floor(mins / 60))}:${pad(mins % 60)}`;

// ------------------------------------------------------------------ litter picks (2023-2024)
{
	// Tidy Tamesford, a volunteer litter-picking network across the town: its pick log for 2023 and
	// 2024, one row per pick that went ahead (a pick called off for the weather, or because the
	// leader was away, is not logged). Thirteen volunteer leaders, known by their first names, each
	// run a regular slot at a few sites, weekly, fortnightly or monthly; the evening picks (Priya's,
	// Kofi's, Dave's) run April to September only; Rhys started in March 2023, Kofi in May 2023,
	// Bethan in January 2024, and Janet stopped at the end of September 2024. The New Riverside
	// Path was opened in June 2023.
	// No picks from 21 December to 2 January. During the Great British Spring Clean (17 March to 2
	// April 2023, 15 March to 2 April 2024) more volunteers turn out and there are extra Saturday
	// picks with partner groups. More litter in the summer, in parks most. Bags are weighed on a
	// hanging scale; Weight (kg) is empty when the scale was not taken (Colin never takes it).
	// Partner Group is empty when only the regular volunteers came.
	const sites = [
		['001', 'Victoria Park', 'Park', 'Castle'],
		['002', 'Canal Towpath (Lock 3 to Mill Bridge)', 'Canal', 'Riverside'],
		['003', "St Anne's Churchyard", 'Churchyard', 'Abbey'],
		['004', 'Hillcrest Rec', 'Park', 'Hillcrest'],
		['005', 'Station Road Underpass', 'Street', 'Northgate'],
		['006', 'Market Square', 'Street', 'Castle'],
		['007', 'Fenn Woods', 'Woodland', 'Hillcrest'],
		['008', 'Riverside Walk', 'River', 'Riverside'],
		['009', "Queen's Park", 'Park', 'Northgate'],
		['010', 'Abbey Fields', 'Park', 'Abbey'],
		['011', 'Bus Station', 'Street', 'Castle'],
		['012', 'Mill Lane', 'Street', 'Riverside'],
		['013', 'Oakfield Playing Fields', 'Park', 'Northgate'],
		['014', 'Ring Road Verges', 'Roadside', 'Hillcrest'],
		['015', 'Bluebell Wood', 'Woodland', 'Abbey'],
		['016', 'Tamesford Retail Park', 'Street', 'Northgate'],
		['017', 'Long Meadow Nature Reserve', 'Woodland', 'Riverside'],
		['018', 'New Riverside Path', 'River', 'Riverside']
	];
	const siteOf = Object.fromEntries(sites.map((s) => [s[0], s]));
	// leader, weekday (0 Sunday), every n weeks, start minutes, sites, usual turnout, months, from, to
	const slots = [
		{ leader: 'Sue', dow: 6, every: 1, start: 600, sites: ['001', '006', '011'], base: 12 },
		{ leader: 'Sue', dow: 3, every: 2, start: 600, sites: ['001', '011'], base: 6 },
		{ leader: 'Dave', dow: 0, every: 1, start: 600, sites: ['002', '008', '018'], base: 9 },
		{ leader: 'Dave', dow: 2, every: 2, start: 1110, sites: ['002', '012'], base: 6, months: [4, 9] },
		{ leader: 'Priya', dow: 3, every: 1, start: 1110, sites: ['009', '013', '016'], base: 8, months: [4, 9] },
		{ leader: 'Priya', dow: 6, every: 4, start: 570, sites: ['009', '013'], base: 9 },
		{ leader: 'Tom', dow: 2, every: 1, start: 570, sites: ['005', '012', '014'], base: 5 },
		{ leader: 'Tom', dow: 5, every: 2, start: 570, sites: ['012', '005'], base: 4 },
		{ leader: 'Niamh', dow: 6, every: 2, start: 630, sites: ['007', '015'], base: 10 },
		{ leader: 'Gareth', dow: 0, every: 1, start: 840, sites: ['004', '014'], base: 6 },
		{ leader: 'Kofi', dow: 4, every: 1, start: 1080, sites: ['008', '017', '018'], base: 8, months: [4, 9], from: day(2023, 5, 1) },
		{ leader: 'Janet', dow: 1, every: 1, start: 600, sites: ['003', '010'], base: 6, to: day(2024, 9, 30) },
		{ leader: 'Marek', dow: 6, every: 1, start: 540, sites: ['016', '005', '011'], base: 5 },
		{ leader: 'Fatima', dow: 5, every: 1, start: 600, sites: ['006', '009', '013'], base: 7 },
		{ leader: 'Fatima', dow: 1, every: 2, start: 600, sites: ['016', '006'], base: 5 },
		{ leader: 'Rhys', dow: 6, every: 1, start: 600, sites: ['014', '004', '007'], base: 6, from: day(2023, 3, 1) },
		{ leader: 'Colin', dow: 0, every: 4, start: 570, sites: ['017', '015', '007'], base: 14 },
		{ leader: 'Bethan', dow: 4, every: 1, start: 600, sites: ['010', '004', '003'], base: 7, from: day(2024, 1, 1) }
	];
	const leaders = [...new Set(slots.map((s) => s.leader))];
	// two weeks away a year for each leader
	const away = {};
	for (const l of leaders) away[l] = [day(2023, int(5, 9), int(1, 20)), day(2024, int(5, 9), int(1, 20))];
	const isAway = (l, t) => away[l].some((a) => t >= a && t < addDays(a, 14));
	const callOff = [0.16, 0.14, 0.1, 0.06, 0.04, 0.03, 0.03, 0.04, 0.04, 0.08, 0.12, 0.16];
	const weatherOf = (m) => {
		if (m >= 6 && m <= 8) return weighted([['Sunny', 42], ['Cloudy', 28], ['Dry', 14], ['Drizzle', 8], ['Rain', 5], ['Windy', 3]]);
		if (m >= 4 && m <= 9) return weighted([['Sunny', 28], ['Cloudy', 32], ['Dry', 14], ['Drizzle', 12], ['Rain', 8], ['Windy', 6]]);
		return weighted([['Cloudy', 34], ['Dry', 14], ['Sunny', 10], ['Drizzle', 14], ['Rain', 10], ['Windy', 10], ['Frosty', 8]]);
	};
	const partners = [['Tamesford Scouts', 5], ["St Mary's Primary School", 4], ['Rotary Club', 3], ['Tesco Community Champions', 3], ['Duke of Edinburgh group', 3], ['Tamesford RFC', 2]];
	const litterRate = { Park: 0.95, Street: 0.85, Canal: 0.8, River: 0.75, Churchyard: 0.5, Woodland: 0.55, Roadside: 1.1 };
	const springClean = (t) => (t >= day(2023, 3, 17) && t <= day(2023, 4, 2)) || (t >= day(2024, 3, 15) && t <= day(2024, 4, 2));
	const rows = [];
	const turn = {};
	const add = (t, slot, siteNo, event) => {
		const [no, name, type] = siteOf[siteNo];
		const m = t.getUTCMonth() + 1;
		const weather = weatherOf(m);
		const spring = springClean(t);
		let partner = null;
		if (event) partner = weighted(partners);
		else if (rand() < (spring ? 0.3 : 0.045)) partner = weighted(partners);
		const season = [0.75, 0.8, 0.95, 1.1, 1.15, 1.2, 1.2, 1.1, 1.05, 0.95, 0.8, 0.7][m - 1];
		const wet = weather === 'Rain' ? 0.65 : weather === 'Drizzle' ? 0.8 : weather === 'Frosty' ? 0.8 : 1;
		let vols = Math.max(2, poisson(slot.base * season * wet * (spring ? 1.5 : 1) * (t.getUTCFullYear() === 2024 ? 1.1 : 1)));
		if (partner) vols += partner === "St Mary's Primary School" ? int(12, 28) : int(4, 14);
		const evening = slot.start >= 1020;
		let hours = evening ? weighted([[1, 45], [1.5, 55]]) : weighted([[1.5, 30], [2, 55], [2.5, 10], [3, 5]]);
		if (event) hours = weighted([[2, 40], [2.5, 30], [3, 30]]);
		if (weather === 'Rain' && hours > 1) hours -= 0.5;
		const summerLitter = m >= 5 && m <= 9 ? (type === 'Park' ? 1.45 : 1.2) : m === 1 ? 1.15 : 1;
		const bags = Math.max(1, poisson(vols * hours * litterRate[type] * 0.45 * summerLitter * (partner === "St Mary's Primary School" ? 0.5 : 1)));
		const weighed = slot.leader !== 'Colin' && rand() > 0.12;
		const kg = weighed ? round1(bags * clamp(normal(type === 'Canal' || type === 'River' ? 5.4 : 4.3, 0.8), 2.5, 7.5)) : null;
		const sharps = rand() < { Street: 0.2, Canal: 0.12, River: 0.08, Park: 0.07, Churchyard: 0.05, Woodland: 0.04, Roadside: 0.1 }[type];
		const flyTip = rand() < { Street: 0.06, Canal: 0.08, River: 0.05, Park: 0.04, Churchyard: 0.02, Woodland: 0.14, Roadside: 0.18 }[type];
		const notes = [];
		if (spring) notes.push('Great British Spring Clean');
		if (flyTip && rand() < 0.5) notes.push(pick(['Mattress and sofa dumped by the gate, reported to the council', 'Builders rubble dumped, reported', 'Bags of garden waste dumped, reported via the app', 'Tyres dumped, reported to the council']));
		if (sharps && rand() < 0.4) notes.push('Sharps put in the sharps box');
		if ((type === 'Canal' || type === 'River') && rand() < 0.07) notes.push(pick(['Shopping trolley pulled out of the water', 'Traffic cone and a bike pulled out', 'Two shopping trolleys pulled out']));
		if (!notes.length && rand() < 0.05) notes.push(pick(['Bags left at the gate for the council to collect', 'New litter pickers used', 'Lots of dog poo bags', 'Local councillor came along', 'Hi-vis vests handed out']));
		const start = event ? 600 : slot.start + (rand() < 0.08 ? 30 : 0);
		rows.push({ t, start, no, name, ward: siteOf[siteNo][3], leader: slot.leader, vols, bags, kg, sharps, flyTip, weather, hours, partner, notes: notes.join('; ') || null });
	};
	for (const t of eachDay(day(2023, 1, 3), day(2024, 12, 20))) {
		const md = isoDate(t).slice(5);
		if (md >= '12-21' || md <= '01-02') continue;
		const m = t.getUTCMonth() + 1;
		const week = Math.floor((t - day(2023, 1, 2)) / (7 * 86400000));
		for (const [i, slot] of slots.entries()) {
			if (t.getUTCDay() !== slot.dow || week % slot.every !== (i % slot.every)) continue;
			if (slot.months && (m < slot.months[0] || m > slot.months[1])) continue;
			if ((slot.from && t < slot.from) || (slot.to && t > slot.to)) continue;
			if (isAway(slot.leader, t) || rand() < callOff[m - 1]) continue;
			const open = slot.sites.filter((s) => s !== '018' || t >= day(2023, 6, 10));
			turn[i] = (turn[i] ?? 0) + 1;
			add(t, slot, open[turn[i] % open.length], false);
		}
		// the Spring Clean's extra Saturday picks
		if (springClean(t) && t.getUTCDay() === 6) {
			const chosen = new Set();
			const n = int(3, 5);
			while (chosen.size < n) chosen.add(pick(['001', '002', '004', '008', '009', '010', '013', '015', '017']));
			for (const s of chosen) add(t, { leader: pick(['Sue', 'Dave', 'Niamh', 'Fatima', 'Priya', 'Gareth']), start: 600, base: 10 }, s, true);
		}
	}
	rows.sort((a, b) => a.t - b.t || a.start - b.start);
	writeCsv(
		OUT,
		'litter_picks.csv',
		['pick_id', 'Pick Date', 'startTime', 'Site No', 'Site', 'Ward', 'Leader', 'Volunteers', 'bags_filled', 'Weight (kg)', 'Sharps Found', 'Fly-tipping Reported', 'weather', 'Duration (hrs)', 'Partner Group', 'Notes'],
		rows.map((r, i) => [i + 1, isoDate(r.t), hhmm(r.start), r.no, r.name, r.ward, r.leader, r.vols, r.bags, r.kg === null ? null : r.kg.toFixed(1), r.sharps ? 'Yes' : 'No', r.flyTip ? 'Yes' : 'No', r.weather, r.hours.toFixed(1), r.partner, r.notes])
	);
}

// ------------------------------------------------------------------ physio sessions (2023-2024)
{
	// Kingsway Physiotherapy, a small private clinic: its appointment book for 2023 and 2024, one
	// row per appointment booked. Hannah (the owner) works Monday to Friday; Marcus Monday,
	// Tuesday, Thursday and Saturday mornings; Rob until 18 August 2023, when he left; Aoife from 4
	// September 2023, Wednesday to Friday. Closed on bank holidays and from Christmas Eve to New
	// Year. A course starts with a 45-minute new patient assessment and goes on with follow-ups of
	// 30 minutes (45 minutes for some), a week or two apart. Fees went up on 1 April 2024: an
	// assessment £60 to £65, a 30-minute follow-up £45 to £49, a 45-minute follow-up £55 to £60.
	// Paid by card, cash or, for patients whose health insurance pays, insurance (the insurer named).
	// A patient who did not attend (DNA Yes) is not charged: Fee, paid by and the pain scores are
	// empty. Pain is scored 0-10 at the start and end of a session; now and then a score was not
	// written down. More new patients in January and in the spring and early summer (sports
	// injuries: more knees and ankles), fewer in August and December. Courses under way when the
	// book starts began in the autumn of 2022; only appointments from 3 January 2023 are kept.
	const therapists = [
		{ name: 'Hannah', days: [1, 2, 3, 4, 5], from: day(2022, 1, 1), to: day(2025, 1, 1), per: 7 },
		{ name: 'Marcus', days: [1, 2, 4, 6], from: day(2022, 1, 1), to: day(2025, 1, 1), per: 6 },
		{ name: 'Rob', days: [1, 3, 5], from: day(2022, 1, 1), to: day(2023, 8, 18), per: 6 },
		{ name: 'Aoife', days: [3, 4, 5], from: day(2023, 9, 4), to: day(2025, 1, 1), per: 6 }
	];
	const holidays = {
		Hannah: [[day(2023, 8, 7), 14], [day(2024, 8, 12), 14], [day(2024, 2, 19), 5]],
		Marcus: [[day(2023, 7, 17), 14], [day(2024, 7, 22), 14]],
		Rob: [[day(2023, 4, 11), 7]],
		Aoife: [[day(2024, 8, 26), 14]]
	};
	const off = (th, t) => (holidays[th.name] ?? []).some(([a, n]) => t >= a && t < addDays(a, n));
	const works = (th, t) => th.days.includes(t.getUTCDay()) && t >= th.from && t <= th.to && !off(th, t);
	const areas = (m) => {
		const sport = m >= 4 && m <= 7 ? 1.6 : 1;
		const jan = m === 1 ? 1.5 : 1;
		return [['Lower Back', 26 * jan], ['Knee', 15 * sport], ['Shoulder', 16], ['Neck', 12], ['Ankle', 8 * sport], ['Hip', 9], ['Elbow', 5], ['Wrist & Hand', 5]];
	};
	const insurers = [['Bupa', 45], ['AXA Health', 30], ['Vitality', 15], ['Aviva', 10]];
	const name = uniqueNamer(pick);
	let patientSeq = 0;
	const newPatient = () => {
		patientSeq++;
		const insured = rand() < 0.27;
		const p = {
			no: pad(patientSeq + 310, 5),
			name: name(),
			pays: insured ? 'Insurance' : weighted([['Card', 86], ['Cash', 14]]),
			insurer: insured ? weighted(insurers) : null,
			flaky: rand() < 0.08
		};
		if (patientSeq === 12) p.name = "Siobhan O'Connor";
		if (patientSeq === 40) p.name = "Declan O'Brien";
		if (patientSeq === 77) p.name = "Ruby D'Arcy";
		return p;
	};
	const taken = new Set();
	const perDay = new Map();
	/** The first free slot on a working day of the therapist from `t` on (a date and minutes). */
	const slotFrom = (th, t, len) => {
		for (let k = 0; k < 30; k++) {
			const d = addDays(t, k);
			if (d > day(2024, 12, 23)) return null;
			if (BANK_HOLIDAYS.has(isoDate(d)) || isChristmas(d) || !works(th, d)) continue;
			const dayKey = `${th.name} ${isoDate(d)}`;
			const sat = d.getUTCDay() === 6;
			if ((perDay.get(dayKey) ?? 0) >= th.per - (sat ? 2 : 0)) continue;
			const [open, close] = sat ? [540, 750] : th.name === 'Marcus' ? [480, 1050] : [510, 1110];
			const n = Math.floor((close - open - len) / 30) + 1;
			const first = int(0, n - 1);
			for (let j = 0; j < n; j++) {
				const s = open + 30 * ((first + j) % n);
				let free = true;
				for (let q = 0; q < len; q += 15) if (taken.has(`${dayKey} ${s + q}`)) free = false;
				if (!free) continue;
				for (let q = 0; q < len; q += 15) taken.add(`${dayKey} ${s + q}`);
				perDay.set(dayKey, (perDay.get(dayKey) ?? 0) + 1);
				return { d, s };
			}
		}
		return null;
	};
	const rows = [];
	const season = [1.3, 1.1, 1.05, 1.1, 1.15, 1.1, 1.0, 0.7, 1.0, 1.0, 0.95, 0.7];
	const patients = [];
	// the book is kept from 2023; the courses under way at its start began in the autumn of 2022
	for (const t of eachDay(day(2022, 10, 24), day(2024, 12, 13))) {
		const dow = t.getUTCDay();
		if (dow === 0 || BANK_HOLIDAYS.has(isoDate(t)) || isChristmas(t) || ['2022-12-26', '2022-12-27'].includes(isoDate(t))) continue;
		const m = t.getUTCMonth() + 1;
		const growth = t.getUTCFullYear() === 2024 ? 1.08 : 1;
		const nNew = poisson((dow === 6 ? 0.45 : 0.82) * season[m - 1] * growth);
		for (let k = 0; k < nNew; k++) {
			const p = patients.length > 40 && rand() < 0.12 ? pick(patients) : newPatient();
			if (!patients.includes(p)) patients.push(p);
			const avail = therapists.filter((th) => t >= th.from && t <= th.to);
			const th = weighted(avail.map((a) => [a, a.per]));
			const area = weighted(areas(m));
			const follows = clamp(Math.round(normal(area === 'Lower Back' || area === 'Knee' ? 4 : 3, 1.8)), 0, 9);
			let pain = clamp(Math.round(normal(6.3, 1.5)), 2, 10);
			let at = addDays(t, int(1, 6));
			for (let v = 0; v <= follows; v++) {
				const isNew = v === 0;
				const len = isNew ? 45 : rand() < 0.18 ? 45 : 30;
				let who = th;
				let slot = slotFrom(who, at, len);
				if (!slot) {
					const others = therapists.filter((o) => o !== th && at >= o.from && at <= o.to);
					if (!others.length) break;
					who = pick(others);
					slot = slotFrom(who, at, len);
					if (!slot) break;
				}
				const dna = rand() < (p.flaky ? 0.2 : 0.035);
				const rise = slot.d >= day(2024, 4, 1);
				const fee = isNew ? (rise ? 65 : 60) : len === 45 ? (rise ? 60 : 55) : rise ? 49 : 45;
				let before = null;
				let after = null;
				if (!dna) {
					before = clamp(pain + (rand() < 0.3 ? int(-1, 1) : 0), 0, 10);
					after = clamp(before - weighted([[0, 25], [1, 45], [2, 25], [3, 5]]), 0, 10);
					pain = clamp(Math.round((before + after) / 2 - (rand() < 0.6 ? 1 : 0)), 0, 10);
					if (rand() < 0.04) before = null;
					if (rand() < 0.07) after = null;
				}
				rows.push({ d: slot.d, s: slot.s, p, th: who.name, area, isNew, len, fee: dna ? null : fee, paid: dna ? null : p.pays, insurer: dna ? null : p.insurer, dna, before, after });
				at = addDays(slot.d, weighted([[7, 55], [14, 35], [21, 10]]) + int(-1, 1));
				if (at > day(2024, 12, 23)) break;
			}
		}
	}
	rows.sort((a, b) => a.d - b.d || a.s - b.s || (a.th < b.th ? -1 : 1));
	const kept = rows.filter((r) => r.d >= day(2023, 1, 3));
	writeCsv(
		OUT,
		'physio_sessions.csv',
		['Appt No', 'Appt Date', 'Time', 'Patient No', 'Patient Name', 'Therapist', 'Body Area', 'visitType', 'length_mins', 'Fee (£)', 'Paid By', 'insurer', 'DNA', 'Pain Before', 'pain_after'],
		kept.map((r, i) => [pad(4801 + i, 6), isoDate(r.d), hhmm(r.s), r.p.no, r.p.name, r.th, r.area, r.isNew ? 'New' : 'Follow-up', r.len, r.fee === null ? null : r.fee.toFixed(2), r.paid, r.insurer, r.dna ? 'Yes' : 'No', r.before, r.after])
	);
}

// ------------------------------------------------------------------ print jobs (2023-2024)
{
	// Inkwell Print & Copy, a high-street print shop: its order book for 2023 and 2024, one row per
	// job. Orders are taken Monday to Saturday (none on bank holidays or from Christmas Eve to New
	// Year). Flyers, posters, business cards, banners (vinyl, so no paper weight) and booklets.
	// Due three working days on (business cards four, banners five, booklets seven), one or two
	// days for a rush job (30% more). Prices went up 8% on 1 March 2024 with the price of paper.
	// Jobs of £100 or more for private customers, clubs and businesses without an account pay a
	// half deposit when ordering (Deposit Paid (£) empty when none was asked); schools, charities
	// and account customers are invoiced. Collected is the day the customer picked the job up:
	// empty for jobs still on the shelf at the end of 2024 and for a few never collected. Busier in
	// September (schools and clubs), October and November (Christmas events), and in the weeks
	// before the local elections of May 2023 and May 2024 and the general election of 4 July 2024
	// (leaflets for the parties); quiet in August and January.
	const customers = [
		// name, type, account, weight, products
		["Dave's Plumbing & Heating", 'Business', false, 3, [['Business Cards', 3], ['Flyers', 5], ['Banners', 1]]],
		["Rosie's Cafe", 'Business', false, 4, [['Flyers', 4], ['Posters', 3], ['Business Cards', 1]]],
		["O'Reilly Estate Agents", 'Business', true, 6, [['Flyers', 5], ['Business Cards', 2], ['Booklets', 2], ['Posters', 2]]],
		["St Mark's Church", 'Charity', false, 5, [['Booklets', 5], ['Posters', 3], ['Flyers', 2]]],
		['Tamesford Town Council', 'Business', true, 5, [['Posters', 4], ['Flyers', 4], ['Banners', 2], ['Booklets', 1]]],
		['Greenway Dental Practice', 'Business', true, 2, [['Business Cards', 3], ['Flyers', 2], ['Posters', 1]]],
		['Tamesford RFC', 'Club', false, 4, [['Posters', 3], ['Flyers', 2], ['Banners', 2], ['Booklets', 2]]],
		['Oakfield Primary School', 'School', true, 4, [['Booklets', 3], ['Flyers', 3], ['Posters', 2]]],
		['Tamesford Academy', 'School', true, 4, [['Booklets', 4], ['Posters', 2], ['Flyers', 2], ['Banners', 1]]],
		['Hair by Kim', 'Business', false, 2, [['Business Cards', 3], ['Flyers', 3]]],
		['Morley & Sons Builders', 'Business', false, 2, [['Business Cards', 2], ['Banners', 2], ['Flyers', 2]]],
		["Bella's Beauty Room", 'Business', false, 2, [['Business Cards', 3], ['Flyers', 3], ['Posters', 1]]],
		['The Red Lion', 'Business', false, 4, [['Posters', 5], ['Flyers', 2], ['Banners', 1]]],
		['Tamesford Amateur Dramatic Society', 'Club', false, 3, [['Posters', 4], ['Flyers', 3], ['Booklets', 3]]],
		['Age UK Tamesford', 'Charity', false, 3, [['Flyers', 4], ['Booklets', 2], ['Posters', 2]]],
		['Hillcrest Dog Rescue', 'Charity', false, 2, [['Flyers', 3], ['Posters', 3], ['Banners', 1]]],
		['Castle Lettings', 'Business', true, 3, [['Flyers', 3], ['Business Cards', 2], ['Booklets', 1]]],
		['Abbey Vets', 'Business', true, 2, [['Business Cards', 2], ['Posters', 2], ['Flyers', 2]]],
		['Tamesford Farmers Market', 'Business', false, 3, [['Posters', 3], ['Flyers', 3], ['Banners', 2]]],
		['Spice Garden Takeaway', 'Business', false, 3, [['Flyers', 6], ['Business Cards', 1]]],
		['Northgate Gym', 'Business', false, 2, [['Flyers', 3], ['Posters', 2], ['Banners', 1]]],
		["Smith's Funeral Directors", 'Business', true, 3, [['Booklets', 6], ['Business Cards', 1]]],
		["Kids' Corner Nursery", 'School', false, 2, [['Flyers', 3], ['Posters', 2], ['Booklets', 1]]],
		['Tamesford Cricket Club', 'Club', false, 2, [['Posters', 3], ['Flyers', 2], ['Banners', 2]]],
		['Bluebell Wedding Flowers', 'Business', false, 1, [['Business Cards', 3], ['Flyers', 2], ['Booklets', 1]]],
		['Riverside Yoga', 'Business', false, 2, [['Flyers', 4], ['Posters', 2], ['Business Cards', 1]]]
	];
	const parties = [['Tamesford Labour Party', 'Club'], ['Tamesford Conservatives', 'Club'], ['Tamesford Liberal Democrats', 'Club'], ['Tamesford Green Party', 'Club']];
	const name = uniqueNamer(pick);
	const privates = [];
	for (let i = 0; i < 70; i++) privates.push(name());
	privates[5] = "Sinead O'Brien";
	privates[18] = "Josh D'Arcy";
	const privateWeights = privates.map((_, i) => [i, i < 12 ? 3 : 1]);
	const season = [0.65, 0.85, 1.0, 1.05, 1.05, 0.95, 0.95, 0.6, 1.35, 1.25, 1.3, 0.85];
	const elections = [[day(2023, 4, 3), day(2023, 4, 28)], [day(2024, 4, 1), day(2024, 4, 26)], [day(2024, 5, 27), day(2024, 6, 28)]];
	/** The working day `n` working days after `t` (Monday to Saturday, no bank holidays). */
	const workingDaysOn = (t, n) => {
		let d = t;
		while (n > 0) {
			d = addDays(d, 1);
			if (d.getUTCDay() !== 0 && !BANK_HOLIDAYS.has(isoDate(d)) && !isChristmas(d)) n--;
		}
		return d;
	};
	const priceOf = (product, qty, gsm, colour, double) => {
		let p;
		if (product === 'Flyers') {
			const tiers = { 250: 38, 500: 52, 1000: 74, 2500: 135, 5000: 210, 10000: 360 };
			p = tiers[qty] * (double ? 1 : 0.85) * (colour ? 1 : 0.55) * (gsm === 170 ? 1.1 : gsm === 250 ? 1.25 : 1);
		} else if (product === 'Posters') {
			const each = qty < 10 ? 4.5 : qty < 50 ? 3 : 2.2;
			p = Math.max(10, qty * each * (colour ? 1 : 0.5));
		} else if (product === 'Business Cards') {
			p = { 250: 28, 500: 38, 1000: 55 }[qty] + (double ? 8 : 0) + (gsm === 400 ? 5 : 0);
			if (!colour) p *= 0.7;
		} else if (product === 'Banners') {
			p = 45 + 35 * (qty - 1);
		} else {
			const each = qty < 50 ? 2.8 : qty < 100 ? 2.2 : qty < 250 ? 1.7 : 1.35;
			p = qty * each * (colour ? 1 : 0.5) * (gsm === 150 ? 1.1 : 1);
		}
		return p;
	};
	const rows = [];
	for (const t of eachDay(day(2023, 1, 3), day(2024, 12, 23))) {
		const s = isoDate(t);
		const dow = t.getUTCDay();
		if (dow === 0 || BANK_HOLIDAYS.has(s) || isChristmas(t)) continue;
		const m = t.getUTCMonth() + 1;
		const growth = t.getUTCFullYear() === 2024 ? 1.06 : 1;
		const n = poisson((dow === 6 ? 1.4 : 2.9) * season[m - 1] * growth);
		const jobs = [];
		for (let k = 0; k < n; k++) {
			if (rand() < 0.3) jobs.push({ cust: privates[weighted(privateWeights)], type: 'Private', account: false, products: [['Flyers', 2], ['Posters', 3], ['Business Cards', 2], ['Banners', 2], ['Booklets', 1]] });
			else {
				const c = weighted(customers.map((c) => [c, c[3]]));
				jobs.push({ cust: c[0], type: c[1], account: c[2], products: c[4] });
			}
		}
		if (elections.some(([a, b]) => t >= a && t <= b) && dow !== 6) {
			for (const [party, type] of parties) if (rand() < (party.includes('Green') ? 0.12 : 0.25)) jobs.push({ cust: party, type, account: false, products: [['Flyers', 8], ['Posters', 1]] });
		}
		for (const j of jobs) {
			const product = weighted(j.products);
			let qty;
			let gsm = null;
			let colour = true;
			let double = false;
			if (product === 'Flyers') {
				qty = j.type === 'Club' && j.cust.startsWith('Tamesford') && j.products[0][1] === 8 ? weighted([[2500, 3], [5000, 5], [10000, 2]]) : weighted([[250, 22], [500, 30], [1000, 28], [2500, 14], [5000, 6]]);
				gsm = weighted([[130, 50], [170, 35], [250, 15]]);
				colour = rand() < 0.82;
				double = rand() < 0.55;
			} else if (product === 'Posters') {
				qty = weighted([[1, 10], [2, 8], [5, 14], [10, 18], [20, 14], [25, 10], [50, 8], [100, 4]]);
				gsm = weighted([[170, 60], [200, 40]]);
				colour = rand() < 0.9;
			} else if (product === 'Business Cards') {
				qty = weighted([[250, 40], [500, 40], [1000, 20]]);
				gsm = weighted([[350, 65], [400, 35]]);
				colour = rand() < 0.94;
				double = rand() < 0.6;
			} else if (product === 'Banners') {
				qty = weighted([[1, 70], [2, 20], [3, 7], [4, 3]]);
			} else {
				qty = weighted([[25, 12], [50, 20], [100, 28], [150, 12], [200, 12], [250, 8], [300, 5], [500, 3]]);
				if (j.cust === "Smith's Funeral Directors") qty = weighted([[50, 3], [100, 5], [150, 2]]);
				gsm = weighted([[100, 40], [130, 40], [150, 20]]);
				colour = rand() < 0.62;
				double = true;
			}
			const rush = rand() < (j.cust === "Smith's Funeral Directors" ? 0.55 : j.cust.startsWith('Tamesford') && j.products[0][1] === 8 ? 0.35 : 0.08);
			let price = priceOf(product, qty, gsm, colour, double) * (rush ? 1.3 : 1) * (t >= day(2024, 3, 1) ? 1.08 : 1);
			price = Math.round(price * 100) / 100;
			const turnaround = { Flyers: 3, Posters: 3, 'Business Cards': 4, Banners: 5, Booklets: 7 }[product];
			const due = workingDaysOn(t, rush ? int(1, 2) : turnaround);
			let collected = null;
			const lateness = weighted([[-1, 8], [0, 45], [1, 20], [2, 10], [3, 6], [5, 5], [8, 4], [14, 2]]);
			const c = addDays(due, lateness);
			if (rand() > 0.012 && c <= day(2024, 12, 23)) collected = c < t ? t : c;
			if (collected && collected.getUTCDay() === 0) collected = addDays(collected, 1);
			if (collected && collected > day(2024, 12, 23)) collected = null;
			const deposit = !j.account && (j.type === 'Private' || j.type === 'Club' || j.type === 'Business') && price >= 100 ? Math.round(price / 2 / 5) * 5 : null;
			rows.push({ t, due, collected, cust: j.cust, type: j.type, product, qty, gsm, colour, double, rush, price, deposit });
		}
	}
	writeCsv(
		OUT,
		'print_jobs.csv',
		['Job No', 'Order Date', 'Due Date', 'Collected', 'Customer', 'customerType', 'Product', 'Qty', 'Paper (gsm)', 'Ink', 'Double Sided', 'Rush', 'Price (£)', 'Deposit Paid (£)'],
		rows.map((r, i) => [6120 + i, isoDate(r.t), isoDate(r.due), r.collected ? isoDate(r.collected) : null, r.cust, r.type, r.product, r.qty, r.gsm, r.colour ? 'Colour' : 'Black & White', r.double ? 'Yes' : 'No', r.rush ? 'Yes' : 'No', r.price.toFixed(2), r.deposit === null ? null : r.deposit.toFixed(2)])
	);
}
