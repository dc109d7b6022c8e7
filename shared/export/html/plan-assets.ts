/** The distinct images blocks print (figures in the body, in case boxes and in appendix copies). */
import type { AssetRef, PlanBlock, ReportPlan } from '../report-plan';

export function planAssets(blocks: readonly PlanBlock[]): AssetRef[] {
  const found = new Map<string, AssetRef>();
  const walk = (list: readonly PlanBlock[]): void => {
    for (const block of list) {
      if (block.kind === 'figure' && block.asset !== null) found.set(block.asset.sha256, block.asset);
      else if (block.kind === 'case') walk(block.children);
    }
  };
  walk(blocks);
  return [...found.values()];
}

/** Every image the whole report prints: the body's and the statement's signature and seal. */
export function reportAssets(plan: ReportPlan): AssetRef[] {
  const found = new Map(planAssets(plan.body).map((asset) => [asset.sha256, asset]));
  for (const asset of [plan.statement?.signature, plan.statement?.seal]) if (asset) found.set(asset.sha256, asset);
  return [...found.values()];
}
