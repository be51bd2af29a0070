package pace

import (
	"math"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/read"
)

// nWords returns n words of filler speech ("word word ... word.").
func nWords(n int) string {
	return strings.TrimSpace(strings.Repeat("word ", n)) + "."
}

func TestPace(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		src      string
		want     float64            // seller side wpm; NaN when n/a
		na       string             // substring of the n/a reason
		speakers map[string]float64 // per-speaker wpm; NaN: not recorded
	}{
		{
			// Rep: 50 + 30 words in 20 s + 12 s = 32 s -> 80/32*60 = 150.
			// Customer: 20 words in 10 s -> 120. The overlap at 28-30 counts
			// for both.
			name: "words per minute of cue time",
			file: "call.timed",
			src: "0-20 Rep: " + nWords(50) + "\n" +
				"20-30 Customer: " + nWords(20) + "\n" +
				"28-40 Rep: " + nWords(30),
			want:     150,
			speakers: map[string]float64{"Rep": 150, "Customer": 120},
		},
		{
			// Rep's cues 0-20 and 15-25 overlap: 25 s of speech, not 30.
			// 50 words / 25 s * 60 = 120. The silence 25-40 is not speech.
			name: "overlapping cues of one speaker count once; silence is left out",
			file: "call.timed",
			src: "0-20 Rep: " + nWords(40) + "\n" +
				"15-25 Rep: " + nWords(10) + "\n" +
				"40-60 Customer: " + nWords(30),
			want:     120,
			speakers: map[string]float64{"Rep": 120, "Customer": 90},
		},
		{
			// Seller side: (40 + 30) words / (20 + 10) s * 60 = 140.
			// AE alone: 30/10*60 = 180.
			name: "the seller side adds up its sellers",
			file: "call.timed",
			src: "0-20 Rep: " + nWords(40) + "\n" +
				"20-30 AE: " + nWords(30) + "\n" +
				"30-40 Customer: " + nWords(20),
			want:     140,
			speakers: map[string]float64{"Rep": 120, "AE": 180, "Customer": 120},
		},
		{
			// Rep speaks 5 s: too little for a pace; Customer's 25 s is
			// enough for theirs (50/25*60 = 120).
			name: "too little seller speech is n/a",
			file: "call.timed",
			src: "0-5 Rep: " + nWords(12) + "\n" +
				"5-30 Customer: " + nWords(50),
			want: math.NaN(), na: "too little speech",
			speakers: map[string]float64{"Rep": math.NaN(), "Customer": 120},
		},
		{
			name: "start times only are n/a",
			file: "call.txt",
			src: "[00:00:00] Rep: " + nWords(50) + "\n" +
				"[00:00:20] Customer: " + nWords(50),
			want: math.NaN(), na: "needs cue end times",
		},
		{
			name: "untimed is n/a",
			file: "call.txt",
			src:  "Rep: " + nWords(50) + "\nCustomer: " + nWords(50),
			want: math.NaN(), na: "needs cue end times",
		},
		{
			name: "one unlabelled speaker has no seller",
			file: "call.timed",
			src:  "0-30 Dana: " + nWords(60),
			want: math.NaN(), na: "no seller identified",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := analyzetest.Run(t, Analyzer, tt.file, tt.src, read.ReadOptions{})
			if math.IsNaN(tt.want) {
				if na := analyzetest.NA(t, sc, "pace"); !strings.Contains(na, tt.na) {
					t.Errorf("n/a reason %q, want it to mention %q", na, tt.na)
				}
			} else if got := analyzetest.Value(t, sc, "pace"); math.Abs(got-tt.want) > 0.01 {
				t.Errorf("pace = %.2f, want %.2f", got, tt.want)
			}
			for name, want := range tt.speakers {
				m, ok := sc.SpeakerMetric("pace", name)
				switch {
				case math.IsNaN(want) && ok:
					t.Errorf("%s: pace %.2f recorded, want none", name, m.Value)
				case !math.IsNaN(want) && !ok:
					t.Errorf("%s: no pace recorded, want %.2f", name, want)
				case ok && math.Abs(m.Value-want) > 0.01:
					t.Errorf("%s: pace %.2f, want %.2f", name, m.Value, want)
				}
			}
		})
	}
}
