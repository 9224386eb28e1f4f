// Deterministic generator for the set R evaluation tables (one person's music listening history,
// a small village primary school's absence and lateness log, a plant nursery's order lines).
// No dependencies.
// Run from the repo root: node tests/nl/data/set-r/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20251017);
const MINUTE_MS = 60000;
const atTime = (d, h, m) => new Date(d.getTime() + (h * 60 + m) * MINUTE_MS);


// ------------------------------------------------------------------ listening history (2023-2024)
{
	// One person (works in an office three days a week, listens on the commute, at work on the
	// laptop, in the evening on a smart speaker and in the car at weekends). One row per play.
	// [artist, genre, album (null: a single), released (null: before 2023), affinity 2023,
	// affinity 2024, tracks [title, seconds]]
	const catalogue = [
		['The Lantern Years', 'Indie', 'Paper Harbours', null, 9, 6, [['Low Tide Radio', 214], ['Northern Line', 189], ['Glasshouse', 241], ['Small Hours', 202], ['Paper Harbours', 233]]],
		['The Lantern Years', 'Indie', 'Sleepwalk City', day(2024, 3, 15), 0, 8, [['Sleepwalk City', 226], ['Copper Skies', 198], ['Vending Machine Love', 175], ['Last Orders', 251]]],
		['Mira Solano', 'Pop', 'Golden Static', null, 8, 4, [['Golden Static', 197], ['Sugar Rush Hour', 183], ['Slow Dance in the Kitchen', 221], ['Satellite', 205]]],
		['Mira Solano', 'Pop', 'Daydream Season', day(2024, 6, 7), 0, 6, [['Daydream Season', 192], ['Postcards', 214], ['Fever Dream', 178]]],
		['DJ Kestrel', 'Electronic', 'Night Bus', null, 6, 4, [['Night Bus', 312], ['Neon Rain', 287], ['Afterparty Logic', 344], ['Tunnel Vision', 301]]],
		['Coastal Drift', 'Electronic', 'Lowlight', null, 4, 4, [['Lowlight', 265], ['Harbour Lights', 298], ['Undertow', 276]]],
		['Ruth Abernethy Trio', 'Jazz', 'Blue Hours', null, 1.5, 6, [['Blue Hours', 402], ['Tenement Waltz', 356], ['Late Train to Leith', 389], ['Rain on Princes Street', 421]]],
		['Hollow Pines', 'Folk', 'Winter Almanac', null, 2.5, 4, [['Winter Almanac', 255], ['The Ferryman', 231], ['Salt and Bone', 268]]],
		['Sam Fenwick', 'Folk', 'Quiet Country', null, 2, 2.5, [['Quiet Country', 244], ['Long Way Round', 259], ['Kettle On', 198]]],
		['Big Sable', 'Hip Hop', 'Concrete Garden', null, 4, 3, [['Concrete Garden', 198], ['No Days Off', 176], ["Grandma's House", 214]]],
		['Big Sable', 'Hip Hop', null, day(2023, 9, 22), 5, 3, [['Overtime', 188]]],
		['Voltage Saints', 'Rock', 'Loud Weather', null, 3, 3, [['Loud Weather', 233], ['Engine Heart', 219], ['Rust Belt Radio', 247], ['Motorway Hymn', 262]]],
		['Amara Okoye', 'R&B', 'Velvet Hours', null, 3, 2.5, [['Velvet Hours', 236], ['Call Me Back', 204], ['Honey and Smoke', 218]]],
		['Elena Varga', 'Classical', 'Chopin: Nocturnes', null, 1, 2.5, [['Nocturne in E-flat major, Op. 9 No. 2', 270], ['Nocturne in C-sharp minor', 235], ['Nocturne in F minor, Op. 55 No. 1', 301]]],
		['The Marlowes', 'Indie', 'Good Grief', null, 3, 1.5, [['Good Grief', 201], ['Bicycle Thief', 187], ['Sunday Papers', 215]]],
		['Kid Juniper', 'Pop', null, day(2023, 5, 12), 4, 2, [['Text Me Back', 172]]],
		['Kid Juniper', 'Pop', 'Bubblegum Weather', null, 2.5, 1.5, [['Bubblegum Weather', 168], ['Roller Disco', 181]]]
	];
	const tracks = catalogue.flatMap(([artist, genre, album, released, a23, a24, list]) =>
		list.map(([title, secs]) => ({ artist, genre, album, released, a23, a24, title, secs }))
	);
	// how a session's setting shifts the taste: [device, genre → factor]
	const moods = {
		commute: { Indie: 1.4, Pop: 1.3, 'Hip Hop': 1.4, Rock: 1.1, Jazz: 0.6, Classical: 0.3 },
		work: { Electronic: 3, Classical: 3, Jazz: 1.6, 'Hip Hop': 0.4, Rock: 0.4, Pop: 0.6 },
		evening: { Jazz: 2.5, Folk: 2.5, 'R&B': 1.8, Classical: 1.5, Electronic: 0.6, Rock: 0.4 },
		car: { Rock: 3, Pop: 1.8, Indie: 1.3, Classical: 0.2, Jazz: 0.5, Electronic: 0.6 }
	};
	const plays = [];
	/** Affinity of a track on a day: the year's taste, and new releases played a lot at first. */
	function weight(tr, t, mood) {
		if (tr.released && t < tr.released) return 0;
		let w = t.getUTCFullYear() === 2023 ? tr.a23 : tr.a24;
		if (tr.released && t - tr.released < 60 * 86400000) w *= 3;
		// folk and jazz in the winter evenings
		const m = t.getUTCMonth() + 1;
		if ((m <= 2 || m >= 11) && (tr.genre === 'Folk' || tr.genre === 'Jazz')) w *= 1.5;
		return (w * (moods[mood][tr.genre] ?? 1)) / 4;
	}
	function session(start, mood, device, nTracks) {
		const shuffle = rand() < { commute: 0.6, work: 0.55, evening: 0.35, car: 0.3 }[mood];
		let t = start;
		let current = null;
		for (let k = 0; k < nTracks; k++) {
			let tr;
			if (!shuffle && current) {
				// album order: the next track of the album, or a new pick at its end
				const same = tracks.filter((x) => x.album && x.album === current.album);
				const i = same.indexOf(current);
				tr = i >= 0 && i < same.length - 1 ? same[i + 1] : null;
			}
			if (!tr) tr = weighted(tracks.map((x) => [x, weight(x, start, mood)]));
			current = tr;
			const aff = start.getUTCFullYear() === 2023 ? tr.a23 : tr.a24;
			const skipP = clamp(0.14 + (shuffle ? 0.12 : 0) - aff * 0.012 + (mood === 'car' ? -0.06 : 0), 0.03, 0.5);
			const skipped = rand() < skipP;
			let ms;
			if (skipped) ms = int(1200, Math.floor(tr.secs * 450));
			else if (k === nTracks - 1 && rand() < 0.25) ms = Math.floor(tr.secs * 1000 * (0.4 + 0.55 * rand()));
			else ms = tr.secs * 1000 - int(0, 900);
			plays.push({
				at: t,
				track: tr.title,
				artist: tr.artist,
				album: tr.album,
				// the export left the genre blank on some plays
				genre: rand() < 0.035 ? null : tr.genre,
				ms,
				secs: tr.secs,
				skipped,
				device,
				shuffle
			});
			t = new Date(t.getTime() + ms + int(1, 4) * 1000);
		}
	}
	const start = day(2023, 1, 1);
	const end = day(2024, 12, 31);
	for (let t = start; t <= end; t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		const away = (t >= day(2023, 8, 12) && t <= day(2023, 8, 26)) || (t >= day(2024, 7, 27) && t <= day(2024, 8, 7));
		const xmas = m === 12 && t.getUTCDate() >= 23;
		if (away) {
			if (rand() < 0.5) session(atTime(t, int(9, 21), int(0, 59)), 'commute', 'Phone', int(2, 6));
			continue;
		}
		if (dow >= 1 && dow <= 5 && !xmas) {
			const office = dow === 2 || dow === 3 || dow === 4;
			if (office && rand() < 0.48) session(atTime(t, 7, int(35, 59)), 'commute', 'Phone', int(3, 6));
			if (rand() < (office ? 0.07 : 0.24)) session(atTime(t, int(9, 15), int(0, 59)), 'work', 'Laptop', int(3, 9));
			if (office && rand() < 0.33) session(atTime(t, 17, int(20, 50)), 'commute', 'Phone', int(2, 5));
			if (rand() < 0.14) session(atTime(t, int(18, 21), int(0, 59)), 'evening', 'Smart Speaker', int(3, 7));
		} else {
			if (rand() < 0.2) session(atTime(t, int(10, 16), int(0, 59)), 'car', 'Car', int(4, 11));
			if (rand() < 0.26) session(atTime(t, int(9, 21), int(0, 59)), 'evening', 'Smart Speaker', int(3, 8));
		}
	}
	plays.sort((a, b) => a.at - b.at);
	writeCsv(
		OUT,
		'listening_history.csv',
		['play_id', 'Played At', 'Track', 'Artist', 'album', 'genre', 'ms_played', 'Track Length (s)', 'Skipped', 'device', 'Shuffle'],
		plays.map((p, i) => [
			880001 + i,
			isoStamp(p.at),
			p.track,
			p.artist,
			p.album,
			p.genre,
			p.ms,
			p.secs,
			p.skipped ? 'Yes' : 'No',
			p.device,
			p.shuffle ? 'Yes' : 'No'
		])
	);
}

// ------------------------------------------------------------------ pupil absences (2022-2025)
{
	// Brook Lane Primary, a small village school: Reception to Year 6 in three mixed-age classes.
	// The office's log of every session a pupil was not marked present on time: one row per pupil
	// and register session (AM or PM) that was an absence or a late mark, school years 2022/23,
	// 2023/24 and 2024/25.
	const firstNames = [
		'Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Noah', 'Freya', 'Arthur', 'Poppy', 'Leo',
		'Evie', 'Harry', 'Ivy', 'Jack', 'Rosie', 'Theo', 'Willow', 'Oscar', 'Grace', 'Charlie',
		'Lily', 'Alfie', 'Maisie', 'Finley', 'Ella', 'Jacob', 'Sophia', 'Reuben', 'Ruby', 'Max',
		'Esme', 'Harrison', 'Zara', 'Ibrahim', 'Aisha', 'Mohammed', 'Hana', 'Kacper', 'Zofia', 'Tobias'
	];
	const lastNames = [
		'Hughes', 'Bennett', 'Carter', 'Fletcher', 'Walsh', 'Turner', 'Price', 'Morgan', 'Shaw',
		'Barker', 'Lloyd', 'Harding', 'Marsh', 'Dixon', 'Pearce', 'Holloway', 'Kaur', 'Rahman',
		'Nowak', 'Ahmed', 'Griffiths', 'Reid', 'Foster', 'Cole', 'Stephens', 'Webb', 'Khan', 'Baxter'
	];
	const muslimFirst = new Set(['Ibrahim', 'Aisha', 'Mohammed', 'Hana']);
	const yearGroups = ['Reception', 'Year 1', 'Year 2', 'Year 3', 'Year 4', 'Year 5', 'Year 6'];
	const classOf = (g) => (g <= 1 ? 'Wrens' : g <= 3 ? 'Robins' : 'Owls');
	// terms (first and last day) of each school year, by the year it starts
	const terms = {
		2022: [[day(2022, 9, 6), day(2022, 10, 21)], [day(2022, 10, 31), day(2022, 12, 16)], [day(2023, 1, 4), day(2023, 2, 10)], [day(2023, 2, 20), day(2023, 3, 31)], [day(2023, 4, 17), day(2023, 5, 26)], [day(2023, 6, 5), day(2023, 7, 21)]],
		2023: [[day(2023, 9, 5), day(2023, 10, 20)], [day(2023, 10, 30), day(2023, 12, 20)], [day(2024, 1, 4), day(2024, 2, 9)], [day(2024, 2, 19), day(2024, 3, 28)], [day(2024, 4, 15), day(2024, 5, 24)], [day(2024, 6, 3), day(2024, 7, 23)]],
		2024: [[day(2024, 9, 4), day(2024, 10, 25)], [day(2024, 11, 4), day(2024, 12, 20)], [day(2025, 1, 7), day(2025, 2, 14)], [day(2025, 2, 24), day(2025, 4, 4)], [day(2025, 4, 22), day(2025, 5, 23)], [day(2025, 6, 2), day(2025, 7, 22)]]
	};
	const bankHolidays = new Set(['2023-05-01', '2023-05-08', '2024-05-06', '2025-05-05']);
	const eid = new Set(['2023-04-21', '2023-06-28', '2024-06-17', '2025-03-31', '2025-06-06']);
	const schoolDays = (y) => {
		const days = [];
		for (const [a, b] of terms[y])
			for (let t = a; t <= b; t = addDays(t, 1)) {
				const dow = t.getUTCDay();
				if (dow !== 0 && dow !== 6 && !bankHolidays.has(isoDate(t))) days.push(t);
			}
		return days;
	};
	// pupils: a cohort of 6-10 starts Reception each September, 2016-2024
	const pupils = [];
	const usedNames = new Set();
	let nextId = 101;
	for (let entry = 2016; entry <= 2024; entry++) {
		const n = int(6, 10);
		for (let k = 0; k < n; k++) {
			let name;
			do name = `${pick(firstNames)} ${pick(lastNames)}`;
			while (usedNames.has(name));
			usedNames.add(name);
			const persistent = rand() < 0.06;
			pupils.push({
				id: `BL${pad(nextId++, 4)}`,
				name,
				entry,
				ill: Math.exp(normal(0, 0.45)),
				late: weighted([[0.3, 8], [1, 2], [4, 0.6]]),
				unexplained: persistent ? 14 : weighted([[0.5, 6], [1.5, 2]]),
				holiday: weighted([[0, 5], [0.5, 3], [1.5, 1.2]]),
				muslim: muslimFirst.has(name.split(' ')[0]),
				// a few families move away mid-year
				leaves: rand() < 0.05 ? addDays(day(2022 + int(0, 2), 9, 1), int(60, 300)) : null
			});
		}
	}
	const records = [];
	const reportedVia = () => weighted([['Phone', 45], ['App', 40], ['Email', 10], ['In person', 5]]);
	function add(p, g, t, session, mark, reason, authorised, minsLate, via) {
		records.push({ p, g, t, session, mark, reason, authorised, minsLate, via });
	}
	for (const y of [2022, 2023, 2024]) {
		const days = schoolDays(y);
		const inSchool = pupils.filter((p) => y - p.entry >= 0 && y - p.entry <= 6);
		for (const p of inSchool) {
			const g = y - p.entry;
			// a family holiday in term time: the last days of a term or the first of the next
			const holidayDays = new Set();
			if (rand() < 0.2 * p.holiday) {
				const k = int(0, 5);
				const n = int(2, 5);
				const [a, b] = terms[y][k];
				const termDays = days.filter((d) => d >= a && d <= b);
				const chosen = rand() < 0.7 ? termDays.slice(-n) : termDays.slice(0, n);
				for (const d of chosen) holidayDays.add(isoDate(d));
			}
			const holidayAuthorised = rand() < 0.12;
			let illLeft = 0;
			for (const t of days) {
				if (p.leaves && t >= p.leaves) break;
				const m = t.getUTCMonth() + 1;
				const iso = isoDate(t);
				if (holidayDays.has(iso)) {
					const via = reportedVia();
					add(p, g, t, 'AM', 'Absent', 'Family holiday', holidayAuthorised, null, via);
					add(p, g, t, 'PM', 'Absent', 'Family holiday', holidayAuthorised, null, via);
					continue;
				}
				if (illLeft > 0) {
					illLeft--;
					const via = rand() < 0.6 ? reportedVia() : 'Phone';
					add(p, g, t, 'AM', 'Absent', 'Illness', true, null, via);
					add(p, g, t, 'PM', 'Absent', 'Illness', true, null, via);
					continue;
				}
				const winter = m >= 11 || m <= 3 ? 1.6 : 0.8;
				const little = g <= 1 ? 1.3 : 1;
				if (rand() < 0.0095 * p.ill * winter * little) {
					illLeft = weighted([[1, 5], [2, 3], [3, 2], [5, 0.6]]) - 1;
					if (rand() < 0.22) {
						// sent home at lunchtime
						add(p, g, t, 'PM', 'Absent', 'Illness', true, null, 'In person');
					} else {
						const via = reportedVia();
						add(p, g, t, 'AM', 'Absent', 'Illness', true, null, via);
						add(p, g, t, 'PM', 'Absent', 'Illness', true, null, via);
					}
					continue;
				}
				if (p.muslim && eid.has(iso)) {
					const via = reportedVia();
					add(p, g, t, 'AM', 'Absent', 'Religious observance', true, null, via);
					add(p, g, t, 'PM', 'Absent', 'Religious observance', true, null, via);
					continue;
				}
				if (rand() < 0.0024) {
					add(p, g, t, rand() < 0.6 ? 'AM' : 'PM', 'Absent', 'Medical appointment', true, null, reportedVia());
					continue;
				}
				if (rand() < 0.0004) {
					const via = reportedVia();
					add(p, g, t, 'AM', 'Absent', 'Family emergency', true, null, via);
					add(p, g, t, 'PM', 'Absent', 'Family emergency', true, null, via);
					continue;
				}
				if (rand() < 0.0016 * p.unexplained) {
					// no reason given: unauthorised
					if (rand() < 0.65) {
						add(p, g, t, 'AM', 'Absent', null, false, null, null);
						add(p, g, t, 'PM', 'Absent', null, false, null, null);
					} else add(p, g, t, rand() < 0.5 ? 'AM' : 'PM', 'Absent', null, false, null, null);
					continue;
				}
				if (rand() < 0.009 * p.late * (m === 12 || m <= 2 ? 1.4 : 1)) {
					// late: after 8:50 registration; after 9:20 the register has closed (unauthorised)
					const mins = rand() < 0.12 ? int(31, 75) : clamp(Math.round(Math.exp(normal(2.2, 0.6))), 2, 30);
					const reason = weighted([[null, 7], ['Medical appointment', 1.2], ['Transport', 1.5]]);
					add(p, g, t, 'AM', 'Late', reason, mins <= 30, mins, 'In person');
				}
			}
		}
	}
	records.sort((a, b) => a.t - b.t || a.session.localeCompare(b.session) || a.p.id.localeCompare(b.p.id));
	writeCsv(
		OUT,
		'pupil_absences.csv',
		['record_id', 'Pupil ID', 'pupil_name', 'Year Group', 'Class', 'session_date', 'Session', 'Mark', 'Reason', 'Authorised', 'minsLate', 'reportedVia'],
		records.map((r, i) => [
			30001 + i,
			r.p.id,
			r.p.name,
			yearGroups[r.g],
			classOf(r.g),
			isoDate(r.t),
			r.session,
			r.mark,
			r.reason,
			r.authorised ? 'Yes' : 'No',
			r.minsLate,
			r.via
		])
	);
}

// ------------------------------------------------------------------ nursery orders (2022-2024)
{
	// Fernhill Plants, a family plant nursery near Totnes in Devon, open March to December. The
	// order book: orders taken online, by phone and in the shop (for plants to be delivered or
	// collected later), one row per order line.
	// [plant, type, [[pot size, base price £ in 2022], …], popularity, season]
	const plants = [
		['Lavender Hidcote', 'Shrub', [['9cm', 3.5], ['2L', 8.5]], 6, 'spring'],
		['Rosemary', 'Herb', [['9cm', 3.25], ['1L', 5.99]], 4, 'spring'],
		['Thyme', 'Herb', [['9cm', 2.95]], 3, 'spring'],
		['Mint', 'Herb', [['9cm', 2.95]], 3, 'spring'],
		['Basil', 'Herb', [['9cm', 2.5]], 3, 'summer'],
		['Geranium Rozanne', 'Perennial', [['9cm', 4.5], ['2L', 11.99]], 5, 'spring'],
		['Foxglove', 'Perennial', [['9cm', 3.5], ['2L', 7.99]], 4, 'spring'],
		['Hosta', 'Perennial', [['2L', 9.99]], 3, 'spring'],
		['Echinacea', 'Perennial', [['2L', 10.5]], 3, 'summer'],
		['Salvia Caradonna', 'Perennial', [['2L', 9.5]], 3, 'summer'],
		['Hydrangea Annabelle', 'Shrub', [['3L', 18.99], ['10L', 39.99]], 4, 'any'],
		['Buddleja', 'Shrub', [['3L', 14.99]], 2, 'spring'],
		['Pittosporum', 'Shrub', [['3L', 16.5], ['10L', 42]], 3, 'any'],
		['Box Ball', 'Shrub', [['5L', 29.99]], 2, 'any'],
		['Clematis Montana', 'Climber', [['2L', 14.5], ['3L', 19.99]], 3, 'spring'],
		['Climbing Rose', 'Climber', [['3L', 22.5]], 3, 'spring'],
		['Star Jasmine', 'Climber', [['3L', 17.99]], 3, 'any'],
		['Japanese Maple', 'Tree', [['10L', 65], ['20L', 120]], 2, 'winter'],
		['Silver Birch', 'Tree', [['10L', 45], ['20L', 85]], 2, 'winter'],
		['Olive Tree', 'Tree', [['20L', 89]], 1.5, 'any'],
		['Apple Tree Bramley', 'Fruit Tree', [['12L', 39.99]], 2, 'winter'],
		['Plum Tree Victoria', 'Fruit Tree', [['12L', 42.5]], 1.5, 'winter'],
		['Fountain Grass', 'Grass', [['2L', 9.5]], 2, 'summer'],
		['Blue Fescue', 'Grass', [['1L', 5.5]], 2, 'spring'],
		['Petunias', 'Bedding', [['6 pack', 4.99]], 4, 'bedding'],
		['Busy Lizzies', 'Bedding', [['6 pack', 4.5]], 3, 'bedding'],
		['Cosmos', 'Bedding', [['6 pack', 4.75]], 2.5, 'bedding']
	];
	/** How much a plant sells in a month, by its season. */
	function seasonal(season, m) {
		if (season === 'bedding') return m >= 4 && m <= 6 ? 3 : 0;
		if (season === 'summer') return m >= 5 && m <= 8 ? 1.8 : m === 4 || m === 9 ? 0.6 : 0.15;
		if (season === 'winter') return m >= 10 || m <= 3 ? 2.4 : 0.25;
		if (season === 'spring') return m >= 3 && m <= 5 ? 1.6 : m >= 9 && m <= 10 ? 1 : 0.6;
		return 1;
	}
	const monthOrders = { 3: 1.3, 4: 2.1, 5: 2.2, 6: 1.3, 7: 0.9, 8: 0.7, 9: 0.9, 10: 1.1, 11: 0.8, 12: 0.5 };
	const towns = [
		['Totnes', 30],
		['Dartington', 10],
		['Paignton', 12],
		['Newton Abbot', 12],
		['Ashburton', 6],
		['Buckfastleigh', 5],
		['Kingsbridge', 7],
		['Dartmouth', 6],
		['Torquay', 8],
		['Exeter', 5],
		['Plymouth', 5]
	];
	/** A shelf price: to the nearest 50p less a penny (8.49), or to the penny under £5. */
	const shelf = (x) => (x >= 5 ? round2(Math.round(x * 2) / 2 - 0.01) : round2(Math.round(x * 20) / 20));
	const lines = [];
	let orderNo = 10000;
	const start = day(2022, 3, 1);
	const end = day(2024, 11, 30);
	for (let t = start; t <= end; t = addDays(t, 1)) {
		const y = t.getUTCFullYear();
		const m = t.getUTCMonth() + 1;
		const dow = t.getUTCDay();
		if (m <= 2 || (m === 12 && t.getUTCDate() >= 22)) continue; // closed
		const growth = y === 2022 ? 1 : y === 2023 ? 1.15 : 1.25;
		const n = poisson(monthOrders[m] * growth * (dow === 6 || dow === 0 ? 1.3 : 0.9) * 0.55);
		for (let k = 0; k < n; k++) {
			const trade = rand() < 0.09;
			const onlineShare = y === 2022 ? 0.3 : y === 2023 ? 0.42 : 0.52;
			const channel = trade
				? weighted([['Phone', 6], ['Online', 3], ['Shop', 1]])
				: weighted([['Online', onlineShare], ['Phone', 0.18], ['Shop', 0.82 - onlineShare]]);
			const nLines = trade ? 2 + poisson(2.2) : 1 + poisson(1.1);
			const chosen = new Set();
			const orderLines = [];
			for (let j = 0; j < nLines && chosen.size < plants.length; j++) {
				const pl = weighted(plants.filter((x) => !chosen.has(x)).map((x) => [x, x[3] * seasonal(x[4], m)]));
				chosen.add(pl);
				const [pot, base] = pl[2].length > 1 ? weighted(pl[2].map((s, i) => [s, i === 0 ? 1.6 : 1])) : pl[2][0];
				const big = pl[1] === 'Tree' || pl[1] === 'Fruit Tree';
				let qty = big ? weighted([[1, 8], [2, 1.5], [3, 0.4]]) : pl[1] === 'Shrub' || pl[1] === 'Climber' ? int(1, 3) : int(1, 6);
				if (trade) qty *= big ? int(2, 5) : int(3, 10);
				const yearUp = y === 2022 ? 1 : y === 2023 ? 1.07 : 1.1;
				const sale = !trade && m >= 9 && m <= 10 && (pl[1] === 'Perennial' || pl[1] === 'Herb' || pl[1] === 'Grass') && t.getUTCDate() >= 15;
				orderLines.push({ pl, pot, qty, price: shelf(base * yearUp), sale });
			}
			const loyalty = !trade && rand() < 0.14;
			const hasBig = orderLines.some((l) => ['10L', '12L', '20L'].includes(l.pot) || l.qty >= 12);
			const delivery = trade
				? rand() < 0.9
				: channel === 'Online'
					? rand() < 0.82
					: channel === 'Phone'
						? rand() < 0.7
						: rand() < (hasBig ? 0.55 : 0.06);
			let delivered = null;
			if (delivery) {
				const d = addDays(t, (hasBig ? int(3, 12) : int(1, 6)) + (m === 4 || m === 5 ? int(0, 3) : 0));
				// the export was taken on 2024-12-03: later deliveries had not happened
				if (d <= day(2024, 12, 3) && rand() > 0.006) delivered = d;
			}
			const town =
				channel === 'Shop' && !delivery && rand() < 0.35 ? null : rand() < 0.015 ? null : weighted(towns);
			const no = `FH${++orderNo}`;
			for (const l of orderLines)
				lines.push({
					no,
					date: t,
					plant: l.pl[0],
					type: l.pl[1],
					pot: l.pot,
					qty: l.qty,
					price: l.price,
					disc: trade ? 15 : l.sale ? 20 : loyalty ? 10 : 0,
					town,
					channel,
					delivery,
					delivered,
					trade
				});
		}
	}
	writeCsv(
		OUT,
		'nursery_orders.csv',
		['order_no', 'Order Date', 'Plant', 'plantType', 'Pot Size', 'qty', 'Unit Price (£)', 'disc_pct', 'Customer Town', 'channel', 'Delivery', 'delivered_date', 'Trade Customer'],
		lines.map((l) => [
			l.no,
			isoDate(l.date),
			l.plant,
			l.type,
			l.pot,
			l.qty,
			l.price.toFixed(2),
			l.disc,
			l.town,
			l.channel,
			l.delivery ? 'Yes' : 'No',
			l.delivered ? isoDate(l.delivered) : null,
			l.trade ? 'Yes' : 'No'
		])
	);
}
