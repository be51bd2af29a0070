package interruptions

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// With cue end times. Each scenario's arithmetic is in the comment above it.
const interruptionsTimed = `0-6 Customer: We moved everything to the new warehouse system last spring, and honestly the
4-4.8 Rep: Mm-hmm.
6.2-9 Customer: rollout was rough.
9.5-12 Rep: What made it rough?
12.5-22 Customer: The integration with our billing system kept failing, and the
14-17 Rep: Right, and was that the API or the export job?
22.5-25 Customer: Anyway, it works now.
25.4-30 Rep: Good. How did you choose the vendor?
30.5-36 Customer: We looked at two vendors, and the reason we chose the // want "interrupted"
35-40 Rep: Sure, but let me show you our pricing first. // want "interrupts" "interruption: Rep cut off Customer: \"… two vendors, and the reason we chose the\""
40.5-43 Customer: Okay, go ahead.
43.5-50 Rep: Our plans start at ten thousand a year, and the // want "interrupted"
49-55 Customer: What about the security review, is that included? // want "interrupts" "interruption: Customer cut off Rep: \"… start at ten thousand a year, and the\""
55.5-60 Rep: Yes, it is included in every plan.
60.5-64 Customer: The main issue for us is that the
63-68 Rep: Let me stop you there for a second.
64.2-70 Customer: reporting never matched our finance numbers.
70.5-74 Rep: Understood. What budget do you have for this?
74.5-77 Customer: Our budget is set, but the… // want "interrupted"
77.3-81 Rep: Right, so what is the number for this year? // want "interrupts" "interruption: Rep cut off Customer: \"Our budget is set, but the…\""
81.5-84 Customer: Forty thousand, roughly.
84.5-88 Rep: We might also look at a pilot…
91-95 Customer: Okay. Should we book a demo then?
95.5-100 Rep: Yes. And the person who owns the budget is the // want "interrupted"
97-97.5 Customer 2: Yeah.
99-104 Customer: Sorry, that would be our finance director, Priya. // want "interrupts" "interruption: Customer cut off Rep: \"… the person who owns the budget is the\""
`

// The scenarios of interruptionsTimed, line by line:
//
//	1-3   Rep's "Mm-hmm." at 4 s inside Customer's 0-6 s cue: a cooperative
//	      overlap (a backchannel), not an interruption.
//	3-4   a clean handover (9 s end, 9.5 s start, "." ending): none.
//	5-6   Rep starts at 14 s inside Customer's 12.5-22 s cue, which ends on
//	      "the": Customer talks on 8 s > 2 s after Rep's start: none.
//	9-10  Rep starts at 35 < 36 - 0.5; Customer stops at 36 <= 35 + 2, on
//	      "the"; Rep says 9 words; Customer resumes at 40.5, after Rep's
//	      turn ends at 40: Rep cut off Customer.
//	12-13 the same the other way: Customer at 49 < 50 - 0.5, Rep stops at
//	      50 <= 51 on "the": Customer cut off Rep.
//	15-17 Rep starts at 63 < 64 - 0.5 and Customer stops at 64 on "the",
//	      but Customer goes on at 64.2, while Rep talks until 68 (64.2 <
//	      68 - 0.5): Customer kept the floor: none.
//	19-20 no overlap (Zoom-like), but "the…" ends cut off and Rep starts
//	      0.3 s later (<= 1 s): Rep cut off Customer.
//	22-23 "a pilot…" trails off: Customer starts 3 s later (> 1 s): none.
//	24-26 Customer 2's "Yeah." sits between; Customer starts at 99 <
//	      100 - 0.5, Rep stops at 100 <= 101 on "the": Customer cut off Rep.
//
// Seller cut off customer: lines 10 and 20 = 2; customer cut off seller:
// lines 13 and 26 = 2.
func TestInterruptionsTimed(t *testing.T) {
	sc := analyzetest.Run(t, Analyzer, "call.timed", interruptionsTimed, read.ReadOptions{})
	if got := analyzetest.Value(t, sc, "interruptions"); got != 2 {
		t.Errorf("interruptions = %v, want 2", got)
	}
	if got := analyzetest.Value(t, sc, "customer_interruptions"); got != 2 {
		t.Errorf("customer_interruptions = %v, want 2", got)
	}
	m, _ := sc.Metric("interruptions")
	if want := "seller cut off customer 2, customer cut off seller 2"; m.Detail != want {
		t.Errorf("detail %q, want %q", m.Detail, want)
	}
	for name, want := range map[string]float64{"Rep": 2, "Customer": 2, "Customer 2": 0} {
		if m, ok := sc.SpeakerMetric("interruptions", name); !ok || m.Value != want {
			t.Errorf("%s made %v interruptions (recorded: %v), want %v", name, m.Value, ok, want)
		}
	}
}

// Without times: only the end of a turn counts.
const interruptionsUntimed = `Customer: We looked at two vendors, and the reason we chose the-- // want "interrupted"
Rep: Sure, but let me show you pricing first. // want "interrupts" "interruption: Rep cut off Customer: \"… two vendors, and the reason we chose the--\""
Customer: Okay. So we- we need it by March, but- but the budget is fixed.
Rep: Understood, March it is.
Customer: And then there's the-
Rep: Mm-hmm.
Customer: the security review, which takes a while.
Rep: So the plan is to // want "interrupted"
Customer: Can we talk about price first? // want "interrupts" "interruption: Customer cut off Rep: \"So the plan is to\""
Rep: Of course. Annual plans get a discount if they're paid — // want "interrupted"
Customer: Upfront, you mean? // want "interrupts" "interruption: Customer cut off Rep: \"… Annual plans get a discount if they're paid —\""
Rep: Yes, upfront. We'd need a signature from your- [crosstalk] // want "interrupted"
Customer: From our CFO, yes. // want "interrupts" "interruption: Customer cut off Rep"
Rep: And what did the last vendor charge for the
Customer: licences, mostly, right?
Rep: Right. And we can send it all on…
Customer: Okay.
`

// Line by line: 1-2 a "--" cut-off; 3 self-repairs inside a turn ("we-",
// "but-"): none; 5-6 a cut-off followed by a backchannel: trailing off, none;
// 8-9 no final punctuation on "to"; 10-11 an em dash; 12-13 a dash before an
// annotation; 14-15 "for the" then a turn opening in lower case: the
// sentence goes on (a diarization split), none; 16-17 "…" then "Okay.": none.
// Seller cut off customer 1 (line 2), customer cut off seller 3 (9, 11, 13).
func TestInterruptionsUntimed(t *testing.T) {
	sc := analyzetest.Run(t, Analyzer, "call.txt", interruptionsUntimed, read.ReadOptions{})
	if got := analyzetest.Value(t, sc, "interruptions"); got != 1 {
		t.Errorf("interruptions = %v, want 1", got)
	}
	if got := analyzetest.Value(t, sc, "customer_interruptions"); got != 3 {
		t.Errorf("customer_interruptions = %v, want 3", got)
	}
}

func TestInterruptionsCases(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		src      string
		opts     read.ReadOptions
		seller   float64 // NaN when n/a
		customer float64
		na       string
	}{
		{
			// Overlap 4 < 5 - 0.5, Customer stops at 5 <= 4 + 2; no final
			// punctuation in a punctuated transcript.
			name: "timed: open ending under overlap in a punctuated transcript",
			file: "call.timed",
			src: `0-5 Customer: We mostly use it for reporting and dashboards
4-8 Rep: Got it, and who builds those dashboards today?`,
			seller: 1,
		},
		{
			// The same without any punctuation: an open ending says nothing.
			name: "timed: open ending in an unpunctuated transcript",
			file: "call.timed",
			src: `0-5 Customer: we mostly use it for reporting and dashboards
4-8 Rep: got it and who builds those dashboards today`,
			seller: 0,
		},
		{
			// Overlap and a cut-off, but Rep says 3 words.
			name: "timed: three words do not take the floor",
			file: "call.timed",
			src: `0-5 Customer: We mostly use it for the
4-6 Rep: Wait, which one?
6.5-9 Customer: The reporting module.`,
			seller: 0,
		},
		{
			// No overlap (Customer ends at 3, Rep starts at 3.3) and no
			// cut-off mark: an unpunctuated machine transcript ending on
			// "to" is as likely finished ("I'd love to") as cut off.
			name: "timed, no overlap: an unfinished word without a mark is no cut-off",
			file: "call.timed",
			src: `0-3 Customer: Yeah I'd love to
3.3-7 Rep: Great so what does your week look like`,
			seller: 0,
		},
		{
			// The same in a punctuated transcript, on "the": still no mark,
			// so no interruption where the source shows no overlap.
			name: "timed, no overlap, punctuated: an unfinished word without a mark is no cut-off",
			file: "call.timed",
			src: `0-5 Customer: We mostly use it for the
5.3-8 Rep: Got it, and who builds those dashboards today?`,
			seller: 0,
		},
		{
			// Under overlap (4 < 5 - 0.5, Customer stops at 5 <= 4 + 2) a
			// stranded "to" does count, even unpunctuated.
			name: "timed, overlap: a stranded word counts",
			file: "call.timed",
			src: `0-5 Customer: Yeah and what we really want is to
4-8 Rep: Great so what does your week look like`,
			seller: 1,
		},
		{
			// Untimed and unpunctuated, "to" may end the sentence ("I'd love
			// to"): not a cut-off.
			name: "untimed, unpunctuated: a stranded word is no cut-off",
			file: "call.txt",
			src: `Customer: Yeah I'd love to
Rep: Great so what does your week look like`,
			seller: 0,
		},
		{
			// In a punctuated transcript, a turn left open on "to" was cut
			// off.
			name: "untimed, punctuated: a stranded word without a period is a cut-off",
			file: "call.txt",
			src: `Customer: Okay. What we really want is to
Rep: Great, so what does your week look like?`,
			seller: 1,
		},
		{
			name: "start times only use the text rule",
			file: "call.txt",
			src: `[00:00:01] Customer: We mostly use it for the-
[00:00:04] Rep: Right, who builds the reports?`,
			seller: 1,
		},
		{
			name: "untimed: a cut-off followed by a backchannel is trailing off",
			file: "call.txt",
			src: `Customer: We mostly use it for the…
Rep: Yeah, sure.`,
			seller: 0,
		},
		{
			name: "untimed: a backchannel is not interrupted",
			file: "call.txt",
			src: `Rep: How do you use it?
Customer: Um
Rep: For reporting, maybe?`,
			seller: 0,
		},
		{
			name: "no customer is n/a",
			file: "call.txt",
			src: `Rep: We use it for the-
AE: Reporting, mostly.`,
			seller: math.NaN(), na: "no customer identified",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, _ := runOn(t, Analyzer, tt.file, tt.src, tt.opts)
			if math.IsNaN(tt.seller) {
				if na := analyzetest.NA(t, sc, "interruptions"); !strings.Contains(na, tt.na) {
					t.Errorf("n/a reason %q, want it to mention %q", na, tt.na)
				}
				return
			}
			if got := analyzetest.Value(t, sc, "interruptions"); got != tt.seller {
				t.Errorf("interruptions = %v, want %v", got, tt.seller)
			}
			if got := analyzetest.Value(t, sc, "customer_interruptions"); got != tt.customer {
				t.Errorf("customer_interruptions = %v, want %v", got, tt.customer)
			}
		})
	}
}

// runOn reads a transcript and runs one analyzer on it, without checking
// tags and findings.
func runOn(t *testing.T, a *analyze.Analyzer, name, src string, opts read.ReadOptions) (*analyze.Scorecard, *transcript.Transcript) {
	t.Helper()
	sc := analyzetest.Score(t, a, name, src, opts)
	return sc, sc.Transcript
}

// TestInterruptionsRealExcerpts runs the detector over real transcripts
// labelled by hand (see testdata/interruptions/README.md) and checks what it
// finds against the labels: the source lines of the interrupting turns.
func TestInterruptionsRealExcerpts(t *testing.T) {
	tests := []struct {
		file    string
		untimed bool  // read a .timed file as plain "Name: text", dropping the times
		gold    []int // hand labels
		want    []int // what the detector finds (differences from gold explained)
	}{
		{file: "earnings21-4387332-qa.txt"},
		{file: "earnings21-4364366-qa.txt"},
		{file: "earnings21-4387332-asr.txt"},
		{file: "zoom-acdt-072.timed", gold: []int{3}, want: []int{3}},
		// Untimed, "Maria?" (line 18) after "Can I just…" is not a
		// backchannel, so it counts: a false positive the timed rule (more
		// than 3 words) avoids.
		{file: "zoom-acdt-072.timed", untimed: true, gold: []int{3}, want: []int{3, 18}},
	}
	var tp, fp, fn, boundaries int
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		src, name := string(data), tt.file
		if tt.untimed {
			var lines []string
			for _, l := range strings.Split(strings.TrimSpace(src), "\n") {
				_, rest, _ := strings.Cut(l, " ")
				lines = append(lines, rest)
			}
			src, name = strings.Join(lines, "\n"), strings.TrimSuffix(name, ".timed")+".txt"
		}
		sc, tr := runOn(t, Analyzer, name, src, read.ReadOptions{})
		var got []int
		for _, f := range sc.Findings {
			got = append(got, f.Line)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s (untimed %v): interruptions at lines %v, want %v", tt.file, tt.untimed, got, tt.want)
		}
		boundaries += len(tr.Turns) - 1
		for _, l := range got {
			if slices.Contains(tt.gold, l) {
				tp++
			} else {
				fp++
			}
		}
		for _, l := range tt.gold {
			if !slices.Contains(got, l) {
				fn++
			}
		}
	}
	t.Logf("%d turn boundaries: %d true positives, %d false positives, %d missed", boundaries, tp, fp, fn)
}

func ExampleAnalyzer() {
	src := "Customer: The reason we chose the--\nRep: Let me show you our pricing first.\n"
	tr, _ := read.Parse("call.txt", []byte(src), read.ReadOptions{})
	sc, _ := analyze.Run(tr, analyzetest.Rubric(Analyzer), []*analyze.Analyzer{Analyzer})
	for _, f := range sc.Findings {
		fmt.Printf("line %d: %s\n", f.Line, f.Message)
	}
	m, _ := sc.Metric("interruptions")
	fmt.Printf("%v (%s): %s\n", m.Value, m.Status, m.Detail)
	// Output:
	// line 2: Rep cut off Customer: "The reason we chose the--"
	// 1 (fair): seller cut off customer 1, customer cut off seller 0
}
