import type { RegisterReturnCommand } from '../../api/commands';
import type { CaseSubject } from '../../api/cases';
import type { TypedTranslate } from '../../i18n/keys';
import type { useChecks } from '../cases/actions/checks';

/** What the warehouse says about returned goods, as typed. */
export interface GoodsModel {
  quantity: number | undefined;
  product: string;
  batch: string;
  receivedOn: string;
  receivedBy: string;
  note: string;
}

export function emptyGoods(today: string, subject?: CaseSubject): GoodsModel {
  return { quantity: undefined, product: subject?.product ?? '', batch: subject?.batch ?? '', receivedOn: today, receivedBy: '', note: '' };
}

/** The app's rules for returned goods (Functions/Returns/ReturnRules.cs): a quantity above zero, received by someone, not in the future. */
export function checkGoods(c: ReturnType<typeof useChecks>, model: GoodsModel, today: string, t: TypedTranslate): RegisterReturnCommand | null {
  if (model.quantity === undefined || model.quantity === null || !(model.quantity > 0)) c.fail('quantity', t('returns.register.positive'));
  const receivedOn = c.choice('receivedOn', model.receivedOn || undefined);
  if (receivedOn && receivedOn > today) c.fail('receivedOn', t('returns.register.notFuture'));
  const receivedBy = c.required('receivedBy', model.receivedBy, 200);
  const product = c.optional('product', model.product, 200);
  const batch = c.optional('batch', model.batch, 100);
  const note = c.optional('note', model.note, 2000);
  if (!receivedOn || model.quantity === undefined) return null;
  return { quantity: model.quantity, receivedOn, receivedBy, ...(product ? { product } : {}), ...(batch ? { batch } : {}), ...(note ? { note } : {}) };
}
