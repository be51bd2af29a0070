package read

import (
	"slices"
	"testing"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// tokenize's fast ASCII path must find the words transcript's definition
// finds, at the same places.
var tokenizeCases = []string{
	"so what does your week look like",
	"We're at 40 trucks, maybe 45 -- and the follow-up is Q&A.",
	"great[laughs] so (crosstalk) <inaudible> okay",
	"it's 3.5 or 10,000, not 3. 5",
	"[unclosed bracket and (another",
	"mm-hmm- so- yeah--right 'quoted' rock'n'roll",
	"  leading and trailing  ",
	"ALL CAPS and MiXeD",
	"café ’curly’ we’re",
	"",
	"...",
}

func checkTokenize(t *testing.T, text string) {
	t.Helper()
	words, spans := tokenize(text, nil)
	want := transcript.Words(text)
	if !slices.Equal(words, want) {
		t.Fatalf("tokenize(%q) words = %q, want %q", text, words, want)
	}
	var wantSpans []wordSpan
	transcript.WordSpans(text, func(start, end int) { wantSpans = append(wantSpans, wordSpan{start, end}) })
	if !slices.Equal(spans, wantSpans) {
		t.Fatalf("tokenize(%q) spans = %v, want %v", text, spans, wantSpans)
	}
}

func TestTokenize(t *testing.T) {
	for _, text := range tokenizeCases {
		checkTokenize(t, text)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, text := range tokenizeCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokenize(t, text)
		// The ASCII path is the fast one: the same bytes folded into
		// printable ASCII exercise it on every input.
		b := []byte(text)
		for i, c := range b {
			if c >= 0x80 || c < 0x20 {
				b[i] = " -'.,[]()<>ab1Z"[int(c)%15]
			}
		}
		checkTokenize(t, string(b))
	})
}
