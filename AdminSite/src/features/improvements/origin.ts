import type { ImprovementOrigin } from '../../api/cases';
import type { MessageKey, TypedTranslate } from '../../i18n/keys';

/** What opened an improvement action, in words (the app's ImprovementOrigins does the same for the reports). */
export function describeOrigin(origin: ImprovementOrigin | undefined, t: TypedTranslate): string {
  if (!origin) return '';
  return origin.source === 'annualSurvey'
    ? t('cases.improvement.annualSurvey', { year: origin.reference, item: t(`cases.improvement.item.${origin.topic}` as MessageKey) })
    : t('cases.improvement.controlLimit', { month: origin.reference, rate: t(`cases.improvement.rate.${origin.topic}` as MessageKey) });
}
