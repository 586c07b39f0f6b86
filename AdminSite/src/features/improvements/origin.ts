import type { ImprovementOrigin } from '../../api/cases';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** What opened an improvement action, in words (the app's ImprovementOrigins does the same for the reports). */
export function describeOrigin(origin: ImprovementOrigin | undefined, t: Translate): string {
  if (!origin) return '';
  return origin.source === 'annualSurvey'
    ? t('cases.improvement.annualSurvey', { year: origin.reference, item: t(`cases.improvement.item.${origin.topic}`) })
    : t('cases.improvement.controlLimit', { month: origin.reference, rate: t(`cases.improvement.rate.${origin.topic}`) });
}
