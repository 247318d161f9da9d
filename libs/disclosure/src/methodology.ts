import { MAGNITUDE_PROTECTION } from './audit.js';
import { perturbationMethodology } from './perturbation.js';

/**
 * Everything a reader needs to know about disclosure control, for the published methodology
 * (docs/statistics.md explains it in prose). Parameters only: the record keys are never published.
 */
export function disclosureMethodology(k: number) {
  return {
    threshold: {
      k,
      rule: `a cell about 1 to ${k - 1} distinct beneficiaries is withheld, in every table; zeros are shown`,
    },
    complementarySuppression: {
      method:
        'linear-programming audit (τ-ARGUS, sdcTable) over all tables published together for one scope and period, with audit-driven greedy choice of secondary cells by smallest value',
      protection: {
        counts: `an attacker solving the published margins cannot rule out that a withheld count is ${k - 1} or half its value (whichever is larger) above its true value`,
        magnitudes: `the feasible interval covers ${MAGNITUDE_PROTECTION * 100} % of the true value on either side`,
      },
    },
    perturbation: perturbationMethodology(k),
  };
}
