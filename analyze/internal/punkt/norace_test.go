//go:build !race

package punkt

const raceEnabled = false
