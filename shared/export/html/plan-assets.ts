/** The distinct images a plan prints (figures in the body, in case boxes and in appendix copies). */
import type { AssetRef, PlanBlock } from '../report-plan';

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
