package nextstep

import (
	"math"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// longCustomer and longRep are 40 and 30 words with no next step, to put
// the call's last 20% where a test wants it.
const (
	longCustomer = "We have forty reps in three regions and every quarter we rebuild the forecast by hand in spreadsheets which takes each manager about two full days and still misses by twenty percent so leadership has stopped trusting the numbers entirely."
	longRep      = "That is the problem our forecasting tool solves because it pulls pipeline data from your CRM every night and scores each deal so managers see risk early without any spreadsheets."
)

func TestNextStep(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		src    string
		want   float64 // next_step; NaN when n/a
		na     string
		detail string
	}{
		{
			name: "untimed: a step in the last 20% of words, dated by the customer's answer",
			// Words: line 1: 6, line 2: 40, line 3: 30, line 4: 4 (80 so
			// far), line 5: "Great." 1 + 12, line 6: 5, line 7: 2: 100 in
			// all, so the window starts at word 80: line 5 onwards. The
			// early "let's schedule" does not count. Line 5's step has no
			// time itself; the customer names one in the next sentence.
			file: "call.txt",
			src: `Rep: Let's schedule a demo next week.
Customer: ` + longCustomer + `
Rep: ` + longRep + `
Customer: That works for us.
Rep: Great. I'll send you the proposal, and can we book a follow-up call?  // want "^next-step:dated$" "^next-step: next step \"I'll send\", with a time: \"tuesday\"$"
Customer: Sure, Tuesday at 10 works.
Rep: Talk soon.`,
			want: 1, detail: `dated next step (tuesday)`,
		},
		{
			name: "undated step",
			// 8 + 40 + 30 + 4 = 82 words before line 5, of 82 + 10 + 1 = 93:
			// line 5 starts past 80% (82 x 5 = 410 >= 93 x 4 = 372). The
			// dated step on line 1 is early and does not count.
			file: "call.txt",
			src: `Rep: Let's book a call for Tuesday at 10.
Customer: ` + longCustomer + `
Rep: ` + longRep + `
Customer: That works for us.
Rep: I'll follow up with the deck. Have a great day.  // want "^next-step$" "next step \"I'll follow up\", no time given"
Customer: Bye.`,
			want: 0.5, detail: "next step without a time",
		},
		{
			name: "vague closings are not next steps; the customer's proposal does not count",
			// 30 + 40 = 70 words before line 3, of 70 + 5 + 8 + 1 = 84:
			// 70 x 5 = 350 >= 84 x 4 = 336, so lines 3 to 5 are the window.
			file: "call.txt",
			src: `Rep: ` + longRep + `
Customer: ` + longCustomer + `
Rep: I'll let you go, thanks.  // want "^vague-closing$" "^vague-closing: call ends with a vague closing \"I'll let you go\"$"
Customer: You could send me a proposal next week.
Rep: Bye.
// want "^no-next-step: no concrete next step in the last 20% of the call$"`,
			want: 0, detail: `none in the last 20%, vague closing "I'll let you go"`,
		},
		{
			name: "the last vague closing explains",
			// 40 + 30 = 70 words before line 3, of 70 + 14 + 8 + 6 = 98:
			// line 3 starts at 70 (350 < 392) and "Feel free..." at 75
			// (375 < 392), both outside; line 5 starts at 92 (460 >= 392).
			file: "call.txt",
			src: `Customer: ` + longCustomer + `
Rep: ` + longRep + `
Rep: I'll let you go, thanks. Feel free to reach out if anything comes up.
Customer: You could send me a proposal next week.
Rep: Okay, talk soon and take care.  // want "^vague-closing$" "^vague-closing: call ends with a vague closing \"talk soon\"$"
// want "^no-next-step: "`,
			want: 0, detail: `none in the last 20%, vague closing "talk soon"`,
		},
		{
			name: "timed: the window starts at 80% of the span; a long turn counts cue by cue",
			// Span 0-100 s: the window starts at 80 s. The step at 0 s is
			// early; the Rep turn starting at 70 s has a cue at 80 s.
			file: "call.timed",
			src: `0-10 Rep: Can we schedule a demo for Monday?
10-70 Customer: ` + longCustomer + `
70-80 Rep: Thanks for walking me through it, that helps.
80-90 Rep: Next step is a pilot with your team, how does Thursday at 2 look for you?  // want "^next-step:dated$" "next step \"next step\", with a time: \"thursday\""
90-100 Customer: Works for me.`,
			want: 1, detail: "dated next step (thursday)",
		},
		{
			name: "a closing that names a time is a dated step",
			file: "call.timed",
			src: `0-80 Customer: ` + longCustomer + `
80-90 Rep: Great, I'll let you go. Talk to you on Friday at 3pm.  // want "^next-step:dated$" "next step \"talk to you on\", with a time: \"friday\""
90-100 Customer: Bye.`,
			want: 1, detail: "dated next step (friday)",
		},
		{
			name: "a step in the last sentence is dated by the sentence before it",
			// 40 + 30 = 70 words before line 3, of 70 + 4 + 5 = 79: 350 >=
			// 316, so lines 3 and 4 are the window. Line 4 is the call's
			// last sentence: it has no sentence after it, so the search
			// goes on to the one before, the customer's "Thursday at 2".
			file: "call.txt",
			src: `Customer: ` + longCustomer + `
Rep: ` + longRep + `
Customer: Thursday at 2 works.
Rep: Great, I'll send the invite.  // want "^next-step:dated$" "next step \"I'll send\", with a time: \"thursday\""`,
			want: 1, detail: "dated next step (thursday)",
		},
		{
			name: "out-of-range neighbours are skipped, not the end of the search",
			// 40 + 30 + 4 = 74 words before "I'll send the invite." (after
			// "Sure."), of 74 + 1 + 4 + 1 = 80: 74 x 5 = 370 >= 320. Its
			// neighbours: "Thanks." (next), "Sure." (before), none two
			// after (the call has ended), then "Can we meet Thursday?" two
			// before.
			file: "call.txt",
			src: `Customer: ` + longCustomer + `
Rep: ` + longRep + `
Customer: Can we meet Thursday?
Rep: Sure. I'll send the invite.  // want "^next-step:dated$" "next step \"I'll send\", with a time: \"thursday\""
Customer: Thanks.`,
			want: 1, detail: "dated next step (thursday)",
		},
		{
			name: "no step, no closing",
			file: "call.txt",
			src: `Customer: ` + longCustomer + `
Rep: Got it.
// want "^no-next-step: "`,
			want: 0, detail: "none in the last 20%",
		},
		{
			name: "one speaker",
			file: "call.txt",
			src:  `Dana: Let's schedule a call for Tuesday.`,
			want: math.NaN(), na: "only one speaker",
		},
		{
			name: "one speaker labelled a seller is no conversation either",
			file: "call.txt",
			src:  `Rep: Let's schedule a call for Tuesday.`,
			want: math.NaN(), na: "only one speaker",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := analyzetest.Run(t, Analyzer, tt.file, tt.src, read.ReadOptions{})
			if math.IsNaN(tt.want) {
				if na := analyzetest.NA(t, sc, "next_step"); !strings.Contains(na, tt.na) {
					t.Errorf("n/a reason %q, want it to mention %q", na, tt.na)
				}
				return
			}
			if got := analyzetest.Value(t, sc, "next_step"); got != tt.want {
				t.Errorf("next_step = %v, want %v", got, tt.want)
			}
			if m, _ := sc.Metric("next_step"); m.Detail != tt.detail {
				t.Errorf("detail %q, want %q", m.Detail, tt.detail)
			}
		})
	}
}

func TestTimeIn(t *testing.T) {
	times := analyzetest.Rubric(Analyzer).Phrases("next_step_times")
	tests := []struct {
		text string
		want string // "" for none
	}{
		{"does tuesday work", "tuesday"},
		{"how about at 10", "at 10"},
		{"around 3:30 then", "around 3"},
		{"say two pm", "two pm"},
		{"at 4 p.m.", "at 4"},
		{"4 p.m. works", "4 pm"},
		{"ten o'clock sharp", "ten o'clock"},
		{"call me at 3pm", "3pm"},
		{"on the 15th", "15th"},
		{"March 3 is open", "march 3"},
		{"in two weeks", "in two weeks"},
		{"by end of day", "end of day"},
		{"at one point we tried it", ""},
		{"at the end of the day it's about value", ""},
		{"may I send it over", ""},
		{"we grew 40 percent at 200 seats", ""},
		{"thanks for your time today", ""},
		// "at" or "around" and a number is a time only when no noun follows.
		{"we're at 5 seats", ""},
		{"around 12 stores use it", ""},
		{"at 3 percent", ""},
		{"at 10 works", "at 10"},
		{"at 2 your time", "at 2"},
		{"at 3:30 eastern", "at 3"},
		{"at 11 if that works", "at 11"},
	}
	for _, tt := range tests {
		got, ok := timeIn(transcript.Words(tt.text), times)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("timeIn(%q) = %q, %v; want %q", tt.text, got, ok, tt.want)
		}
	}
}

func TestNextStepCue(t *testing.T) {
	cues := analyzetest.Rubric(Analyzer).Phrases("next_step_cues")
	tests := []struct {
		text string
		want string // the cue found, "" for none
	}{
		{"Can we do Thursday at ten?", "can we do"},
		{"Would Tuesday work for you?", "would * work"},
		{"Does Friday work?", "does * work"},
		{"How does Thursday look?", "how does * look"},
		{"I'll ping you tomorrow.", "i'll ping"},
		{"So what's the next step on your side?", "next step"},
		// Inside a question about what or how, or an embedded clause after
		// "what" or "know", a cue proposes nothing.
		{"What else can we do for you?", ""},
		{"What can we do to help?", ""},
		{"How would that work with SAP?", ""},
		{"How does it work today?", ""},
		{"I don't know what the next step is on your side.", ""},
		{"Do you know what the next steps are?", ""},
		// A guarded cue does not hide a later one.
		{"Not sure what the next step is, so I'll send you the deck.", "i'll send"},
	}
	for _, tt := range tests {
		m, ok := findNextStep(cues, transcript.Words(tt.text))
		if ok != (tt.want != "") || m.Phrase != tt.want {
			t.Errorf("%q: cue %q (%v), want %q", tt.text, m.Phrase, ok, tt.want)
		}
	}
}
