package punkt

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir finds the shared corpus beside the repository: ../shared/corpus
// from a checkout, or ../../shared/corpus from a worktree under wt/. It
// returns "" when there is none.
func corpusDir() string {
	for _, rel := range []string{"../shared/corpus", "../../shared/corpus"} {
		dir := filepath.Join(repoRoot(), filepath.FromSlash(rel))
		if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
			return dir
		}
	}
	return ""
}

// TestCorpus compares with prose on the texts of every file of the shared
// corpus (earnings calls, Switchboard, ICSI, AMI, Zoom captions, subtitle
// edge cases, vendor JSON). The files stay outside the repository; the test
// only reads them, and skips when they are missing.
func TestCorpus(t *testing.T) {
	dir := corpusDir()
	if dir == "" {
		t.Skip("no shared corpus beside the repository")
	}
	if testing.Short() {
		t.Skip("the corpus takes a while under -short")
	}
	if raceEnabled {
		t.Skip("the corpus comparison runs without -race (go test ./...); under -race it takes minutes")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	total, totalBad := 0, 0
	for _, e := range entries {
		t.Run(e.Name(), func(t *testing.T) {
			var ts textSet
			files := ts.addTree(t, filepath.Join(dir, e.Name()))
			bad := compareAll(t, ts.texts)
			t.Logf("%s: %d files, %d texts compared, %d mismatches", e.Name(), files, len(ts.texts), bad)
			total += len(ts.texts)
			totalBad += bad
		})
	}
	t.Logf("corpus: %d texts compared, %d mismatches", total, totalBad)
}
