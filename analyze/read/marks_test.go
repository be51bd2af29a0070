package read

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// TestMarksAgreeWithText checks the marks the reader sets from the turn's
// word spans against the marks read again from each sentence's own text
// (what the detectors read before the reader set them),
// on every fixture and sample call and, when it is beside the repository,
// the shared corpus (beside the repository, or two levels up from a git
// worktree under wt/).
func TestMarksAgreeWithText(t *testing.T) {
	var files []string
	for _, pattern := range []string{"testdata/*.*", "../../testdata/calls/*.*", "../suite/testdata/bench/*", "../../../shared/corpus/*/*.*", "../../../../shared/corpus/*/*.*"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	sentences, skipped := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := Parse(f, data, ReadOptions{})
		if err != nil {
			continue // licences, READMEs and broken fixtures
		}
		for _, turn := range tr.Turns {
			for _, s := range turn.Sentences {
				sentences++
				if len(s.Marks) != len(s.Words) {
					t.Fatalf("%s: %q: %d marks for %d words", f, s.Text, len(s.Marks), len(s.Words))
				}
				if !slices.Equal(transcript.Words(s.Text), s.Words) {
					// "(Janin et al." ends a sentence whose bracket closes in
					// the next: its text alone has other words, and marks
					// read from it would not line up.
					skipped++
					continue
				}
				byHand := s
				byHand.Marks = nil
				want := turns.MarksOf(&byHand)
				if want == nil {
					want = make(transcript.Marks, len(s.Words))
				}
				if !slices.Equal(s.Marks, want) {
					t.Errorf("%s: %q: marks %v, from its text %v", f, s.Text, s.Marks, want)
				}
			}
		}
	}
	// The shared corpus is beside the repository only in a full checkout
	// (not in a worktree elsewhere): without it, the repository's own
	// fixtures hold about 3,100 sentences.
	floor := 5000
	if shared, _ := filepath.Glob("../../../shared/corpus/*/*.*"); len(shared) == 0 {
		floor = 3000
	}
	if sentences < floor {
		t.Fatalf("only %d sentences checked", sentences)
	}
	t.Logf("%d sentences of %d files (%d whose text alone has other words)", sentences, len(files), skipped)
}
