// FUZZ_SEED pins fast-check's seed so that a CI run can be replayed exactly; without it every run
// explores new inputs. Either way a failure prints its seed and path.
import fc from 'fast-check'

const seed = Number(process.env.FUZZ_SEED)
if (Number.isInteger(seed)) fc.configureGlobal({ seed })
