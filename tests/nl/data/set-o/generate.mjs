// Deterministic generator for the set O evaluation tables (a small online shop's customer support
// tickets, one household's daily electricity meter readings, a community football league's match
// results). No dependencies.
// Run from the repo root: node tests/nl/data/set-o/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20250314);
const DAY_MS = 86400000;

/** The items in a random order (Fisher-Yates). */
function shuffle(arr) {
	const a = arr.slice();
	for (let i = a.length - 1; i > 0; i--) {
		const j = int(0, i);
		[a[i], a[j]] = [a[j], a[i]];
	}
	return a;
}


// ------------------------------------------------------------------ support tickets (2023-2024)
{
	// [category, weight, base days to resolve, refund chance]
	const categories = [
		['Delivery', 30, 3, 0.12],
		['Product Question', 22, 1, 0.01],
		['Refund', 15, 5, 0.85],
		['Damaged Item', 10, 6, 0.7],
		['Wrong Item', 8, 5, 0.4],
		['Payment', 8, 2, 0.08],
		['Account', 7, 1, 0]
	];
	// [agent, first day, last day, weight]
	const agents = [
		['Megan Price', day(2023, 1, 1), day(2024, 12, 31), 3],
		['Tom Ashby', day(2023, 1, 1), day(2024, 3, 15), 2.5],
		['Luis Ortega', day(2023, 1, 1), day(2024, 12, 31), 2.5],
		['Aisha Rahman', day(2023, 6, 5), day(2024, 12, 31), 3],
		['Katie Byrne', day(2024, 2, 19), day(2024, 12, 31), 2]
	];
	const customers = [];
	for (let i = 0; i < 1150; i++) customers.push({ id: `C${10001 + i}`, w: Math.exp(normal(0, 0.8)) });
	const rows = [];
	let t = day(2023, 1, 1);
	const end = day(2024, 12, 31);
	while (t <= end) {
		const month = t.getUTCMonth() + 1;
		const dow = t.getUTCDay();
		const yrs = (t - day(2023, 1, 1)) / (365.25 * DAY_MS);
		// busier in Nov-Jan (Black Friday, Christmas, returns) and growing over time
		const season = month === 11 || month === 12 ? 1.7 : month === 1 ? 1.35 : 1;
		const mean = 2.2 * season * (1 + 0.25 * yrs) * (dow === 0 || dow === 6 ? 0.6 : 1.1);
		const n = poisson(mean);
		for (let k = 0; k < n; k++) {
			const cat = weighted(categories.map((c) => [c, c[1]]));
			const isWeekend = dow === 0 || dow === 6;
			const channel = weighted([
				['Email', 10],
				['Live Chat', isWeekend ? 2 : 7],
				['Phone', isWeekend ? 0 : 3],
				['Contact Form', 4]
			]);
			const hour =
				channel === 'Live Chat' || channel === 'Phone'
					? int(9, 17)
					: weighted([[int(0, 7), 1], [int(8, 18), 6], [int(19, 23), 2.5]]);
			const opened = `${isoDate(t)} ${pad(hour)}:${pad(int(0, 59))}:${pad(int(0, 59))}`;
			const pri = weighted([
				['Low', cat[0] === 'Product Question' || cat[0] === 'Account' ? 55 : 25],
				['Medium', 40],
				['High', cat[0] === 'Damaged Item' || cat[0] === 'Wrong Item' || cat[0] === 'Payment' ? 30 : 15],
				['Urgent', cat[0] === 'Payment' ? 14 : 5]
			]);
			const avail = agents.filter(([, a, b]) => t >= a && t <= b);
			const daysToEnd = (end - t) / DAY_MS;
			let status = 'Resolved';
			if (daysToEnd < 25) status = weighted([['Resolved', 25 - daysToEnd], ['Open', 8], ['Waiting on Customer', 5], ['Escalated', 1.5]]);
			else if (rand() < 0.025) status = weighted([['Escalated', 2], ['Waiting on Customer', 1]]);
			const agent = status === 'Open' && rand() < 0.5 ? null : rand() < 0.02 ? null : weighted(avail.map((a) => [a[0], a[3]]));
			const respBase = { Email: 9, 'Live Chat': 0.05, Phone: 0, 'Contact Form': 14 }[channel];
			const respFactor = { Low: 1.4, Medium: 1, High: 0.6, Urgent: 0.3 }[pri];
			const firstResp =
				channel === 'Phone'
					? 0
					: channel === 'Live Chat'
						? round2(clamp(normal(0.08, 0.04), 0.01, 0.5))
						: round1(clamp(respBase * respFactor * Math.exp(normal(0, 0.5)) * (isWeekend ? 2 : 1), 0.2, 96));
			let resolved = null;
			let resolveDays = null;
			if (status === 'Resolved') {
				resolveDays = Math.round(clamp(cat[2] * Math.exp(normal(0, 0.6)) * (channel === 'Live Chat' || channel === 'Phone' ? 0.6 : 1), 0, 40));
				if (cat[0] === 'Product Question' && channel !== 'Email' && rand() < 0.6) resolveDays = 0;
				const rd = addDays(t, resolveDays);
				resolved = rd > end ? isoDate(end) : isoDate(rd);
			}
			let csat = null;
			if (status === 'Resolved' && rand() < 0.42) {
				const mood = 4.4 - 0.08 * resolveDays - (cat[0] === 'Damaged Item' ? 0.4 : 0) + normal(0, 0.9);
				csat = clamp(Math.round(mood), 1, 5);
			}
			const refunded = status !== 'Open' && rand() < cat[3];
			const refund = refunded ? round2(clamp(Math.exp(normal(3.4, 0.7)), 4.99, 450)) : null;
			const cust = weighted(customers.map((c) => [c, c.w]));
			rows.push([0, opened, cust.id, channel, cat[0], pri, agent, status, firstResp, resolved, csat, refunded ? 'Yes' : 'No', refund]);
		}
		t = addDays(t, 1);
	}
	rows.forEach((r, i) => (r[0] = `TCK-${40001 + i}`));
	writeCsv(
		OUT,
		'support_tickets.csv',
		['ticket_id', 'Opened At', 'customer_id', 'Channel', 'Category', 'pri', 'Agent', 'Status', 'firstResponseHrs', 'Resolved On', 'csat', 'Refund Issued', 'Refund (£)'],
		rows
	);
}

// ------------------------------------------------------------------ home electricity (2022-2024)
{
	// [tariff, from, to, single rate £/kWh or null, peak rate, off-peak rate, standing charge £/day]
	const tariffs = [
		['Standard Variable', day(2022, 1, 1), day(2022, 3, 31), 0.209, null, null, 0.25],
		['Standard Variable', day(2022, 4, 1), day(2022, 9, 30), 0.283, null, null, 0.45],
		['Fixed 12M', day(2022, 10, 1), day(2023, 9, 30), 0.339, null, null, 0.47],
		['EV Saver', day(2023, 10, 1), day(2024, 12, 31), null, 0.285, 0.085, 0.53]
	];
	const solarFrom = day(2023, 4, 18);
	const evFrom = day(2023, 9, 22);
	const rows = [];
	let t = day(2022, 1, 1);
	const end = day(2024, 12, 31);
	let away = 0;
	while (t <= end) {
		const doy = (t - day(t.getUTCFullYear(), 1, 1)) / DAY_MS;
		const dow = t.getUTCDay();
		const temp = normal(10.5 - 6.8 * Math.cos((2 * Math.PI * (doy - 20)) / 365), 2.6);
		if (away === 0 && rand() < 0.012) away = int(3, 10); // holidays: the house is nearly idle
		const isAway = away > 0;
		if (away > 0) away--;
		const heating = !isAway && temp < 13.5 ? rand() < 0.93 : temp < 15.5 ? rand() < 0.25 : false;
		const ev = t >= evFrom && !isAway && rand() < (dow === 0 || dow === 6 ? 0.35 : 0.45);
		let use = isAway ? normal(3.2, 0.6) : normal(7.8, 1.4) + (dow === 0 || dow === 6 ? 1.6 : 0);
		if (heating) use += clamp((16 - temp) * 1.15 + normal(0, 1.5), 1, 30);
		if (ev) use += clamp(normal(19, 6), 5, 40);
		let solar = null;
		if (t >= solarFrom) {
			const sun = 11 - 8.5 * Math.cos((2 * Math.PI * (doy - 172 + 182)) / 365);
			solar = round1(clamp(sun * (0.25 + rand() * 0.95), 0.1, 26));
			use -= Math.min(solar * 0.38, use * 0.45);
		}
		const kwh = round2(clamp(use, 1.2, 80));
		const tf = tariffs.find(([, a, b]) => t >= a && t <= b);
		let peak = null;
		let off = null;
		let cost;
		if (tf[3] === null) {
			const offShare = clamp((ev ? 0.62 : 0.22) + normal(0, 0.06), 0.05, 0.9);
			off = round2(kwh * offShare);
			peak = round2(kwh - off);
			cost = peak * tf[4] + off * tf[5] + tf[6];
		} else cost = kwh * tf[3] + tf[6];
		const readType = weighted([['Smart', 93], ['Estimated', 5], ['Manual', t < day(2022, 6, 1) ? 6 : 0.4]]);
		rows.push([
			0,
			isoDate(t),
			kwh,
			peak,
			off,
			solar,
			rand() < 0.035 ? null : round1(temp),
			round2(cost),
			tf[0],
			heating ? 'Yes' : 'No',
			ev ? 'Yes' : 'No',
			readType
		]);
		t = addDays(t, 1);
	}
	rows.forEach((r, i) => (r[0] = `MR-${pad(i + 1, 5)}`));
	writeCsv(
		OUT,
		'home_energy.csv',
		['reading_id', 'Reading Date', 'kwh', 'peak_kwh', 'offPeakKwh', 'solar_kwh', 'Avg Temp (°C)', 'Cost (£)', 'tariff', 'Heating On', 'EV Charged', 'read_type'],
		rows
	);
}

// ------------------------------------------------------------------ football league (2022/23-2024/25)
{
	// [team, ground, attack, defence, crowd]
	const teams = [
		['Ashford Rovers', 'Rovers Lane', 1.35, 0.85, 320],
		['Barnfield United', 'Barnfield Rec', 1.1, 1.0, 180],
		['Castle Vale FC', 'Castle Meadow', 1.45, 0.8, 410],
		['Dockside Athletic', 'The Wharf', 0.95, 1.15, 150],
		['Elmwood Wanderers', 'Memorial Park', 1.05, 1.05, 140],
		['Fairview Town', 'Fairview Stadium', 1.25, 0.95, 520],
		['Greenhill Celtic', 'Greenhill Road', 0.85, 1.2, 120],
		['Harbour City', 'Harbour Park', 1.2, 0.9, 300],
		['Ironbridge Albion', 'Foundry Lane', 1.0, 1.0, 210],
		['Kingsmead FC', 'Memorial Park', 0.9, 1.1, 130],
		['Larkhill Rangers', 'Larkhill Common', 1.15, 1.0, 200],
		['Millbrook Villa', 'Mill Field', 0.8, 1.25, 110],
		['Northgate Sporting', 'Northgate Arena', 1.3, 0.9, 380],
		['Oakley Park', 'Oakley Park Ground', 1.0, 1.05, 170]
	];
	const referees = ['Gary Holt', 'Dean Marsh', 'Sandra Cole', 'Paul Whitaker', 'Rob Ingram', 'Nadia Petrov', 'Chris Dunne', 'Lee Fowler'];
	const matches = [];
	function play(home, away, date, isCup, venue, season, crowdBoost = 1) {
		const hg0 = poisson(1.45 * home[2] * away[3] * 1.12);
		const ag0 = poisson(1.45 * away[2] * home[3] * 0.9);
		let hg = hg0;
		let ag = ag0;
		if (isCup && hg === ag) {
			// a cup tie needs a winner: the winning goal in extra time
			if (rand() < 0.55) hg++;
			else ag++;
		}
		const ref = date < day(2023, 8, 1) ? pick(referees.slice(0, 7)) : date > day(2024, 6, 1) ? pick(referees.filter((r) => r !== 'Gary Holt')) : pick(referees);
		const att = rand() < 0.07 ? null : Math.round(clamp(home[4] * crowdBoost * Math.exp(normal(0, 0.25)) * (isCup ? 1.3 : 1), 35, 2500));
		const yellows = poisson(3.1 + (isCup ? 0.5 : 0));
		const reds = rand() < 0.11 ? (rand() < 0.12 ? 2 : 1) : 0;
		matches.push({ date, season, home: home[0], away: away[0], hg, ag, venue: venue ?? home[1], att, ref, yellows, reds, isCup });
	}
	for (const startYear of [2022, 2023, 2024]) {
		const season = `${startYear}/${String(startYear + 1).slice(2)}`;
		// the first Saturday on or after 6 August
		let first = day(startYear, 8, 6);
		while (first.getUTCDay() !== 6) first = addDays(first, 1);
		// circle method: 13 rounds, then the same rounds with home and away swapped
		const idx = teams.map((_, i) => i);
		const rounds = [];
		for (let r = 0; r < 13; r++) {
			const pairs = [];
			for (let i = 0; i < 7; i++) {
				const a = idx[i];
				const b = idx[13 - i];
				pairs.push(r % 2 === 0 ? [a, b] : [b, a]);
			}
			rounds.push(pairs);
			idx.splice(1, 0, idx.pop());
		}
		const all = [...rounds, ...rounds.map((ps) => ps.map(([a, b]) => [b, a]))];
		let sat = first;
		for (let r = 0; r < all.length; r++) {
			// no games over Christmas; free weekends for county cups, pitches lost to the weather
			while ((sat.getUTCMonth() === 11 && sat.getUTCDate() > 20) || (sat.getUTCMonth() === 0 && sat.getUTCDate() < 4) || rand() < ([0, 1, 10, 11].includes(sat.getUTCMonth()) ? 0.35 : 0.2)) sat = addDays(sat, 7);
			for (const [a, b] of all[r]) {
				const date = rand() < 0.12 ? addDays(sat, 1) : sat; // some Sunday games
				play(teams[a], teams[b], date, false, null, season);
			}
			sat = addDays(sat, 7);
		}
		// the league cup: midweek; 12 teams in round one, 2 byes, then quarter-finals, semis, final
		let remaining = shuffle(teams);
		const cupDates = [day(startYear, 10, 19), day(startYear + 1, 1, 25), day(startYear + 1, 3, 15), day(startYear + 1, 5, 10)];
		const winners = [];
		function cupRound(entrants, date, neutral) {
			const next = [];
			for (let i = 0; i + 1 < entrants.length; i += 2) {
				let d = date;
				while (d.getUTCDay() !== 3) d = addDays(d, 1);
				play(entrants[i], entrants[i + 1], d, true, neutral ? 'County Ground' : null, season, neutral ? 3.2 : 1);
				const m = matches[matches.length - 1];
				next.push(m.hg > m.ag ? entrants[i] : entrants[i + 1]);
			}
			return next;
		}
		const byes = remaining.slice(0, 2);
		winners.push(...byes, ...cupRound(remaining.slice(2), cupDates[0], false));
		remaining = shuffle(winners);
		remaining = cupRound(remaining, cupDates[1], false);
		remaining = cupRound(remaining, cupDates[2], false);
		cupRound(remaining, cupDates[3], true);
	}
	matches.sort((a, b) => a.date - b.date || (a.isCup === b.isCup ? 0 : a.isCup ? 1 : -1));
	const rows = matches.map((m, i) => [
		`M${pad(i + 1, 4)}`,
		isoDate(m.date),
		m.season,
		m.home,
		m.away,
		m.hg,
		m.ag,
		m.venue,
		m.att,
		m.ref,
		m.yellows,
		m.reds,
		m.isCup ? 'Yes' : 'No'
	]);
	writeCsv(
		OUT,
		'league_matches.csv',
		['match_id', 'Match Date', 'Season', 'homeTeam', 'awayTeam', 'home_goals', 'away_goals', 'Venue', 'Attendance', 'Referee', 'Yellow Cards', 'reds', 'Cup Match'],
		rows
	);
}
