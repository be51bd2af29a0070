package patience

import (
	"math"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/read"
)

// Replies: line 2, 11 - 10 = 1 s; line 4 is the rep's backchannel, no reply;
// line 6, 32 - 30 = 2 s; line 8 starts at 39, before the customer's end at
// 40: an overlap, 0 s; line 10 follows the customer's backchannel "Yes.":
// no reply; line 12, 55.3 - 55 = 0.3 s. Sorted: 0, 0.3, 1, 2: the median
// is (0.3 + 1) / 2 = 0.65 s.
const patienceTimed = `0-10 Customer: We close the books in two weeks.
11-15 Rep: What slows it down the most?
15.5-25 Customer: Matching invoices by hand.
25-25.5 Rep: Mm-hmm.
26-30 Customer: Thousands of them a month.
32-36 Rep: How many people do that today?
37-40 Customer: Six.
39-45 Rep: And they are all in finance?
45.5-46 Customer: Yes.
47-50 Rep: Great. Let me show you the matching engine.
51-55 Customer: Sure, go ahead please.
55.3-60 Rep: It reads each invoice and finds the order.
`

func TestPatience(t *testing.T) {
	sc := analyzetest.Run(t, Analyzer, "call.timed", patienceTimed, read.ReadOptions{})
	if got := analyzetest.Value(t, sc, "patience"); math.Abs(got-0.65) > 1e-9 {
		t.Errorf("patience = %v, want 0.65", got)
	}
	m, _ := sc.Metric("patience")
	if m.Detail != "median of 4 replies" {
		t.Errorf("detail %q, want %q", m.Detail, "median of 4 replies")
	}
	if s, ok := sc.SpeakerMetric("patience", "Rep"); !ok || math.Abs(s.Value-0.65) > 1e-9 {
		t.Errorf("Rep's patience = %v (recorded: %v), want 0.65", s.Value, ok)
	}
}

func TestPatienceNotApplicable(t *testing.T) {
	tests := []struct {
		name, file, src, na string
	}{
		{
			name: "start times only",
			file: "call.txt",
			src: `[00:00:00] Customer: We close the books in two weeks.
[00:00:05] Rep: What slows it down?`,
			na: "needs cue end times",
		},
		{
			name: "untimed",
			file: "call.txt",
			src: `Customer: We close the books in two weeks.
Rep: What slows it down?`,
			na: "needs cue end times",
		},
		{
			// Two replies: lines 2 and 4.
			name: "too few replies",
			file: "call.timed",
			src: `0-10 Customer: We close the books in two weeks.
11-15 Rep: What slows it down the most?
15.5-25 Customer: Matching invoices by hand.
26-30 Rep: How many people do that?`,
			na: "fewer than 3 replies",
		},
		{
			name: "no customer",
			file: "call.timed",
			src: `0-10 Rep: Let me start.
11-15 AE: And I will follow.`,
			na: "no customer identified",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := analyzetest.Run(t, Analyzer, tt.file, tt.src, read.ReadOptions{})
			if na := analyzetest.NA(t, sc, "patience"); !strings.Contains(na, tt.na) {
				t.Errorf("n/a reason %q, want it to mention %q", na, tt.na)
			}
		})
	}
}

// Three replies: 9 - 10 and 19.5 - 20 overlap the customer (0 s each, not
// -1 s and -0.5 s); 31 - 30 = 1 s. Median of 0, 0, 1: 0 s, poor.
func TestPatienceOverlapIsZero(t *testing.T) {
	sc := analyzetest.Run(t, Analyzer, "call.timed", `0-10 Customer: We close the books in two weeks.
9-15 Rep: What slows it down the most?
15.5-20 Customer: Matching invoices by hand.
19.5-25 Rep: How many invoices a month?
26-30 Customer: About four thousand.
31-35 Rep: That is a lot of matching.`, read.ReadOptions{})
	if got := analyzetest.Value(t, sc, "patience"); got != 0 {
		t.Errorf("patience = %v, want 0", got)
	}
	if m, _ := sc.Metric("patience"); m.Status != analyze.StatusPoor {
		t.Errorf("status %s, want poor", m.Status)
	}
}
