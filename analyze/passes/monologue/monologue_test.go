package monologue

import (
	"math"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/read"
)

// Seller stretch 1: lines 1-3, the customer's "Mm-hmm." inside it; 0 s to
// 40 s = 40 s; words 4 + 7 (line 1) + 12 (line 3) = 23. The customer's
// question on line 4 ends it. Seller stretch 2: line 5, 4.5 s.
// Customer stretch 1: line 4, 4.5 s. Customer stretch 2: lines 6-8, the
// rep's "Right." inside it; 50.5 s to 140 s = 89.5 s (printed 1m30s);
// words 12 + 10 = 22. The rep's closing "Got it." is a backchannel too.
const monologueTimed = `0-5 Rep: Thanks for joining today. Let me walk you through the platform. // want "monologue:start" "monologue" "monologue: longest seller monologue: 40s \\(23 words\\), lines 1–3"
5-6 Customer: Mm-hmm.
6-40 Rep: We built it for finance teams who close the books every month. // want "monologue"
40.5-45 Customer: How much does it cost?
45.5-50 Rep: It depends on the number of seats.
50.5-110 Customer: So our situation is a bit unusual, because we run three entities. // want "customer-story: longest customer story: 1m30s \\(22 words\\), lines 6–8"
110-112 Rep: Right.
112-140 Customer: Each entity has its own ledger and its own auditor.
140.5-141 Rep: Got it.
`

func TestMonologueTimed(t *testing.T) {
	sc := analyzetest.Run(t, Analyzer, "call.timed", monologueTimed, read.ReadOptions{})
	if got := analyzetest.Value(t, sc, "longest_monologue"); got != 40 {
		t.Errorf("longest_monologue = %v, want 40", got)
	}
	if got := analyzetest.Value(t, sc, "longest_customer_story"); got != 89.5 {
		t.Errorf("longest_customer_story = %v, want 89.5", got)
	}
	for _, name := range []string{"longest_monologue_words", "longest_customer_story_words"} {
		if na := analyzetest.NA(t, sc, name); !strings.HasPrefix(na, "timed: see longest_") {
			t.Errorf("%s: n/a reason %q", name, na)
		}
	}
}

// Untimed, by words. Seller stretches: line 1 (3 words); lines 3-5, with
// the customer's "Okay." inside: 6 + 5 + 5 = 16; line 7 (2). Customer
// stretches: line 2, "Sure, happy to." (3, not a backchannel: "happy to" is
// not one); line 6 (5).
const monologueUntimed = `Rep: Thanks for joining.
Customer: Sure, happy to.
Rep: Let me explain how it works. // want "monologue:start" "monologue: longest seller monologue: 16 words, lines 3–5"
Customer: Okay.
Rep: We connect to your ledger. Then we reconcile every night. // want "monologue" "monologue"
Customer: How long does setup take? // want "customer-story: longest customer story: 5 words, line 6"
Rep: Two weeks.
`

func TestMonologueUntimed(t *testing.T) {
	sc := analyzetest.Run(t, Analyzer, "call.txt", monologueUntimed, read.ReadOptions{})
	if got := analyzetest.Value(t, sc, "longest_monologue_words"); got != 16 {
		t.Errorf("longest_monologue_words = %v, want 16", got)
	}
	if got := analyzetest.Value(t, sc, "longest_customer_story_words"); got != 5 {
		t.Errorf("longest_customer_story_words = %v, want 5", got)
	}
	if na := analyzetest.NA(t, sc, "longest_monologue"); na != "untimed: see longest_monologue_words" {
		t.Errorf("longest_monologue: n/a reason %q", na)
	}
}

func TestMonologueCases(t *testing.T) {
	tests := []struct {
		name             string
		src              string
		seller, customer float64 // seconds; NaN when n/a
		na               string
	}{
		{
			// Start times only: the rep holds the floor from 0:00 to the
			// customer's start at 2:30 = 150 s; the customer from 2:30 to
			// the rep's start at 2:40 = 10 s. The last turn, 2 words at
			// 150 wpm, ends 0.8 s after 2:40.
			name: "start times give floor time",
			src: `[00:00:00] Rep: Let me show you the dashboard.
[00:02:30] Customer: Can it export to Excel?
[00:02:40] Rep: Yes, it can.`,
			seller: 150, customer: 10,
		},
		{
			// Two reps tag-teaming are one side holding the floor: 0:00 to
			// 1:00, when the customer speaks.
			name: "a side's speakers share a stretch",
			src: `[00:00:00] Rep: I'll start with the overview.
[00:00:20] AE: And I'll cover the integrations.
[00:01:00] Customer: What does it cost us?
[00:01:10] Rep: Ten thousand a year.`,
			seller: 60, customer: 10,
		},
		{
			// The customer's only turn is a backchannel inside the rep's
			// stretch: the customer held the floor for 0 s, which rates
			// poor, not n/a. The rep: 0:00 to the end of the last turn, 4
			// words at 150 wpm = 1.6 s after 0:32: 33.6 s.
			name: "a customer who only backchannels told no story",
			src: `[00:00:00] Rep: Let me show you the dashboard.
[00:00:30] Customer: Mm-hmm.
[00:00:32] Rep: It updates every night.`,
			seller: 33.6, customer: 0,
		},
		{
			name:   "one speaker is n/a",
			src:    `[00:00:00] Rep: Let me show you the dashboard.`,
			seller: math.NaN(), na: "only one speaker",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := analyzetest.Score(t, Analyzer, "call.txt", tt.src, read.ReadOptions{})
			if math.IsNaN(tt.seller) {
				for _, name := range []string{"longest_monologue", "longest_monologue_words", "longest_customer_story", "longest_customer_story_words"} {
					if na := analyzetest.NA(t, sc, name); !strings.Contains(na, tt.na) {
						t.Errorf("%s: n/a reason %q, want it to mention %q", name, na, tt.na)
					}
				}
				return
			}
			if got := analyzetest.Value(t, sc, "longest_monologue"); math.Abs(got-tt.seller) > 0.01 {
				t.Errorf("longest_monologue = %v, want %v", got, tt.seller)
			}
			if got := analyzetest.Value(t, sc, "longest_customer_story"); math.Abs(got-tt.customer) > 0.01 {
				t.Errorf("longest_customer_story = %v, want %v", got, tt.customer)
			}
		})
	}
}

func TestMonologueOnlyBackchannelsUntimed(t *testing.T) {
	// The customer says only "Okay." and "Right.", inside the rep's one
	// stretch of 6 + 5 + 3 = 14 words: the customer's longest story is 0
	// words (poor), the rep's monologue 14.
	sc := analyzetest.Run(t, Analyzer, "call.txt", `Rep: Let me explain how it works. // want "monologue:start" "monologue: longest seller monologue: 14 words, lines 1–5"
Customer: Okay.
Rep: We connect to your ledger. // want "monologue"
Customer: Right.
Rep: Then we reconcile. // want "monologue"`, read.ReadOptions{})
	if got := analyzetest.Value(t, sc, "longest_monologue_words"); got != 14 {
		t.Errorf("longest_monologue_words = %v, want 14", got)
	}
	if got := analyzetest.Value(t, sc, "longest_customer_story_words"); got != 0 {
		t.Errorf("longest_customer_story_words = %v, want 0", got)
	}
	if m, _ := sc.Metric("longest_customer_story_words"); m.Status != analyze.StatusPoor || m.Detail != "only backchannels" {
		t.Errorf("longest_customer_story_words: status %s, detail %q; want poor, \"only backchannels\"", m.Status, m.Detail)
	}
	if na := analyzetest.NA(t, sc, "longest_customer_story"); na != "untimed: see longest_customer_story_words" {
		t.Errorf("longest_customer_story: n/a reason %q", na)
	}
}
