import { getJson, sendJson } from './http';
import type { Language } from './codes';
import type { WithCodes, Wire } from './wire';

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

/** A main customer still silent after the reminder: someone to call. */
export type SilentCustomer = WithCodes<Wire<'SilentCustomer'>, { language: Language }>;

/** GET /api/staff/surveys/{year}/silent (Functions/FollowUps/Annual/AnnualSilentCustomers.cs): `open` while the survey takes answers. */
export type SilentList = WithCodes<Wire<'SilentList'>, { customers: SilentCustomer[] }>;

/** How a customer answered other than on the survey page. */
export const answerChannels = ['phone', 'fax'] as const;
export type AnswerChannel = (typeof answerChannels)[number];

/** An answer given by phone or fax: a score of 1 to 5 for each item, and the customer's suggestions. */
export type PhoneAnswerInput = WithCodes<Wire<'PhoneAnswerInput'>, { channel: AnswerChannel }>;

export function listSilent(year: number): Promise<SilentList> {
  return getJson<SilentList>(`/api/staff/surveys/${year}/silent`).then((r) => r.data);
}

/** Enters the answer for the customer; the answer is the year's results with it counted. */
export function enterAnswer(year: number, customerId: string, input: PhoneAnswerInput): Promise<AnnualResults> {
  return sendJson<AnnualResults>('POST', `/api/staff/surveys/${year}/answers/${encodeURIComponent(customerId)}`, input).then((r) => r.data);
}
