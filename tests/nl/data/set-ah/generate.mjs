// Deterministic generator for the set AH evaluation tables (an animal rescue centre's intake
// register, a tennis and padel club's court booking sheet, a free-range egg farm's daily
// collection log). No dependencies. Run from the repo root: node tests/nl/data/set-ah/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, pad, randomTools, round1, uniqueNamer, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20261215);

const END = day(2024, 12, 31);
const daysBetween = (a, b) => Math.round((b.getTime() - a.getTime()) / 86400000);

// ------------------------------------------------------------------ animal rescue intakes (2023-2024)
{
	// Hollybank Animal Rescue, a small independent rescue centre: its intake register for 2023 and
	// 2024, one row per animal taken in. Dogs in the kennel block (kennels 01-24), cats in the
	// cattery (pens 25-40), rabbits, guinea pigs and ferrets in the small animal room (41-46).
	// Kitten season from May to September; more dogs given up in January and February and in the
	// summer; rabbits after Easter. Strays with a microchip are mostly reclaimed by their owners
	// within days. The outcome is empty while the animal is still in the centre's care (the
	// register was exported on 31 December 2024). The adoption fee is set on the day of adoption;
	// fees went up on 1 March 2024. Vet costs are what the centre paid for the animal's treatment.
	const species = [
		['Dog', 0.62],
		['Cat', 0.62],
		['Rabbit', 0.16],
		['Guinea Pig', 0.06],
		['Ferret', 0.03]
	];
	const season = {
		Dog: [1.45, 1.3, 0.9, 0.85, 0.85, 0.9, 1.1, 1.2, 0.95, 0.85, 0.85, 0.8],
		Cat: [0.55, 0.5, 0.65, 0.85, 1.35, 1.6, 1.7, 1.55, 1.3, 0.9, 0.6, 0.45],
		Rabbit: [0.6, 0.6, 0.8, 1.5, 1.6, 1.3, 1.3, 1.2, 0.9, 0.8, 0.7, 0.7],
		'Guinea Pig': [0.8, 0.8, 0.9, 1.1, 1.2, 1.2, 1.2, 1.1, 1, 0.9, 0.9, 0.9],
		Ferret: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
	};
	const breeds = {
		Dog: [['Staffordshire Bull Terrier', 20], ['Crossbreed', 18], ['Jack Russell Terrier', 10], ['Lurcher', 10], ['Labrador Retriever', 7], ['Greyhound', 6], ['Border Collie', 6], ['Cocker Spaniel', 6], ['German Shepherd', 5], ['French Bulldog', 5], ['Chihuahua', 5], ['Shih Tzu', 3]],
		Cat: [['Domestic Shorthair', 62], ['Domestic Longhair', 14], ['British Shorthair', 6], ['Bengal', 5], ['Maine Coon', 3], ['Siamese', 3], ['Ragdoll', 3]],
		Rabbit: [['Lop', 30], ['Lionhead', 20], ['Netherland Dwarf', 15], ['Rex', 10], ['Mixed', 25]],
		'Guinea Pig': [['American', 40], ['Abyssinian', 30], ['Teddy', 15], ['Peruvian', 15]],
		Ferret: [[null, 1]]
	};
	const colours = {
		Dog: [['Brindle', 14], ['Black', 16], ['Tan', 12], ['Black and White', 12], ['Brown', 12], ['White', 8], ['Tricolour', 10], ['Fawn', 8], ['Grey', 6], ['Blue', 4]],
		Cat: [['Black', 22], ['Tabby', 24], ['Black and White', 16], ['Ginger', 12], ['Tortoiseshell', 8], ['Grey', 8], ['White', 5], ['Calico', 5]],
		Rabbit: [['White', 20], ['Brown', 25], ['Grey', 20], ['Black', 15], ['Black and White', 20]],
		'Guinea Pig': [['Brown', 30], ['White', 20], ['Tricolour', 35], ['Black', 15]],
		Ferret: [['Sable', 50], ['Albino', 25], ['Polecat', 25]]
	};
	const names = ['Bella', 'Luna', 'Max', 'Milo', 'Poppy', 'Teddy', 'Daisy', 'Bear', 'Buster', 'Molly', 'Charlie', 'Rosie', 'Tilly', 'Coco', 'Oscar', 'Bonnie', 'Ruby', 'Alfie', 'Tiger', 'Smudge', 'Misty', 'Shadow', 'Pepper', 'Ziggy', 'Nala', 'Simba', 'Loki', 'Thor', 'Biscuit', 'Ginger', 'Willow', 'Hazel', 'Bramble', 'Pippin', 'Clover', 'Thumper', 'Nibbles', 'Peanut', 'Domino', 'Socks', 'Duke', 'Rocky', 'Bruno', 'Tyson', 'Roxy', 'Lola', 'Jasper', 'Sooty', 'Marley', 'Winnie', 'Dexter', 'Archie', 'Lady', 'Sasha', 'Cleo', 'Felix', 'Murphy', 'Bobby', 'Holly', 'Maisie', 'Treacle', 'Fudge', 'Mabel', 'Ollie', 'Scout', 'Pebbles', 'Honey', 'Toffee', 'Nutmeg', 'Bluebell', 'Jess', 'Kai', 'Zeus', 'Blue'];
	const staff = ["Niamh O'Reilly", 'Tom Beckett', 'Gemma Hart', 'Des McAllister'];
	const reasons = {
		Dog: [['Stray', 30], ["Owner can't cope", 20], ['Moving house', 14], ['Allergies', 5], ['Owner died', 5], ['Welfare case', 10], ['Relationship breakdown', 8], ['Transferred in', 8]],
		Cat: [['Stray', 40], ["Owner can't cope", 15], ['Moving house', 14], ['Allergies', 10], ['Owner died', 5], ['Welfare case', 6], ['Relationship breakdown', 4], ['Transferred in', 6]],
		Rabbit: [['Stray', 12], ["Owner can't cope", 35], ['Moving house', 14], ['Allergies', 10], ['Welfare case', 12], ['Relationship breakdown', 5], ['Transferred in', 12]],
		'Guinea Pig': [['Stray', 4], ["Owner can't cope", 40], ['Moving house', 20], ['Allergies', 16], ['Welfare case', 10], ['Transferred in', 10]],
		Ferret: [['Stray', 40], ["Owner can't cope", 30], ['Moving house', 15], ['Welfare case', 15]]
	};
	const fee = (sp, age, when) => {
		const late = when >= day(2024, 3, 1);
		if (sp === 'Dog') return age < 1 ? (late ? 275 : 250) : age >= 9 ? 95 : late ? 195 : 175;
		if (sp === 'Cat') return age < 0.5 ? (late ? 105 : 95) : age >= 11 ? 40 : late ? 90 : 80;
		if (sp === 'Rabbit') return late ? 45 : 40;
		if (sp === 'Guinea Pig') return late ? 25 : 20;
		return late ? 55 : 50;
	};
	const kennelRange = { Dog: [1, 24], Cat: [25, 40], Rabbit: [41, 46], 'Guinea Pig': [41, 46], Ferret: [41, 46] };
	const rows = [];
	const seqByYear = { 2023: 0, 2024: 0 };
	for (let t = day(2023, 1, 1); t <= END; t = addDays(t, 1)) {
		const m = t.getUTCMonth();
		const y = t.getUTCFullYear();
		const dow = t.getUTCDay();
		const growth = y === 2024 ? 1.08 : 1;
		const intakeStaff = () => (t >= day(2024, 2, 5) ? weighted([[staff[0], 30], [staff[1], 25], [staff[2], 30], ['Priya Shah', 15]]) : weighted([[staff[0], 34], [staff[1], 30], [staff[2], 26], [staff[3], 10]]));
		const closed = t.getUTCDate() === 25 && m === 11;
		if (closed) continue;
		const groups = [];
		for (const [sp, base] of species) {
			const n = poisson(base * season[sp][m] * growth * (dow === 0 ? 0.5 : 1) * 0.95);
			for (let k = 0; k < n; k++) groups.push(sp);
		}
		for (const sp of groups) {
			const reason = weighted(reasons[sp]);
			// a litter of kittens (or a pair of rabbits, guinea pigs) comes in together
			const litter = sp === 'Cat' && m >= 3 && m <= 8 && rand() < 0.22 ? int(2, 5) : (sp === 'Rabbit' || sp === 'Guinea Pig') && rand() < 0.35 ? 2 : 1;
			const isKittens = sp === 'Cat' && litter > 1;
			const bornHere = isKittens && rand() < 0.2;
			const breed = weighted(breeds[sp]);
			const colour = weighted(colours[sp]);
			const who = intakeStaff();
			for (let k = 0; k < litter; k++) {
				const age =
					isKittens ? round1(clamp(normal(0.15, 0.05), 0.1, 0.3)) :
					sp === 'Dog' ? round1(clamp(Math.abs(normal(3.5, 3.2)), 0.2, 15)) :
					sp === 'Cat' ? round1(clamp(Math.abs(normal(4.5, 4)), 0.2, 18)) :
					sp === 'Rabbit' ? round1(clamp(Math.abs(normal(2, 1.6)), 0.3, 9)) :
					sp === 'Guinea Pig' ? round1(clamp(Math.abs(normal(1.8, 1.2)), 0.2, 6)) : round1(clamp(Math.abs(normal(2.5, 1.5)), 0.4, 7));
				const r = bornHere ? 'Born at centre' : reason;
				const chipRate = sp === 'Dog' ? 0.78 : sp === 'Cat' ? (t >= day(2024, 6, 10) ? 0.52 : 0.34) : sp === 'Ferret' ? 0.2 : sp === 'Rabbit' ? 0.08 : 0;
				const chipped = !isKittens && rand() < chipRate;
				const neutered = !isKittens && age >= 0.6 && rand() < (sp === 'Dog' ? 0.45 : sp === 'Cat' ? 0.55 : sp === 'Rabbit' ? 0.3 : 0.1);
				const sex = rand() < 0.5 ? 'M' : 'F';
				// outcome and stay
				let outcome;
				let stay;
				const roll = rand();
				if (r === 'Stray' && chipped && roll < 0.72) {
					outcome = 'Reclaimed';
					stay = int(0, 6);
				} else if (r === 'Stray' && roll < (sp === 'Dog' ? 0.2 : 0.06)) {
					outcome = 'Reclaimed';
					stay = int(1, 10);
				} else if (roll > 0.97 - (age > 12 ? 0.08 : 0) - (r === 'Welfare case' ? 0.05 : 0)) {
					outcome = rand() < 0.4 ? 'Died' : 'Put to sleep';
					stay = int(1, 60);
				} else if (roll > 0.9 - (sp === 'Dog' && breed === 'Staffordshire Bull Terrier' ? 0.08 : 0)) {
					outcome = 'Transferred';
					stay = int(3, 35);
				} else {
					outcome = 'Adopted';
					const med = { Dog: 38, Cat: 24, Rabbit: 48, 'Guinea Pig': 30, Ferret: 40 }[sp];
					let s = med * Math.exp(normal(0, 0.55));
					if (sp === 'Dog' && breed === 'Staffordshire Bull Terrier') s *= 2.1;
					if (sp === 'Dog' && ['French Bulldog', 'Chihuahua', 'Shih Tzu', 'Cocker Spaniel'].includes(breed)) s *= 0.5;
					if (sp === 'Dog' && breed === 'Greyhound') s *= 1.4;
					if (sp === 'Cat' && colour === 'Black') s *= 1.35;
					if (age >= 9) s *= 1.7;
					if (isKittens) s = Math.max(s, 60 - age * 365 + int(0, 20));
					stay = Math.round(clamp(s, 5, 420));
				}
				const outDate = addDays(t, stay);
				const still = outDate > END;
				const vet =
					(sp === 'Dog' ? 60 : sp === 'Cat' ? 45 : sp === 'Rabbit' ? 30 : sp === 'Ferret' ? 35 : 12) * (outcome === 'Reclaimed' ? 0.25 : 1) +
					(!neutered && outcome === 'Adopted' && !still ? { Dog: 180, Cat: 65, Rabbit: 70, 'Guinea Pig': 0, Ferret: 60 }[sp] : 0) +
					(rand() < (r === 'Welfare case' ? 0.35 : 0.08) ? int(150, 1400) : 0) +
					(sp === 'Dog' && rand() < 0.15 ? int(120, 320) : 0);
				const seq = ++seqByYear[y];
				const [klo, khi] = kennelRange[sp];
				rows.push({
					id: `${String(y).slice(2)}-${pad(seq, 4)}`,
					t,
					name: pick(names),
					sp,
					breed,
					sex,
					colour: isKittens && rand() < 0.35 ? weighted(colours.Cat) : colour,
					age,
					r,
					chipped,
					neutered,
					kennel: pad(int(klo, khi), 2),
					outcome: still ? null : outcome,
					outDate: still ? null : outDate,
					fee: !still && outcome === 'Adopted' ? fee(sp, age + stay / 365, outDate) : null,
					vet: Math.round(vet * clamp(normal(1, 0.12), 0.7, 1.3) * 100) / 100,
					who
				});
			}
		}
	}
	// a few names with an apostrophe
	const rename = (from, test, nm) => {
		const r = rows.slice(from).find(test);
		r.name = nm;
	};
	rename(60, (r) => r.sp === 'Cat' && r.sex === 'M' && r.age > 2, "Mr O'Malley");
	rename(300, (r) => r.sp === 'Dog' && r.sex === 'M', "D'Artagnan");
	rename(900, (r) => r.sp === 'Cat' && r.colour === 'Ginger' && r.t.getUTCMonth() === 9, "Jack O'Lantern");
	writeCsv(
		OUT,
		'animal_rescue_intakes.csv',
		['Animal ID', 'Intake Date', 'Name', 'Species', 'breed', 'Sex', 'Colour', 'Age Est (yrs)', 'intakeReason', 'Microchipped', 'Neutered', 'Kennel', 'Outcome', 'Outcome Date', 'Adoption Fee (£)', 'vet_costs_gbp', 'Intake Staff'],
		rows.map((r) => [r.id, isoDate(r.t), r.name, r.sp, r.breed, r.sex, r.colour, r.age.toFixed(1), r.r, r.chipped ? 'Yes' : 'No', r.neutered ? 'Yes' : 'No', r.kennel, r.outcome, r.outDate ? isoDate(r.outDate) : null, r.fee === null ? null : r.fee.toFixed(2), r.vet.toFixed(2), r.who])
	);
}

// ------------------------------------------------------------------ court bookings (2023-2024)
{
	// Ashdown Park Tennis & Padel Club: its court booking sheet for 2023 and 2024, one row per
	// booking. Three tennis courts (Courts 1 and 2 floodlit, Court 3 not) and, from 1 June 2023,
	// two padel courts (floodlit). Open 07:00-22:00, closed on Christmas Day. Members book with
	// their membership number (five digits with the leading zeros); guests (pay and play) have no
	// number. Court fees per hour rose on 1 April 2024; floodlights cost £4 an hour more, charged
	// when a booking runs past dusk. A coaching session adds the coach's fee (£30 an hour, £32
	// from 1 April 2024). A no-show is still charged.
	const name = uniqueNamer(pick);
	const members = [];
	const usedNos = new Set();
	for (let i = 0; i < 96; i++) {
		let no;
		do no = int(1, 180);
		while (usedNos.has(no));
		usedNos.add(no);
		members.push({ no: pad(no, 5), name: name(), keen: Math.min(4, Math.exp(normal(0, 0.8))), padel: rand() < 0.35, joined: rand() < 0.8 ? day(2022, 1, 1) : addDays(day(2023, 1, 1), int(0, 600)) });
	}
	members[4].name = "Siobhan O'Neill";
	members[17].name = "Conor D'Souza";
	members[33].name = "Mary O'Hara";
	members[4].keen = 3.2;
	const guests = Array.from({ length: 140 }, () => name());
	const courts = { Tennis: ['Court 1', 'Court 2', 'Court 3'], Padel: ['Padel 1', 'Padel 2'] };
	const dusk = [16.5, 17.25, 18.25, 20, 20.75, 21.25, 21, 20.25, 19.25, 18.25, 16.5, 16];
	const tennisSeason = [0.45, 0.5, 0.75, 1.05, 1.35, 1.6, 1.65, 1.45, 1.15, 0.85, 0.55, 0.4];
	const padelSeason = [0.8, 0.8, 0.9, 1, 1.05, 1.1, 1.1, 1.05, 1, 1, 0.9, 0.85];
	const rows = [];
	for (let t = day(2023, 1, 1); t <= END; t = addDays(t, 1)) {
		const m = t.getUTCMonth();
		const dow = t.getUTCDay();
		if (m === 11 && t.getUTCDate() === 25) continue;
		const weekend = dow === 0 || dow === 6;
		const rise = t >= day(2024, 4, 1);
		const padelOpen = t >= day(2023, 6, 1);
		const padelGrowth = padelOpen ? clamp(0.45 + daysBetween(day(2023, 6, 1), t) / 500, 0.45, 1.5) : 0;
		const want = [
			['Tennis', poisson(1.95 * tennisSeason[m] * (weekend ? 1.5 : 1))],
			['Padel', padelOpen ? poisson(1.25 * padelSeason[m] * padelGrowth * (weekend ? 1.4 : 1)) : 0]
		];
		const taken = {};
		for (const [sport, n] of want) {
			for (let k = 0; k < n; k++) {
				const coaching = rand() < (sport === 'Tennis' ? 0.13 : 0.08);
				const duration = coaching ? 60 : sport === 'Padel' ? weighted([[90, 70], [60, 30]]) : weighted([[60, 65], [90, 20], [120, 15]]);
				const evening = !weekend && rand() < 0.6;
				const start = evening ? weighted([[17, 14], [17.5, 6], [18, 22], [18.5, 8], [19, 20], [19.5, 6], [20, 14]]) : weekend ? 8 + int(0, 20) / 2 : weighted([[7, 8], [8, 6], [9, 12], [10, 14], [11, 12], [12, 10], [13, 8], [14, 10], [15, 8], [16, 6]]);
				const endH = start + duration / 60;
				if (endH > 22) continue;
				const lit = endH > dusk[m];
				let options = courts[sport].filter((c) => c !== 'Court 3' || !lit);
				options = options.filter((c) => !(taken[c] ?? []).some(([a, b]) => start < b && a < endH));
				if (options.length === 0) continue;
				const court = sport === 'Tennis' ? (options.includes('Court 1') && rand() < 0.45 ? 'Court 1' : pick(options)) : pick(options);
				(taken[court] ??= []).push([start, endH]);
				const isGuest = !coaching && rand() < (sport === 'Padel' ? 0.3 : 0.16);
				const pool = members.filter((p) => p.joined <= t && (sport === 'Tennis' || p.padel));
				const weights = pool.map((p) => [p, p.keen]);
				const member = isGuest ? null : weighted(weights);
				const players = sport === 'Padel' ? weighted([[4, 90], [2, 10]]) : coaching ? weighted([[1, 60], [2, 30], [4, 10]]) : weighted([[2, 55], [4, 45]]);
				const hourly = sport === 'Tennis' ? (isGuest ? (rise ? 16 : 14) : rise ? 6 : 5) : isGuest ? (rise ? 32 : 28) : rise ? 18 : 16;
				const hours = duration / 60;
				const lightHours = lit ? Math.min(hours, Math.ceil((endH - dusk[m]) * 2) / 2) : 0;
				const coachFee = coaching ? (rise ? 32 : 30) * hours : 0;
				const feeValue = hourly * hours + 4 * lightHours + coachFee;
				const coach = coaching ? (sport === 'Tennis' ? (t >= day(2024, 5, 1) && rand() < 0.35 ? 'Hannah Kerr' : "Sean O'Donnell") : 'Lucia Fernández') : null;
				const noShow = rand() < (isGuest ? 0.02 : 0.05) * (m <= 1 || m >= 10 ? 1.6 : 1);
				const via = weighted(t < day(2023, 3, 1) ? [['Phone', 45], ['Desk', 35], ['App', 20]] : [['App', 62], ['Phone', 16], ['Desk', 22]]);
				rows.push({ t, start, court, sport, duration, member, guest: isGuest ? pick(guests) : null, players, fee: feeValue, lit, noShow, coaching, coach, via });
			}
		}
	}
	rows.sort((a, b) => a.t - b.t || a.start - b.start || a.court.localeCompare(b.court));
	const hhmm = (h) => `${pad(Math.floor(h))}:${h % 1 ? '30' : '00'}`;
	writeCsv(
		OUT,
		'court_bookings.csv',
		['Booking Ref', 'Date', 'Start Time', 'Court', 'sport', 'Duration (mins)', 'Booked By', 'memberNo', 'Member or Guest', 'Players', 'Fee (£)', 'Floodlights', 'No Show', 'coaching', 'Coach', 'Booked Via'],
		rows.map((r, i) => [10001 + i, isoDate(r.t), hhmm(r.start), r.court, r.sport, r.duration, r.member ? r.member.name : r.guest, r.member ? r.member.no : null, r.member ? 'Member' : 'Guest', r.players, r.fee.toFixed(2), r.lit ? 'Yes' : 'No', r.noShow ? 'Yes' : 'No', r.coaching ? 'Yes' : 'No', r.coach, r.via])
	);
}

// ------------------------------------------------------------------ egg collections (2023-2024)
{
	// Hilltop Farm, a free-range egg farm: its daily collection log for 2023 and 2024, one row per
	// hen house per day (the rows are already counts). Three houses all through, a fourth (Meadow,
	// a mobile house) from 6 May 2024. A flock is replaced when the hens are about 78-82 weeks old:
	// the house is cleaned out and stands empty for three weeks (no rows), and the new flock
	// comes in at point of lay and takes about six weeks to lay fully. Eggs collected = cracked +
	// dirty + the eggs sold to the packer by grade. The hens were kept in under the bird flu
	// housing order until 17 April 2023, and on snow days. The packer's price per dozen went up
	// on 1 October 2023. Hens lost is left empty on days with no losses.
	const houses = [
		{ house: 'Top Field', flocks: [{ no: '014', placed: day(2022, 3, 7), size: 480, until: day(2023, 5, 28) }, { no: '017', placed: day(2023, 6, 19), size: 500, until: day(2024, 8, 25) }, { no: '021', placed: day(2024, 9, 16), size: 500, until: null }] },
		{ house: 'Orchard', flocks: [{ no: '015', placed: day(2022, 6, 27), size: 360, until: day(2023, 8, 20) }, { no: '018', placed: day(2023, 9, 11), size: 380, until: day(2024, 11, 3) }, { no: '022', placed: day(2024, 11, 25), size: 380, until: null }] },
		{ house: "Miller's Barn", flocks: [{ no: '016', placed: day(2022, 10, 3), size: 600, until: day(2023, 11, 26) }, { no: '019', placed: day(2023, 12, 18), size: 620, until: null }] },
		{ house: 'Meadow', flocks: [{ no: '020', placed: day(2024, 5, 6), size: 300, until: null }] }
	];
	for (const h of houses) for (const f of h.flocks) f.hens = f.size;
	// placed at 18 weeks old
	const layRate = (weeks) => {
		if (weeks < 24) return 0.2 + ((weeks - 18) / 6) * 0.72;
		if (weeks < 34) return 0.93;
		return Math.max(0.6, 0.93 - (weeks - 34) * 0.0052);
	};
	const weatherBy = [
		[['Cloudy', 30], ['Rain', 28], ['Frost', 18], ['Sunny', 10], ['Wind', 8], ['Fog', 4], ['Snow', 2]],
		[['Cloudy', 30], ['Rain', 26], ['Frost', 16], ['Sunny', 12], ['Wind', 10], ['Fog', 3], ['Snow', 3]],
		[['Cloudy', 32], ['Rain', 26], ['Sunny', 22], ['Wind', 12], ['Frost', 8]],
		[['Sunny', 34], ['Cloudy', 32], ['Rain', 26], ['Wind', 8]],
		[['Sunny', 42], ['Cloudy', 32], ['Rain', 22], ['Wind', 4]],
		[['Sunny', 44], ['Cloudy', 28], ['Rain', 20], ['Hot', 8]],
		[['Sunny', 40], ['Cloudy', 28], ['Rain', 22], ['Hot', 10]],
		[['Sunny', 38], ['Cloudy', 30], ['Rain', 26], ['Hot', 6]],
		[['Sunny', 30], ['Cloudy', 34], ['Rain', 28], ['Fog', 4], ['Wind', 4]],
		[['Cloudy', 34], ['Rain', 34], ['Sunny', 16], ['Wind', 10], ['Fog', 6]],
		[['Cloudy', 32], ['Rain', 34], ['Frost', 12], ['Wind', 10], ['Fog', 8], ['Sunny', 4]],
		[['Cloudy', 32], ['Rain', 28], ['Frost', 20], ['Fog', 6], ['Wind', 6], ['Sunny', 5], ['Snow', 3]]
	];
	const rows = [];
	for (let t = day(2023, 1, 1); t <= END; t = addDays(t, 1)) {
		const m = t.getUTCMonth();
		const dow = t.getUTCDay();
		const weather = weighted(weatherBy[m]);
		const housed = t <= day(2023, 4, 17) || weather === 'Snow';
		const weekend = dow === 0 || dow === 6;
		const collector = weekend ? (rand() < 0.7 ? 'Ellie Ward' : 'Rob Haworth') : t >= day(2024, 3, 4) && rand() < 0.4 ? 'Tomasz Nowak' : rand() < 0.55 ? 'Rob Haworth' : "Bridie O'Connor";
		const price = t >= day(2023, 10, 1) ? 1.34 : 1.18;
		const foxDay = rand() < 0.006;
		for (const h of houses) {
			const f = h.flocks.find((fl) => fl.placed <= t && (fl.until === null || t <= fl.until));
			if (!f) continue;
			const weeks = 18 + daysBetween(f.placed, t) / 7;
			let rate = layRate(weeks) * clamp(normal(1, 0.025), 0.9, 1.08);
			if (weather === 'Hot') rate *= 0.95;
			if (m === 11 || m === 0) rate *= 0.97;
			rate = Math.min(rate, 0.96);
			const notes = [];
			let lost = poisson(f.hens * 0.00028);
			if (foxDay && !housed && rand() < 0.5) {
				const k = int(4, 15);
				lost += k;
				notes.push('Fox got in');
			}
			if (t.getTime() === f.placed.getTime()) notes.push('New flock in');
			if (f.until && t.getTime() === f.until.getTime()) notes.push('Last day, flock out');
			if (rand() < 0.006) notes.push('Red mite treatment');
			if (rand() < 0.004) notes.push('Vet visit');
			if (rand() < 0.004) notes.push('Water leak');
			if (weeks > 60 && rand() < 0.006) notes.push('Egg eating');
			if (rand() < 0.003) notes.push('Broody hens');
			const eggs = Math.round(f.hens * rate);
			const cracked = Math.round(eggs * clamp(normal(0.011 + (weeks > 60 ? 0.006 : 0), 0.004), 0.002, 0.03));
			const dirtyRate = (weather === 'Rain' && !housed ? 0.055 : 0.028) * clamp(normal(1, 0.25), 0.4, 1.8);
			const dirty = Math.round(eggs * dirtyRate);
			const sold = eggs - cracked - dirty;
			// grade mix by age: young hens lay small eggs, old ones large
			const big = clamp((weeks - 20) / 50, 0, 1);
			const vlShare = clamp(0.02 + 0.1 * big + normal(0, 0.01), 0, 0.2);
			const lShare = clamp(0.22 + 0.3 * big + normal(0, 0.02), 0.1, 0.6);
			const sShare = clamp(0.18 - 0.16 * big + normal(0, 0.01), 0.01, 0.3);
			const vl = Math.round(sold * vlShare);
			const l = Math.round(sold * lShare);
			const s = Math.round(sold * sShare);
			const md = sold - vl - l - s;
			const feedKg = Math.round(f.hens * (0.118 + (m <= 1 || m === 11 ? 0.006 : 0) + normal(0, 0.003)) * 2) / 2;
			rows.push({ t, house: h.house, flock: f.no, hens: f.hens, eggs, cracked, dirty, vl, l, md, s, feedKg, lost, housed, weather, collector, notes: notes.join('; ') || null, price });
			f.hens -= lost;
		}
	}
	writeCsv(
		OUT,
		'egg_collections.csv',
		['Collection Date', 'House', 'Flock No', 'Hens', 'Eggs Collected', 'Cracked', 'dirty', 'Sold VL', 'Sold Large', 'Sold Medium', 'Sold Small', 'Feed Used (kg)', 'Hens Lost', 'Let Out', 'Weather', 'collectedBy', 'Price per Dozen (£)', 'Notes'],
		rows.map((r) => [isoDate(r.t), r.house, r.flock, r.hens, r.eggs, r.cracked, r.dirty, r.vl, r.l, r.md, r.s, r.feedKg.toFixed(1), r.lost || null, r.housed ? 'No' : 'Yes', r.weather, r.collector, r.price.toFixed(2), r.notes])
	);
}
