import { describeExtractProperties } from './extract.suite.js'

// 1,000 runs each in `npm test`, the 1 MB lines twice; `npm run test:fuzz` runs the same properties longer.
describeExtractProperties(1000, 1000, 2)
