/**
 * Phrases that ask about the future ("next year", "will", "predict") or for causes ("why",
 * "what caused"): things data of what happened cannot say, so the engine refuses them with a
 * reason, unless the data holds them itself (a table of forecasts).
 */
import type { Keyword } from './keywords';

export const UNANSWERABLE_PHRASES: Array<[string, Keyword]> = [
	['will', 'forecast'],
	['forecast', 'forecast'],
	['predict', 'forecast'],
	['prediction', 'forecast'],
	['projected', 'forecast'],
	['next year', 'forecast'],
	['next month', 'forecast'],
	['next week', 'forecast'],
	['next quarter', 'forecast'],
	['going to', 'forecast'],
	['future', 'forecast'],
	['tomorrow', 'forecast'],
	['upcoming', 'forecast'],
	['next', 'forecast'],
	['in the coming', 'forecast'],
	['expected to', 'forecast'],
	['why', 'why'],
	['reason why', 'why'],
	['what caused', 'why'],
	['explain', 'why']
];
