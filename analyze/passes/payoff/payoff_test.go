package payoff

import (
	"testing"

	"github.com/lastmile/lastmile/analyze/analyzetest"
)

// TestTranscripts runs the analyzer on each transcript of testdata, whose
// tags, findings and metrics are written on its lines as // want comments.
func TestTranscripts(t *testing.T) { analyzetest.RunDir(t, Analyzer, "testdata") }

// TestTimedWords checks that the list made for the group holds exactly
// timed's words, each a one-word phrase.
func TestTimedWords(t *testing.T) {
	if timedWords.Len() != timed.Len() {
		t.Errorf("%d phrases for %d words", timedWords.Len(), timed.Len())
	}
	timed.Words(func(w string) {
		if m, ok := timedWords.Equal([]string{w}); !ok || m.End != 1 {
			t.Errorf("%q is not a one-word phrase of timedWords", w)
		}
	})
}
