// Deterministic generator for the set K evaluation tables (bike-share trips, library loans,
// hotel bookings). No dependencies. Run from the repo root: node tests/nl/data/set-k/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, isoDate, isoStamp, pad, randomTools, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, weighted, normal } = randomTools(20240917);


// ------------------------------------------------------------------ bike-share trips (2024)
{
	const stations = [
		['Central Station', 14],
		['City Hall', 10],
		['Union Square', 10],
		['Harbor St & 3rd Ave', 8],
		['Riverside Park', 9],
		['University Library', 9],
		['Maple Ave & 5th St', 6],
		['Lakeshore Pier', 7],
		['Market St & Elm St', 8],
		['Civic Center', 6],
		['Oak Grove', 4],
		['Stadium East', 4]
	];
	// Trips per month, March to November (a seasonal service)
	const months = [
		[3, 130],
		[4, 190],
		[5, 260],
		[6, 310],
		[7, 340],
		[8, 330],
		[9, 270],
		[10, 180],
		[11, 90]
	];
	const trips = [];
	for (const [month, n] of months) {
		const days = new Date(Date.UTC(2024, month, 0)).getUTCDate();
		for (let i = 0; i < n; i++) {
			const day = int(1, days);
			const date = new Date(Date.UTC(2024, month - 1, day));
			const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
			const member = rand() < (weekend ? 0.45 : 0.72) ? 'Member' : 'Casual';
			const hour = weekend
				? int(9, 19)
				: weighted([
						[7, 8],
						[8, 12],
						[9, 5],
						[11, 3],
						[12, 5],
						[13, 3],
						[15, 3],
						[16, 6],
						[17, 11],
						[18, 7],
						[20, 3],
						[22, 1]
					]);
			const start = new Date(date.getTime() + (hour * 3600 + int(0, 3599)) * 1000);
			const bikeType = rand() < 0.38 ? 'electric' : 'classic';
			const from = weighted(stations);
			let to = weighted(stations);
			const roundTrip = to === from;
			let dur = member === 'Member' ? normal(13, 6) : normal(24, 12);
			if (roundTrip) dur += 15;
			if (bikeType === 'electric') dur *= 0.85;
			dur = Math.max(2, Math.round(dur));
			if (rand() < 0.015) dur = int(75, 190); // forgotten to dock / long leisure ride
			const speed = (bikeType === 'electric' ? 17 : 13) * (0.7 + rand() * 0.5);
			let dist = round2((speed * dur) / 60 * (roundTrip ? 0.7 : 1));
			if (dist > 40) dist = round2(20 + rand() * 15);
			const endStation = rand() < 0.012 ? null : to;
			const fare =
				member === 'Member'
					? round2(dur > 45 ? (dur - 45) * 0.15 + (bikeType === 'electric' ? dur * 0.1 : 0) : bikeType === 'electric' ? dur * 0.1 : 0)
					: round2(1 + dur * (bikeType === 'electric' ? 0.35 : 0.18));
			const birthYear = rand() < (member === 'Member' ? 0.04 : 0.3) ? null : Math.round(Math.min(2006, Math.max(1950, normal(1990, 11))));
			trips.push({ start, member, bikeType, from, endStation, dur, dist, fare, birthYear });
		}
	}
	trips.sort((a, b) => a.start - b.start);
	writeCsv(
		OUT,
		'bike_trips.csv',
		['trip_id', 'Start Time', 'start_station', 'End Station', 'bikeType', 'member_type', 'dur_min', 'distance_km', 'fare_usd', 'Birth Year'],
		trips.map((t, i) => [
			884101 + i * 3 + int(0, 2),
			isoStamp(t.start),
			t.from,
			t.endStation,
			t.bikeType,
			t.member,
			t.dur,
			t.dist,
			t.fare.toFixed(2),
			t.birthYear
		])
	);
}

// ------------------------------------------------------------------ public library loans
{
	// title, author, genre, format, popularity
	const items = [
		['The Thursday Murder Club', 'Richard Osman', 'Mystery', 'Book', 9],
		['The Bullet That Missed', 'Richard Osman', 'Mystery', 'Book', 6],
		['Gone Girl', 'Gillian Flynn', 'Mystery', 'Book', 5],
		['The Silent Patient', 'Alex Michaelides', 'Mystery', 'eBook', 7],
		['Lessons in Chemistry', 'Bonnie Garmus', 'Fiction', 'Book', 10],
		['Tomorrow, and Tomorrow, and Tomorrow', 'Gabrielle Zevin', 'Fiction', 'Book', 8],
		['Where the Crawdads Sing', 'Delia Owens', 'Fiction', 'Audiobook', 7],
		['The Midnight Library', 'Matt Haig', 'Fiction', 'eBook', 8],
		['Demon Copperhead', 'Barbara Kingsolver', 'Fiction', 'Book', 7],
		['Pride and Prejudice', 'Jane Austen', 'Fiction', 'Book', 4],
		['Project Hail Mary', 'Andy Weir', 'Science Fiction', 'Book', 8],
		['Dune', 'Frank Herbert', 'Science Fiction', 'Book', 6],
		['Klara and the Sun', 'Kazuo Ishiguro', 'Science Fiction', 'eBook', 4],
		['The Martian', 'Andy Weir', 'Science Fiction', 'Audiobook', 5],
		['Becoming', 'Michelle Obama', 'Biography', 'Audiobook', 6],
		['Steve Jobs', 'Walter Isaacson', 'Biography', 'Book', 4],
		['Educated', 'Tara Westover', 'Biography', 'eBook', 6],
		['Spare', 'Prince Harry', 'Biography', 'Book', 5],
		['Sapiens', 'Yuval Noah Harari', 'History', 'Book', 6],
		['The Wager', 'David Grann', 'History', 'Book', 5],
		['Killers of the Flower Moon', 'David Grann', 'History', 'eBook', 4],
		['Atomic Habits', 'James Clear', 'Self-Help', 'Book', 9],
		['The Psychology of Money', 'Morgan Housel', 'Self-Help', 'eBook', 6],
		['Salt, Fat, Acid, Heat', 'Samin Nosrat', 'Cooking', 'Book', 4],
		['Dinner in One', 'Melissa Clark', 'Cooking', 'Book', 3],
		['The Very Hungry Caterpillar', 'Eric Carle', "Children's", 'Book', 7],
		['Dog Man: Twenty Thousand Fleas Under the Sea', 'Dav Pilkey', "Children's", 'Book', 8],
		['Diary of a Wimpy Kid: No Brainer', 'Jeff Kinney', "Children's", 'Book', 7],
		['Wonder', 'R. J. Palacio', "Children's", 'eBook', 4],
		['Oppenheimer', 'Christopher Nolan', 'Film', 'DVD', 5],
		['Barbie', 'Greta Gerwig', 'Film', 'DVD', 5],
		['Everything Everywhere All at Once', 'Daniel Kwan', 'Film', 'DVD', 4],
		['Top Gun: Maverick', 'Joseph Kosinski', 'Film', 'DVD', 4]
	];
	const branches = [
		['Central', 30],
		['Northside', 20],
		['Eastgate', 18],
		['Westwood', 17],
		['Harbor View', 15]
	];
	const loans = [];
	const start = Date.UTC(2023, 0, 2);
	const end = Date.UTC(2024, 11, 31);
	const asOf = new Date(Date.UTC(2025, 0, 15));
	for (let i = 0; i < 1600; i++) {
		const item = weighted(items.map((it) => [it, it[4]]));
		const [title, author, genre, format] = item;
		const checkout = new Date(start + Math.floor(rand() * ((end - start) / 86400000 + 1)) * 86400000);
		const patron =
			genre === "Children's"
				? weighted([['Child', 7], ['Adult', 3]])
				: weighted([['Adult', 62], ['Senior', 20], ['Teen', 12], ['Child', 1]]);
		const loanDays = format === 'DVD' ? 7 : format === 'Book' ? 21 : 14;
		const renewals = format === 'Book' ? weighted([[0, 60], [1, 25], [2, 10], [3, 5]]) : format === 'DVD' ? weighted([[0, 85], [1, 15]]) : weighted([[0, 80], [1, 20]]);
		const due = addDays(checkout, loanDays * (1 + renewals));
		let ret = null;
		let fee = 0;
		if (format === 'eBook' || format === 'Audiobook') {
			ret = due <= asOf ? due : null; // digital loans expire on the due date
		} else {
			const late = rand() < 0.18 ? int(1, 30) : 0;
			const early = late ? 0 : int(0, Math.max(0, loanDays * (1 + renewals) - 1));
			const r = addDays(due, late - early);
			if (r <= asOf && rand() > 0.04) {
				ret = r;
				fee = late * (format === 'DVD' ? 1 : 0.25);
				if (patron === 'Child' || patron === 'Senior') fee = 0; // fine-free cards
			}
		}
		loans.push({ title, author, genre, format, checkout, due, ret, renewals, patron, branch: weighted(branches), fee });
	}
	loans.sort((a, b) => a.checkout - b.checkout);
	writeCsv(
		OUT,
		'library_loans.csv',
		['Loan ID', 'Title', 'Author', 'Genre', 'format', 'Branch', 'checkout_date', 'Due Date', 'returnedOn', 'renewals', 'patronType', 'late_fee'],
		loans.map((l, i) => [
			`LN-${String(230001 + i)}`,
			l.title,
			l.author,
			l.genre,
			l.format,
			l.branch,
			isoDate(l.checkout),
			isoDate(l.due),
			l.ret ? isoDate(l.ret) : null,
			l.renewals,
			l.patron,
			l.fee.toFixed(2)
		])
	);
}

// ------------------------------------------------------------------ hotel bookings (2024)
{
	const rooms = [
		['Standard King', 38, 139],
		['Standard Twin', 22, 129],
		['Deluxe Ocean View', 20, 209],
		['Family Suite', 10, 265],
		['Executive Suite', 6, 389]
	];
	const channels = [
		['Direct', 28],
		['Booking.com', 30],
		['Expedia', 20],
		['Travel Agent', 10],
		['Corporate', 12]
	];
	const seasonal = [0.8, 0.85, 0.95, 1.0, 1.1, 1.3, 1.45, 1.45, 1.15, 1.0, 0.85, 1.05];
	const monthWeights = [6, 6, 8, 8, 9, 11, 13, 13, 9, 7, 5, 7];
	const bookings = [];
	for (let i = 0; i < 1400; i++) {
		const m = weighted(monthWeights.map((w, k) => [k, w]));
		const days = new Date(Date.UTC(2024, m + 1, 0)).getUTCDate();
		const checkIn = new Date(Date.UTC(2024, m, int(1, days)));
		const channel = weighted(channels);
		const room = weighted(rooms.map((r) => [r, r[1]]));
		const [roomType, , base] = room;
		const nights =
			channel === 'Corporate' ? weighted([[1, 35], [2, 35], [3, 20], [4, 10]]) : weighted([[1, 14], [2, 24], [3, 20], [4, 14], [5, 9], [6, 5], [7, 9], [10, 3], [14, 2]]);
		const family = roomType === 'Family Suite';
		const adults = family ? 2 : channel === 'Corporate' ? weighted([[1, 8], [2, 2]]) : weighted([[1, 2], [2, 8], [3, 1]]);
		const children = family ? int(1, 3) : channel === 'Corporate' ? 0 : weighted([[0, 8], [1, 1], [2, 1]]);
		const weekendIn = checkIn.getUTCDay() === 5 || checkIn.getUTCDay() === 6;
		let adr = base * seasonal[m] * (weekendIn ? 1.08 : 1) * (channel === 'Corporate' ? 0.85 : 1) * (0.92 + rand() * 0.16);
		adr = round2(adr);
		const lead = channel === 'Corporate' ? int(1, 21) : Math.max(0, Math.round(Math.abs(normal(0, 1)) * (channel === 'Travel Agent' ? 110 : 55)));
		const status = weighted([
			['Checked-Out', 78],
			['Cancelled', channel === 'Booking.com' || channel === 'Expedia' ? 22 : 10],
			['No-Show', 3]
		]);
		const total = status === 'Cancelled' ? 0 : round2(adr * nights);
		const rating = status === 'Checked-Out' && rand() < 0.62 ? Math.max(3, Math.min(10, Math.round(normal(roomType.startsWith('Standard') ? 8 : 8.7, 1.3)))) : null;
		const requests = weighted([[0, 50], [1, 28], [2, 14], [3, 6], [4, 2]]);
		const guestId = int(10000, 99999);
		bookings.push({ checkIn, channel, roomType, nights, adults, children, adr, lead, status, total, rating, requests, guestId });
	}
	bookings.sort((a, b) => a.checkIn - b.checkIn || a.guestId - b.guestId);
	writeCsv(
		OUT,
		'hotel_bookings.csv',
		['booking_ref', 'checkIn', 'Nights', 'Room Type', 'adults', 'children', 'Booking Channel', 'lead_time_days', 'ADR', 'Total Amount', 'status', 'special_requests', 'Guest Rating'],
		bookings.map((b, i) => [
			`HB24-${pad(i + 1, 5)}`,
			isoDate(b.checkIn),
			b.nights,
			b.roomType,
			b.adults,
			b.children,
			b.channel,
			b.lead,
			b.adr.toFixed(2),
			b.total.toFixed(2),
			b.status,
			b.requests,
			b.rating
		])
	);
}
