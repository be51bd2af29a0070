package refusals

import (
	"testing"

	"github.com/lastmile/lastmile/analyze/analyzetest"
)

// TestTranscripts runs the analyzer on each transcript of testdata, whose
// tags, findings and metrics are written on its lines as // want comments.
func TestTranscripts(t *testing.T) { analyzetest.RunDir(t, Analyzer, "testdata") }

// TestBareNoWords checks that the list made for the group holds exactly
// bareNo's words and "thanks", each a one-word phrase.
func TestBareNoWords(t *testing.T) {
	words := []string{"thanks"}
	bareNo.Words(func(w string) { words = append(words, w) })
	if bareNoWords.Len() != len(words) {
		t.Errorf("%d phrases for %d words", bareNoWords.Len(), len(words))
	}
	for _, w := range words {
		if m, ok := bareNoWords.Equal([]string{w}); !ok || m.End != 1 {
			t.Errorf("%q is not a one-word phrase of bareNoWords", w)
		}
	}
}
