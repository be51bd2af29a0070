package interactivity

import (
	"math"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/read"
)

func TestInteractivity(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		src    string
		metric string  // the metric measured
		want   float64 // NaN when n/a
		na     string
		detail string
	}{
		{
			// 6 turns, 5 switches, in 0-120 s = 2 minutes: 2.5 a minute.
			name: "switches per minute",
			file: "call.timed",
			src: `0-20 Rep: Thanks for making the time today.
20-30 Customer: Happy to, we have half an hour.
30-40 Rep: Great, what prompted the call?
40-60 Customer: Our month-end close takes two weeks.
60-90 Rep: That is long. How many people work on it?
90-120 Customer: Six, across three offices.`,
			metric: "interactivity", want: 2.5, detail: "5 switches in 2m00s",
		},
		{
			// The customer's "Mm-hmm." inside the rep's cue splits the rep's
			// speech into two turns: Rep, Customer, Rep, Customer = 3
			// switches in 0-90 s = 1.5 minutes: 2 a minute.
			name: "a backchannel is interaction",
			file: "call.timed",
			src: `0-40 Rep: Let me walk you through how the reconciliation works end to end.
10-11 Customer: Mm-hmm.
41-60 Rep: And that is the whole flow.
61-90 Customer: Makes sense, and what about the audit trail?`,
			metric: "interactivity", want: 2, detail: "3 switches in 1m30s",
		},
		{
			// 50 + 50 + 50 + 50 words, 3 switches: 100 * 3 / 200 = 1.5.
			name:   "untimed: switches per 100 words",
			file:   "call.txt",
			src:    "Rep: " + nWords(50) + "\nCustomer: " + nWords(50) + "\nRep: " + nWords(50) + "\nCustomer: " + nWords(50),
			metric: "interactivity_words", want: 1.5, detail: "3 switches in 200 words",
		},
		{
			name: "a timed call under a minute is n/a",
			file: "call.timed",
			src: `0-20 Rep: Hi, is now a good time?
20-50 Customer: Not really, call me tomorrow.`,
			metric: "interactivity", want: math.NaN(), na: "shorter than a minute",
		},
		{
			name:   "an untimed call under 150 words is n/a",
			file:   "call.txt",
			src:    "Rep: " + nWords(70) + "\nCustomer: " + nWords(70),
			metric: "interactivity_words", want: math.NaN(), na: "fewer than 150 words",
		},
		{
			name:   "one speaker is n/a",
			file:   "call.txt",
			src:    "Rep: " + nWords(200),
			metric: "interactivity_words", want: math.NaN(), na: "only one speaker",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := analyzetest.Run(t, Analyzer, tt.file, tt.src, read.ReadOptions{})
			twin := "interactivity"
			if tt.metric == twin {
				twin = "interactivity_words"
			}
			analyzetest.NA(t, sc, twin)
			if math.IsNaN(tt.want) {
				if na := analyzetest.NA(t, sc, tt.metric); !strings.Contains(na, tt.na) {
					t.Errorf("n/a reason %q, want it to mention %q", na, tt.na)
				}
				return
			}
			if got := analyzetest.Value(t, sc, tt.metric); math.Abs(got-tt.want) > 0.001 {
				t.Errorf("%s = %v, want %v", tt.metric, got, tt.want)
			}
			if m, _ := sc.Metric(tt.metric); m.Detail != tt.detail {
				t.Errorf("detail %q, want %q", m.Detail, tt.detail)
			}
		})
	}
}

func nWords(n int) string {
	return strings.TrimSpace(strings.Repeat("word ", n)) + "."
}
