import { runs } from '../properties/arbitraries.js'
import { describeExtractProperties } from '../properties/extract.suite.js'

// `npm run test:fuzz`: 100,000 runs of each contract property (FUZZ_RUNS overrides), a tenth of that for
// determinism and argument checks, and 5 inputs of 1 MB lines. A failure prints its seed and path:
// replay it with `test.prop(..., { seed, path, endOnFailure: true })`.
const n = runs(100_000)
describeExtractProperties(n, Math.max(1000, Math.round(n / 10)), 5)
