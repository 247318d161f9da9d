import { protectionShortfall, withheldComponent } from './audit.js';
import { RawCell } from './cell.js';
import { LinkedTables } from './linked-tables.js';
import { isBelowThreshold } from './threshold.js';

/**
 * Which cells to withhold from linked tables: the primary cells (about 1..k-1 people) and enough
 * secondary cells that the linear-programming audit (audit.ts) finds every primary cell protected.
 *
 * Method: greedy choice of secondary cells, each choice checked by the linear-programming audit that
 * τ-ARGUS and sdcTable run. (Their optimal method solves the choice as one integer programme, after
 * Fischetti & Salazar-González; that is beyond a small pure lib, and the audit is what protects.)
 * Primary cells are taken in id order; while one is not protected, the published cells linked to it
 * through withheld cells are tried in order of information loss (smallest value first, then fewest
 * contributors, then id) and the first that makes it protected is withheld; when none does alone, the
 * one that narrows the shortfall most is withheld and the search goes on. Withholding a cell only
 * removes an equation's known term, so intervals only widen and a primary protected earlier stays
 * protected. The result is deterministic and every primary is protected on return; it is not
 * guaranteed to be the minimum-loss pattern.
 */
export function chooseWithheldCells<Id extends string>(tables: LinkedTables<Id>, k: number): Set<Id> {
  const ids = (Object.keys(tables.cells) as Id[]).sort();
  const primary = ids.filter((id) => isBelowThreshold(tables.cells[id].contributors, k));
  const withheld = new Set<Id>(primary);
  for (const target of primary) protect(tables, withheld, target, k);
  return withheld;
}

/** The primary cells whose audited interval falls short of the requirement (empty when all is well). */
export function unprotectedCells<Id extends string>(
  tables: LinkedTables<Id>,
  withheld: ReadonlySet<Id>,
  k: number,
): Id[] {
  return [...withheld].filter(
    (id) =>
      isBelowThreshold(tables.cells[id].contributors, k) && protectionShortfall(tables, withheld, id, k) > 0,
  );
}

function protect<Id extends string>(
  tables: LinkedTables<Id>,
  withheld: Set<Id>,
  target: Id,
  k: number,
): void {
  const missing = (pattern: ReadonlySet<Id>) => protectionShortfall(tables, pattern, target, k);
  let current = missing(withheld);
  while (current > 0) {
    const candidates = linkedCandidates(tables, withheld, target);
    if (candidates.length === 0) {
      throw new Error(`cell ${target} cannot be protected: nothing left to withhold around it`);
    }
    let chosen = candidates[0];
    let best = current;
    for (const candidate of candidates) {
      const after = missing(new Set([...withheld, candidate]));
      if (after < best) {
        chosen = candidate;
        best = after;
      }
      if (after === 0) break;
    }
    withheld.add(chosen);
    current = best === current ? missing(withheld) : best;
  }
}

/**
 * Published cells in a relation with the target or with a withheld cell connected to it through
 * withheld cells, in order of information loss. Structural zeros are not candidates: a zero is about
 * nobody, always shown, and withholding it would only say that it is not zero.
 */
function linkedCandidates<Id extends string>(
  tables: LinkedTables<Id>,
  withheld: ReadonlySet<Id>,
  target: Id,
): Id[] {
  const candidates = new Set<Id>();
  for (const relation of withheldComponent(tables, withheld, target).relations) {
    for (const id of [relation.total, ...relation.parts]) {
      if (!withheld.has(id) && tables.cells[id].contributors > 0) candidates.add(id);
    }
  }
  return [...candidates].sort(
    (a, b) => byInformationLoss(tables.cells[a], tables.cells[b]) || (a < b ? -1 : 1),
  );
}

function byInformationLoss(a: RawCell, b: RawCell): number {
  return a.value - b.value || a.contributors - b.contributors;
}
