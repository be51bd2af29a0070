package relationship

import (
	"testing"

	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/phrase"
)

// TestTranscripts runs the analyzer on each transcript of testdata, whose
// tags, findings and metrics are written on its lines as // want comments.
func TestTranscripts(t *testing.T) { analyzetest.RunDir(t, Analyzer, "testdata") }

// TestWordLists checks that the word sets compiled as lists for the group
// hold exactly their words, each a one-word phrase.
func TestWordLists(t *testing.T) {
	for _, c := range []struct {
		m   *phrase.Matcher
		set english.Set
	}{{apologyWords, apologies}, {youWordList, youWords}, {hopeWords, english.SetOf("hope", "congrats")}} {
		if c.m.Len() != c.set.Len() {
			t.Errorf("%d phrases for %d words", c.m.Len(), c.set.Len())
		}
		c.set.Words(func(w string) {
			if m, ok := c.m.Equal([]string{w}); !ok || m.End != 1 {
				t.Errorf("%q is not a one-word phrase of its list", w)
			}
		})
	}
}
