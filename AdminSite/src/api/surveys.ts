import { getJson } from './http';

/** The items of the annual satisfaction survey (顾客满意程度调查表), in the order the form asks them. */
export const annualItems = ['productQuality', 'packaging', 'delivery', 'service', 'price'] as const;

export interface AnnualItemResult {
  item: string;
  /** Average score 1–5; none when nobody rated it. */
  average?: number;
  answers: number;
  belowTarget: boolean;
  /** The corrective-action case the item opened once the survey closed. */
  caseNumber?: string;
}

/** GET /api/staff/surveys/{year} (Functions/FollowUps/Annual/AnnualResults.cs); 404 when no survey was sent that year. */
export interface AnnualResults {
  year: number;
  sentAt?: string;
  evaluatedAt?: string;
  invited: number;
  answered: number;
  /** Fractions: 0.5 is 50 %. */
  responseRate: number;
  responseRateTarget: number;
  responseRateMet: boolean;
  satisfactionTarget: number;
  items: AnnualItemResult[];
  suggestions: string[];
}

export function getAnnualResults(year: number): Promise<AnnualResults> {
  return getJson<AnnualResults>(`/api/staff/surveys/${year}`).then((r) => r.data);
}
