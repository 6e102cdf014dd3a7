/** P(X ≥ k) for X ~ Poisson(mean): the chance of seeing at least k events where `mean` were expected. */
export const poissonUpperTail = (k: number, mean: number): number => {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  return Math.max(0, Math.min(1, 1 - poissonLowerTail(k - 1, mean)));
};

/** P(X ≤ k) for X ~ Poisson(mean), summed in log space so that large means do not underflow. */
export const poissonLowerTail = (k: number, mean: number): number => {
  if (k < 0) return 0;
  if (mean <= 0) return 1;
  let logTerm = -mean;
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(mean) - Math.log(i);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
};
