import { describeExtractProperties } from './extract.suite.js'

// 1,000 runs each in `npm test`; the 1 MB inputs twice. `npm run test:fuzz` runs the same with 100,000.
describeExtractProperties(1000, 2)
