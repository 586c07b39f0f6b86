import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { caseKinds, caseStages, categories, isOneOf, severities, type CaseKind, type CaseStage, type Category, type Severity } from '../../../api/codes';
import type { CaseListQuery } from '../../../api/cases';

/** The list's filters as the page holds them; kept in the hash query so a link reproduces the view. */
export interface CaseFilters {
  stage?: CaseStage | undefined;
  department?: string | undefined;
  severity?: Severity | undefined;
  category?: Category | undefined;
  kind?: CaseKind | undefined;
  overdue: boolean;
  /** Open cases only — the default; `open=0` in the link shows closed ones too. */
  open: boolean;
  mine: boolean;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function single(value: LocationQuery[string] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() ? first.trim() : undefined;
}

export function filtersFromQuery(query: LocationQuery): CaseFilters {
  const filters: CaseFilters = { overdue: single(query.overdue) === '1', open: single(query.open) !== '0', mine: single(query.mine) === '1' };
  const stage = single(query.stage);
  const severity = single(query.severity);
  const category = single(query.category);
  const kind = single(query.kind);
  const department = single(query.department);
  const q = single(query.q);
  const from = single(query.from);
  const to = single(query.to);
  if (isOneOf(caseStages, stage)) filters.stage = stage;
  if (isOneOf(severities, severity)) filters.severity = severity;
  if (isOneOf(categories, category)) filters.category = category;
  if (isOneOf(caseKinds, kind)) filters.kind = kind;
  if (department) filters.department = department;
  if (q) filters.q = q;
  if (from && datePattern.test(from)) filters.from = from;
  if (to && datePattern.test(to)) filters.to = to;
  return filters;
}

export function filtersToQuery(filters: CaseFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.stage) query.stage = filters.stage;
  if (filters.department) query.department = filters.department;
  if (filters.severity) query.severity = filters.severity;
  if (filters.category) query.category = filters.category;
  if (filters.kind) query.kind = filters.kind;
  if (filters.q) query.q = filters.q;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.overdue) query.overdue = '1';
  if (filters.mine) query.mine = '1';
  if (!filters.open) query.open = '0';
  return query;
}

/** What to ask the API: a stage says open or closed by itself; "my cases" are the ones I handle. */
export function filtersToApi(filters: CaseFilters, myId: string | undefined): CaseListQuery {
  const query: CaseListQuery = { pageSize: 50 };
  if (filters.stage) query.stage = filters.stage;
  else if (filters.open) query.open = true;
  if (filters.department) query.department = filters.department;
  if (filters.severity) query.severity = filters.severity;
  if (filters.category) query.category = filters.category;
  if (filters.kind) query.kind = filters.kind;
  if (filters.overdue) query.overdue = true;
  if (filters.mine && myId) query.handler = myId;
  if (filters.q) query.q = filters.q;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  return query;
}
