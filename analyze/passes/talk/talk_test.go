package talk

import (
	"math"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/read"
)

func TestTalkRatio(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		src    string
		opts   read.ReadOptions
		want   float64 // seller share, %; NaN when n/a
		na     string  // substring of the n/a reason
		detail string  // substring of the detail
	}{
		{
			name: "words when untimed",
			file: "call.txt",
			src: `Rep: one two three four
Customer: one two three four five six
Rep: seven eight`,
			want: 50, detail: "by words: seller 6 words, customer 6 words",
		},
		{
			name: "annotations and punctuation are not words",
			file: "call.txt",
			src: `Rep: Hi -- [laughs] it's a follow-up, okay?
Customer: (crosstalk) Mm-hmm... sure.`,
			want: 100 * 5.0 / 7, detail: "seller 5 words, customer 2 words",
		},
		{
			name: "time when the source has cue ends; silence excluded, overlap counted for both",
			file: "call.timed",
			src: `0-10 Rep: a b c
8-38 Customer: d
60-70 Rep: e`,
			want: 40, detail: "by time: seller 20s, customer 30s",
		},
		{
			name: "start times only fall back to words",
			file: "call.txt",
			src: `[00:00:00] Rep: a b c
[00:00:30] Customer: d`,
			want: 75, detail: "by words",
		},
		{
			name: "--rep decides the side",
			file: "call.txt",
			src: `Dana: a b c d e f g h i
Sam: a`,
			opts: read.ReadOptions{Reps: []string{"sam"}},
			want: 10,
		},
		{
			name: "one speaker is n/a",
			file: "call.txt",
			src:  `Rep: a b c`,
			want: math.NaN(), na: "only one speaker",
		},
		{
			name: "two sellers and no customer is n/a",
			file: "call.txt",
			src: `Rep: a b c
AE: d e`,
			want: math.NaN(), na: "no customer identified",
		},
		{
			name: "no labels at all is n/a",
			file: "call.txt",
			src:  "just some words\nand more words",
			want: math.NaN(), na: "only one speaker",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := analyzetest.Run(t, Analyzer, tt.file, tt.src, tt.opts)
			if math.IsNaN(tt.want) {
				if na := analyzetest.NA(t, sc, "talk_ratio"); !strings.Contains(na, tt.na) {
					t.Errorf("n/a reason %q, want it to mention %q", na, tt.na)
				}
				return
			}
			if got := analyzetest.Value(t, sc, "talk_ratio"); math.Abs(got-tt.want) > 0.01 {
				t.Errorf("talk_ratio = %.2f, want %.2f", got, tt.want)
			}
			m, _ := sc.Metric("talk_ratio")
			if !strings.Contains(m.Detail, tt.detail) {
				t.Errorf("detail %q, want it to contain %q", m.Detail, tt.detail)
			}
		})
	}
}

func TestTalkRatioPerSpeaker(t *testing.T) {
	sc := analyzetest.Run(t, Analyzer, "call.txt", `Rep: a b
Customer: c d e
Other Person: f g h i j`, read.ReadOptions{})
	want := map[string]float64{"Rep": 20, "Customer": 30, "Other Person": 50}
	for name, share := range want {
		m, ok := sc.SpeakerMetric("talk_ratio", name)
		if !ok || math.Abs(m.Value-share) > 0.01 {
			t.Errorf("%s: share %v (found %v), want %v", name, m.Value, ok, share)
		}
	}
	// The side ratio: Rep against Customer and Other Person.
	if got := analyzetest.Value(t, sc, "talk_ratio"); math.Abs(got-20) > 0.01 {
		t.Errorf("talk_ratio = %v, want 20", got)
	}
}
