//go:build race

package punkt

// raceEnabled is set under -race, where the corpus comparison (a test of
// output, not of concurrency) would take minutes; TestConcurrent covers
// what the race detector checks.
const raceEnabled = true
