import { getJson } from './http';
import type { Wire } from './wire';

/** The items of the annual satisfaction survey (顾客满意程度调查表), in the order the form asks them. */
export const annualItems = ['productQuality', 'packaging', 'delivery', 'service', 'price'] as const;

/** One item's average score 1–5 (none when nobody rated it) and the improvement action opened when it is below target. */
export type AnnualItemResult = Wire<'AnnualItemResult'>;

/** GET /api/staff/surveys/{year} (Functions/FollowUps/Annual/AnnualResults.cs); 404 when no survey was sent that year. */
export type AnnualResults = Wire<'AnnualResults'>;

export function getAnnualResults(year: number): Promise<AnnualResults> {
  return getJson<AnnualResults>(`/api/staff/surveys/${year}`).then((r) => r.data);
}

/** One suggestion from a survey: the department it concerns and when its digest went out (none while it waits). */
export type SuggestionView = Wire<'SuggestionView'>;

/** GET /api/staff/suggestions/{month} (Functions/FollowUps/Suggestions/SuggestionEndpoints.cs): the suggestions written that month (yyyy-MM). */
export function listSuggestions(month: string): Promise<SuggestionView[]> {
  return getJson<SuggestionView[]>(`/api/staff/suggestions/${encodeURIComponent(month)}`).then((r) => r.data);
}
