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
//	9-10  Rep starts at 35, inside Customer's speech; Customer stops at 36
//	      <= 35 + 2, on "the"; Rep says 9 words; Customer resumes at 40.5,
//	      after Rep's turn ends at 40: Rep cut off Customer.
//	12-13 the same the other way: Customer at 49, inside Rep's speech, Rep
//	      stops at 50 <= 51 on "the": Customer cut off Rep.
//	15-17 Rep starts at 63 and Customer stops at 64 on "the", but goes on
//	      at 64.2 (within 0.25 s) while Rep still talks, with new words
//	      ("reporting", no restart): Customer kept the floor: none.
//	19-20 no overlap (Zoom-like): Rep starts 0.3 s after "the…" (> 0.25 s),
//	      but "…" is a cut-off mark and 0.3 s <= 1 s: Rep cut off Customer.
//	22-23 "a pilot…" trails off: Customer starts 3 s later (> 1 s): none.
//	24-26 Customer 2's "Yeah." sits between and is skipped; Customer starts
//	      at 99, Rep stops at 100 <= 101 on "the": Customer cut off Rep.
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
			// Under overlap (4 < 5 - 0.5, Customer stops at 5 <= 4 + 2), but
			// unpunctuated: a stranded "to" may end a finished sentence ("I'd
			// love to"); in AMI meetings a turn stopping on one of these
			// words under overlap was a fragment about one time in five.
			name: "timed, overlap, unpunctuated: a stranded word is no cut-off",
			file: "call.timed",
			src: `0-5 Customer: Yeah and what we really want is to
4-8 Rep: Great so what does your week look like`,
			seller: 0,
		},
		{
			// The same punctuated: a finished sentence would have a period.
			name: "timed, overlap, punctuated: a stranded word counts",
			file: "call.timed",
			src: `0-5 Customer: Yeah. And what we really want is to
4-8 Rep: Great, so what does your week look like?`,
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

// TestInterruptionsClasses has one hand-written timed transcript for each
// class of case the timed rule must get right; the arithmetic is in the
// comment above each.
func TestInterruptionsClasses(t *testing.T) {
	tests := []struct{ name, src string }{{
		// Rep comes in at 1 s and Customer talks on to 6 s (> 1 + 2): Rep is
		// passed by. Customer 2 comes in at 5.2 s and Customer stops at 6 s
		// (<= 5.2 + 2) on "the": Customer 2 cut Customer off.
		name: "multi-party: a third speaker cuts in after one talked over",
		src: `0-6 Customer: So the reason we moved off the old system was the // want "interrupted"
1-2.5 Rep: Right, the old one was slow?
5.2-9 Customer 2: Sorry, can I add something about the pricing here? // want "interrupts" "interruption: Customer 2 cut off Customer"`,
	}, {
		// Rep's "Yeah." at 3 s is a backchannel; Rep takes the floor with
		// the cue at 5.5 s (after a 2.1 s pause of Rep's own), and Customer
		// stops at 6 s (<= 5.5 + 2) on "the".
		name: "a backchannel, then the floor: the cut-in is the later cue",
		src: `0-6 Customer: The migration took us most of the // want "interrupted"
3-3.4 Rep: Yeah. // want "interrupts" "interruption: Rep cut off Customer"
5.5-9 Rep: And how long did the testing take?`,
	}, {
		// Customer resumes at 4.1 s, 0.1 s after stopping, while Rep still
		// talks, but starts over with "And the" from the broken phrase: a
		// restart after being cut off, not talking on.
		name: "a quick restart of the cut phrase is still an interruption",
		src: `0-4 Rep: Our onboarding usually takes about two weeks, and the // want "interrupted"
3.5-7 Customer: Two weeks is too long for us, honestly. // want "interrupts" "interruption: Customer cut off Rep"
4.1-8 Rep: And the setup is mostly on our side.`,
	}, {
		// Customer breaks off a word at 8 s after 4 s under Rep's speech
		// (> 2 s), while Rep still talks (to 12 s): Rep won the overlap.
		name: "a broken-off word under a long overlap, the other still talking",
		src: `0-8 Customer: We tried two vendors before, the first one had a great demo but then the integ- // want "interrupted"
4-12 Rep: Sorry, which vendors were those, and what went wrong with the integration? // want "interrupts" "interruption: Rep cut off Customer"`,
	}, {
		// The same, but Rep had finished (5 s) long before Customer broke
		// off at 8 s: a self-repair, no interruption.
		name: "a broken-off word after the other has finished",
		src: `0-8 Customer: We tried two vendors before, the first one had a great demo but then the integ-
3-5 Rep: Which vendors were those, and when?`,
	}, {
		// Rep's "Hold on." (2 words) comes in at 3.5 s and Customer stops
		// at 4 s on "the"; Customer 2 speaks next, not Customer: Rep kept
		// the floor from Customer, who did not get it back.
		name: "a short cut-in that the cut-off speaker does not answer",
		src: `0-4 Customer: The budget for this year was set by the // want "interrupted"
3.5-4.5 Rep: Hold on. // want "interrupts" "interruption: Rep cut off Customer"
4.8-8 Customer 2: Yes, let's finish the security part first.`,
	}, {
		// "the" at 4 s, then 0.8 s of silence (> 0.25 s) before Rep:
		// trailing off.
		name: "an unfinished word followed by silence is trailing off",
		src: `0-4 Customer: We were thinking about maybe the
4.8-8 Rep: Take your time. What matters most to you?`,
	}, {
		// "the um": the hesitation is skipped, "the" is unfinished; Rep
		// comes in at 3.6 s, Customer stops at 4 s.
		name: "a hesitation after an unfinished word",
		src: `0-4 Customer: We use it mostly for the um // want "interrupted"
3.6-7 Rep: For the dashboards, or for the exports? // want "interrupts" "interruption: Rep cut off Customer"`,
	}, {
		// Cased: "third quarter results." opens in lower case and goes on
		// with "for the": one speaker split in two by diarization.
		name: "a diarization split in a cased transcript",
		src: `0-3 Speaker 1: Thank you all for joining us for the
3-6 Speaker 2: third quarter results.`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			analyzetest.Run(t, Analyzer, "call.timed", tt.src, read.ReadOptions{})
		})
	}
}

// TestInterruptionsEndings has one hand-written transcript for each class
// of ending that the words decide, read as plain text (no times).
func TestInterruptionsEndings(t *testing.T) {
	tests := []struct{ name, src string }{{
		// The hesitation is skipped: "the" is unfinished.
		name: "a hesitation after an unfinished word",
		src: `Customer: We use it mostly for the um // want "interrupted"
Rep: For the dashboards, or for the exports? // want "interrupts" "interruption: Rep cut off Customer"`,
	}, {
		// A broken-off word before a hesitation: "th- um" ends on "th-".
		name: "a broken-off word before a hesitation",
		src: `Customer: And we moved all of it to th- um // want "interrupted"
Rep: To the new cluster, right? // want "interrupts" "interruption: Rep cut off Customer"`,
	}, {
		// "But um", "So-" begin nothing: bids for the floor.
		name: "a lone conjunction is a bid for the floor",
		src: `Rep: We can have the pilot running by the first of the month.
Customer: But um
Rep: And the licences are included in the pilot price.
Customer: So-
Rep: So that covers the pilot.`,
	}, {
		// Unpunctuated: "is" and "they" are unfinished words, but after a
		// subject and an auxiliary they finish the phrase by ellipsis;
		// "don't" after "we" is cut off.
		name: "ellipsis: a form of be after its subject, a pronoun after an auxiliary",
		src: `Rep: is the rollout already planned
Customer: yes it is
Rep: and the regional teams are they on board
Customer: most of them are the ones in the north do they
Rep: okay and the ones who don't // want "interrupted"
Customer: those are mostly in the south // want "interrupts" "interruption: Customer cut off Rep"`,
	}, {
		// No hyphens anywhere: "w" is a broken-off word, as AMI
		// transcripts write them.
		name: "a broken-off word written without a hyphen",
		src: `Customer: so what we really need is a w // want "interrupted"
Rep: a weekly report you mean with the totals per branch // want "interrupts" "interruption: Rep cut off Customer"`,
	}, {
		// With hyphens for broken words ("th-"), "b" is a word.
		name: "a letter as a word where broken words have a hyphen",
		src: `Customer: we moved th- the logs to channel b
Rep: and channel b is the one with the archive right`,
	}, {
		// No hyphens: "CRM" and "B" in capitals inside a phrase are an
		// acronym and a name; "S", a phrase of its own, is a broken word
		// capitalized as a phrase's first.
		name: "capitals: acronyms and names, and a broken word opening a phrase",
		src: `Customer: Everything else goes into the CRM
Rep: Which one is that the one from last year
Customer: We went with plan B
Rep: And how did that go for you
Customer: S // want "interrupted"
Customer 2: Sorry, it went well, we can share the numbers later // want "interrupts" "interruption: Customer 2 cut off Customer"`,
	}, {
		// Turn-final "or" ("the monthly plan or?") is a stranded word: an
		// unpunctuated transcript cannot tell it from a cut-off.
		name: "a turn-final or",
		src: `Rep: do you want the monthly plan or
Customer: monthly is fine for now i think`,
	}, {
		// Lower-cased: a turn opening in lower case says nothing, so "for
		// the" followed by another speaker counts.
		name: "no diarization check in a lower-cased transcript",
		src: `Speaker 1: thank you all for joining us for the // want "interrupted"
Speaker 2: okay let me stop you there for a second // want "interrupts" "interruption: Speaker 2 cut off Speaker 1"`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			analyzetest.Run(t, Analyzer, "call.txt", tt.src, read.ReadOptions{})
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

// BenchmarkInterruptions is the interruptions analyzer alone on each
// benchmark call (untimed text, Zoom WebVTT with cue times, an
// unpunctuated Otter export with start times) and on a synthetic call in
// the generic JSON with overlapping speech.
func BenchmarkInterruptions(b *testing.B) {
	r := analyzetest.Rubric(Analyzer)
	paths := []string{filepath.Join("testdata", "gencalls-timed.json")}
	for _, name := range []string{"punctuated.txt", "zoom.vtt", "unpunctuated-otter.txt"} {
		paths = append(paths, filepath.Join("..", "..", "suite", "testdata", "bench", name))
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		name := filepath.Base(path)
		tr, err := read.Parse(name, data, read.ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := analyze.Run(tr, r, []*analyze.Analyzer{Analyzer}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
