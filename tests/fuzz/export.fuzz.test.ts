import { runs } from '../properties/arbitraries.js'
import { describeExportProperties } from '../properties/export.suite.js'

// `npm run test:fuzz`: 100,000 runs of each export property (FUZZ_RUNS overrides).
describeExportProperties(runs(100_000))
