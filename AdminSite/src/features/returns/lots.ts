import type { ReturnedGoods } from '../../api/cases';

/** Repaired or reworked goods are inspected again until one inspection passes (ReturnedGoods.AwaitsReInspection). */
export function awaitsReInspection(goods: ReturnedGoods): boolean {
  const reworked = goods.review?.disposition === 'repair' || goods.review?.disposition === 'rework';
  const last = goods.reInspections.at(-1);
  return reworked && (!last || !last.passed);
}
