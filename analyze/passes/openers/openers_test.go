package openers

import (
	"math"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/read"
)

func TestOpeners(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		src    string
		want   float64 // opener count; NaN when n/a
		na     string
		detail string
	}{
		{
			name: "untimed: the seller's first 3 turns",
			// Turn 1: permission 1. Turn 2: apology 3 (two in the first
			// sentence, one in the second). Turn 3: pitch 1 ("how have you
			// been" is not an opener). The fourth seller turn is outside the
			// opening, and the customer's phrases never count: 1+3+1 = 5.
			file: "call.txt",
			src: `Customer: Hello, this is Dana.
Rep: Hi Dana, this is Sam from Acme. Did I catch you at a bad time?  // want "^opener:permission$" "^opener: permission opener \"did I catch you at a bad time\"$"
Customer: Kind of. Is this a good time to ask what it's about? Sorry to bother you with questions.
Rep: Sorry to bother you, I know you're busy. I'll be quick.  // want "^opener:apology$" "^opener:apology$" "apology opener \"sorry to bother you\"" "apology opener \"I know you're busy\"" "apology opener \"I'll be quick\""
Customer: Okay.
Rep: How have you been? We help companies like yours cut churn.  // want "^opener:pitch$" "pitch opener \"we help companies like yours\""
Customer: Fine.
Rep: How are you doing today? Do you have a minute?`,
			want: 5, detail: "permission 1, apology 3, pitch 1",
		},
		{
			name: "timed: seller turns starting in the first 60 seconds",
			// 5 s: pleasantry 1. 58 s: permission 1. 75 s is past the
			// opening. 1 + 1 = 2.
			file: "call.timed",
			src: `0-4 Customer: Hello?
5-12 Rep: Hi, it's Sam. How are you doing today?  // want "^opener:pleasantry$" "pleasantry opener \"how are you doing today\""
20-30 Customer: Busy. Do you have a minute? Ha.
58-65 Rep: Is now a good time?  // want "^opener:permission$" "permission opener \"is now a good time\""
70-75 Customer: Sure.
75-80 Rep: Sorry to bother you.`,
			want: 2, detail: "permission 1, pleasantry 1",
		},
		{
			name: "the minute counts from the first turn, not from zero",
			file: "call.timed",
			src: `100-110 Customer: Hello, Dana speaking.
130-135 Rep: Got a minute?  // want "^opener:permission$" "permission opener \"got a minute\""`,
			want: 1, detail: "permission 1",
		},
		{
			name: "a good opening has none",
			// Stating the reason for the call is not an interruptive opener.
			file: "call.txt",
			src: `Rep: Hi Dana, how have you been? The reason for my call is your hiring post.
Customer: Good. What about it?
Rep: I'm calling because you're hiring SDRs.`,
			want: 0, detail: "none",
		},
		{
			name: "a permission phrase inside a sentence is not an opener",
			// "got a second" in "we got a second quote" asks nothing; nor
			// does "how are you doing" with what it asks about.
			file: "call.txt",
			src: `Rep: Hi Dana. We got a second quote from your team last week.
Customer: Okay.
Rep: How are you doing with the rollout?`,
			want: 0, detail: "none",
		},
		{
			name: "at a clause's start, after greetings, names, fillers and sorry",
			// Turn 1: "got a minute" after "Hey Dana," (1). Turn 2: "got a
			// sec" after "Hi" and the capitalised name, no comma (1); "is
			// now still a good time" after "sorry," (1). Turn 3: "how are
			// you doing" ends its sentence (1); "did I catch you at a bad
			// moment" (1). 1 + 2 + 2 = 5: permission 4, pleasantry 1.
			file: "call.txt",
			src: `Rep: Hey Dana, got a minute?  // want "^opener:permission$" "permission opener \"got a minute\""
Customer: Who is this?
Rep: Hi Dana got a sec? Um, sorry, is now still a good time?  // want "^opener:permission$" "^opener:permission$" "permission opener \"got a sec\"" "permission opener \"is now still a good time\""
Customer: Go on.
Rep: How are you doing? Did I catch you at a bad moment?  // want "^opener:pleasantry$" "^opener:permission$" "pleasantry opener \"how are you doing\"" "permission opener \"did I catch you at a bad moment\""`,
			want: 5, detail: "permission 4, pleasantry 1",
		},
		{
			name: "pitches count anywhere in a sentence",
			// "how have you been" is not an opener.
			file: "call.txt",
			src: `Customer: Hello?
Rep: How have you been? The reason I'm calling is we're one of the leading payroll providers.  // want "^opener:pitch$" "pitch opener \"we're one of the leading\""`,
			want: 1, detail: "pitch 1",
		},
		{
			name: "seller silent in the first minute",
			file: "call.timed",
			src: `0-50 Customer: Hello, Dana speaking, how are you today?
65-70 Rep: Did I catch you at a bad time?`,
			want: math.NaN(), na: "no turn in the first 60 seconds",
		},
		{
			name: "one speaker",
			file: "call.txt",
			src:  `Dana: Did I catch you at a bad time?`,
			want: math.NaN(), na: "only one speaker",
		},
		{
			name: "one speaker labelled a seller is no conversation either",
			file: "call.txt",
			src:  `Rep: Did I catch you at a bad time?`,
			want: math.NaN(), na: "only one speaker",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := analyzetest.Run(t, Analyzer, tt.file, tt.src, read.ReadOptions{})
			if math.IsNaN(tt.want) {
				if na := analyzetest.NA(t, sc, "opener"); !strings.Contains(na, tt.na) {
					t.Errorf("n/a reason %q, want it to mention %q", na, tt.na)
				}
				return
			}
			if got := analyzetest.Value(t, sc, "opener"); got != tt.want {
				t.Errorf("opener = %v, want %v", got, tt.want)
			}
			if m, _ := sc.Metric("opener"); m.Detail != tt.detail {
				t.Errorf("detail %q, want %q", m.Detail, tt.detail)
			}
		})
	}
}

func TestOpenerStatus(t *testing.T) {
	// Any opener at all is poor: good and fair are both exactly 0.
	tg := analyzetest.Rubric(Analyzer).Target("opener")
	for v, want := range map[float64]analyze.Status{0: analyze.StatusGood, 1: analyze.StatusPoor, 3: analyze.StatusPoor} {
		if got := tg.Rate(v); got != want {
			t.Errorf("Rate(%v) = %s, want %s", v, got, want)
		}
	}
}
