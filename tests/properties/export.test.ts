import { describeExportProperties } from './export.suite.js'

// 1,000 runs each in `npm test`; `npm run test:fuzz` runs the same with 100,000.
describeExportProperties(1000)
