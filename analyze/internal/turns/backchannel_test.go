package turns_test

import (
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/transcript"
)

func TestIsBackchannel(t *testing.T) {
	r := analyze.NewRubric(nil, turns.Shared)
	for text, want := range map[string]bool{
		"Mm-hmm.":                      true,
		"Yeah, yeah.":                  true,
		"Oh okay, that makes sense.":   false, // five words
		"Oh, that makes sense.":        true,
		"Right.":                       true,
		"Yeah, we tried that already.": false,
		"":                             false,
	} {
		if got := turns.IsBackchannel(r, transcript.Words(text)); got != want {
			t.Errorf("IsBackchannel(%q) = %v, want %v", text, got, want)
		}
	}
}
