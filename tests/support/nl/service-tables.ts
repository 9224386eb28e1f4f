/**
 * Test support: small made-up logs of services, shared by the question engine's rule specs — a
 * courier's jobs, a tutoring agency's lessons, a pharmacy's dispensing log, a bike
 * workshop's job cards, a football league's matches, a boat operator's sailings, a piano
 * tuner's visits and a cricket club's innings.
 */
import type { TableSpec } from './tables';

/** A courier's jobs: a reference, when booked, where to, who drove, what, how far and heavy, the price, who signed. */
export const COURIER_JOBS: TableSpec = {
	name: 'courier_deliveries',
	humanName: 'Courier deliveries',
	columns: [
		['Job Ref', 'VARCHAR'],
		['booked_at', 'TIMESTAMP'],
		['Dropoff Town', 'VARCHAR'],
		['Driver', 'VARCHAR'],
		['vehicle', 'VARCHAR'],
		['Weight (kg)', 'DOUBLE'],
		['distanceMiles', 'DOUBLE'],
		['Price (£)', 'DOUBLE'],
		['Signed For By', 'VARCHAR']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`ASD-${1000 + i}`,
		`${2023 + (i % 2)}-0${1 + (i % 9)}-1${i % 10} 09:00:00`,
		['Leeds', 'Bradford', 'Otley'][i % 3],
		['Ann Lee', 'Raj Dev'][i % 2],
		['Van', 'Car', 'Bike', 'Truck'][i % 4],
		1 + (i % 7),
		3 + (i % 8) * 2.5,
		12 + (i % 6) * 4.5,
		`Person ${i}`
	])
};

/** Lessons: a tutor, a student, the level, the length and the rate charged per hour. */
export const TUTORING_LESSONS: TableSpec = {
	name: 'tutoring_sessions',
	humanName: 'Tutoring sessions',
	columns: [
		['Session ID', 'VARCHAR'],
		['Date', 'DATE'],
		['Tutor', 'VARCHAR'],
		['Student Name', 'VARCHAR'],
		['Level', 'VARCHAR'],
		['Duration (mins)', 'BIGINT'],
		['Rate (£/hr)', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`BST-${1000 + i}`,
		`2024-0${1 + (i % 9)}-12`,
		['Tom Gallagher', 'Aisha Rahman'][i % 2],
		`Student ${i % 7}`,
		['KS3', 'GCSE', 'A-level'][i % 3],
		[45, 60, 90][i % 3],
		[30, 40, 45][i % 3]
	])
};

const MEDICINES = ['Amoxicillin', 'Atorvastatin', 'Atorvastatin', 'Metformin'];

/** A dispensing log: an item number, the day, the medicine, its form, the patient's age, the charge. */
export const DISPENSING_LOG: TableSpec = {
	name: 'pharmacy_dispensing',
	humanName: 'Pharmacy dispensing',
	columns: [
		['Item ID', 'BIGINT'],
		['Dispensed', 'DATE'],
		['Medicine', 'VARCHAR'],
		['Form', 'VARCHAR'],
		['patientAge', 'BIGINT'],
		['Charge Paid (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 36 }, (_, i) => [
		300001 + i,
		`${2023 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-10`,
		MEDICINES[i % 4],
		['Tablet', 'Liquid', 'Cream', 'Capsule'][i % 4],
		20 + i * 2,
		i % 2 === 0 ? 0 : 9.9
	])
};

/** A bike workshop's job cards: a numbered job a row, who did it, the bike, what was paid and how. */
export const BIKE_JOBS: TableSpec = {
	name: 'cycle_repairs',
	humanName: 'Cycle repairs',
	columns: [
		['Job No', 'BIGINT'],
		['Booked In', 'DATE'],
		['Customer', 'VARCHAR'],
		['Mechanic', 'VARCHAR'],
		['bike_type', 'VARCHAR'],
		['Service', 'VARCHAR'],
		['Total (£)', 'DOUBLE'],
		['Warranty', 'BOOLEAN'],
		['payment_method', 'VARCHAR']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		10001 + i,
		`202${3 + (i % 2)}-0${1 + (i % 9)}-12`,
		['Ann Lee', 'Raj Dev', 'Sue Hart'][i % 3],
		['Dave', 'Sam', 'Sam', 'Jess'][i % 4],
		['Hybrid', 'Road bike', 'BMX'][i % 3],
		['Full service', 'Puncture repair'][i % 2],
		20 + (i % 7) * 15,
		i % 5 === 0,
		['Card', 'Cash', 'Card', 'Bank transfer'][i % 4]
	])
};

/** A league's matches: goals kept home and away. */
export const LEAGUE_MATCHES: TableSpec = {
	name: 'league_matches',
	humanName: 'League matches',
	columns: [
		['Match Date', 'DATE'],
		['homeTeam', 'VARCHAR'],
		['awayTeam', 'VARCHAR'],
		['home_goals', 'BIGINT'],
		['away_goals', 'BIGINT']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		['Castle Vale FC', 'Fairview Town'][i % 2],
		['Fairview Town', 'Castle Vale FC'][i % 2],
		i % 4,
		(i * 3) % 5
	])
};

/** A boat operator's sailings: the route, the wind at departure, the fuel used, some cancelled. */
export const BOAT_SAILINGS: TableSpec = {
	name: 'boat_trip_sailings',
	humanName: 'Boat trip sailings',
	columns: [
		['Date', 'DATE'],
		['Route', 'VARCHAR'],
		['wind_force', 'BIGINT'],
		['Fuel Used (L)', 'DOUBLE'],
		['Cancelled', 'BOOLEAN']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`2024-0${4 + (i % 6)}-1${i % 10}`,
		['Puffin Island Cruise', 'Island Dash', 'Seal Watch'][i % 3],
		2 + (i % 6),
		40 + (i % 5) * 6,
		i % 6 >= 4
	])
};

/** A piano tuner's visits: clients of three kinds, each visit's fee. */
export const TUNER_VISITS: TableSpec = {
	name: 'piano_tuning_visits',
	humanName: 'Piano tuning visits',
	columns: [
		['Visit Date', 'DATE'],
		['Client No', 'VARCHAR'],
		['Client', 'VARCHAR'],
		['clientType', 'VARCHAR'],
		['Fee (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		`00${10 + (i % 6)}`,
		['St Anne School', 'Mrs Hale', 'Holy Trinity', 'Mr Osei', 'Brook School', 'Ms Fry'][i % 6],
		['School', 'Home', 'Church', 'Home', 'School', 'Home'][i % 6],
		60 + (i % 4) * 10
	])
};

/** A cricket club's innings: several batters' rows a match, home or away, won or not. */
export const CLUB_INNINGS: TableSpec = {
	name: 'cricket_innings',
	humanName: 'Cricket innings',
	columns: [
		['Match Date', 'DATE'],
		['homeAway', 'VARCHAR'],
		['Batter', 'VARCHAR'],
		['Runs', 'BIGINT'],
		['Match Won', 'BOOLEAN']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`2024-0${5 + (i % 4)}-1${i % 8}`,
		i % 8 < 4 ? 'Home' : 'Away',
		['Imran Siddiqui', 'Tom Reed', 'Ciaran Dunne'][i % 3],
		(i * 7) % 60,
		i % 8 < 3 || i % 8 === 5
	])
};
