package fillers

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/transcript"
)

func TestFillers(t *testing.T) {
	// Seller words and fillers by line:
	//   1: 12 words; um, basically, you know ("teams like yours" is not): 3
	//   3: 7 + 6 words; like ("it's like, we"), I mean, kind of: 3
	//   5: 10 words; "like I said", "do you know" are not fillers: 0
	//   7: 5 + 4 words; hmm, uh ("let you know" is not): 2
	//   9: 13 words; um ("I'd like", "like you said", "things like" are not): 1
	// 57 words, 9 fillers: 9 / 57 x 100 = 15.79 per 100 words.
	// The customer: "what kind of", "I like", and "Hmm." alone are not
	// fillers; 11 + 1 + 1 + 1 = 14 words, 0 fillers.
	sc := analyzetest.Run(t, Analyzer, "call.txt", `Rep: Um, so we basically, you know, built it for teams like yours.  // want "^filler$"
Customer: What kind of CRM do you need? I like your approach.
Rep: It's like, we never see the data. I mean, it's kind of slow.  // want "^filler$" "^filler$"
Customer: Hmm.
Rep: Like I said, do you know who owns the forecast?
Customer: Sure.
Rep: Hmm, uh, let me check. I'll let you know.  // want "^filler$"
Customer: Okay.
Rep: I'd like, um, a demo slot and like you said, things like Slack.  // want "^filler$"`, read.ReadOptions{})
	if got := analyzetest.Value(t, sc, "fillers"); math.Abs(got-900.0/57) > 0.01 {
		t.Errorf("fillers = %.2f, want %.2f", got, 900.0/57)
	}
	const detail = "9 in 57 words (um 2, basically 1, hmm 1, I mean 1, kind of 1, like 1, uh 1, you know 1)"
	if m, _ := sc.Metric("fillers"); m.Detail != detail {
		t.Errorf("detail %q,\nwant   %q", m.Detail, detail)
	}
	if m, ok := sc.SpeakerMetric("fillers", "Customer"); !ok || m.Value != 0 || m.Detail != "0 in 14 words" {
		t.Errorf("customer: %+v (found %v), want 0, \"0 in 14 words\"", m, ok)
	}
}

func TestFillersPerSpeakerWithoutSeller(t *testing.T) {
	// One speaker: no seller, but the speaker's own rate is still given:
	// um, um in 4 words = 50 per 100.
	sc := analyzetest.Run(t, Analyzer, "call.txt", `Dana: um so um yes  // want "filler"`, read.ReadOptions{})
	if na := analyzetest.NA(t, sc, "fillers"); !strings.Contains(na, "no seller identified") {
		t.Errorf("n/a reason %q", na)
	}
	if m, ok := sc.SpeakerMetric("fillers", "Dana"); !ok || m.Value != 50 || m.Detail != "2 in 4 words (um 2)" {
		t.Errorf("Dana: %+v (found %v), want 50", m, ok)
	}
}

func TestFillersNone(t *testing.T) {
	sc := analyzetest.Run(t, Analyzer, "call.txt", "Rep: Hello.\nCustomer: Um, hi.  // want \"filler\"", read.ReadOptions{})
	if got := analyzetest.Value(t, sc, "fillers"); got != 0 {
		t.Errorf("fillers = %v, want 0", got)
	}
	if m, _ := sc.Metric("fillers"); m.Detail != "0 in 1 word" {
		t.Errorf("detail %q", m.Detail)
	}
}

func TestEachFiller(t *testing.T) {
	r := analyzetest.Rubric(Analyzer)
	fillers, never := r.Phrases("fillers"), r.Phrases("not_fillers")
	tests := []struct {
		text string
		want []string
	}{
		// "like"
		{"I like your approach", nil},
		{"we'd like a demo", nil},
		{"it's like a CRM for finance", nil},
		{"tools like Salesforce", nil},
		{"they know you and like you", nil},
		{"just like we planned", nil},
		{"like I said it works", nil},
		{"like what", nil},
		{"it's like, we never see it", []string{"like"}},
		{"and like, they just left", []string{"like"}},
		{"um, like, they left", []string{"um", "like"}},
		{"like, I don't know", []string{"like"}},
		{"I was like, oh no", []string{"like"}},
		// "kind of", "sort of"
		{"what kind of CRM do you use", nil},
		{"it's the same kind of tool", nil},
		{"some sort of export", nil},
		{"it's kind of slow", []string{"kind of"}},
		{"we sort of gave up", []string{"sort of"}},
		{"they kind of stalled", []string{"kind of"}},
		{"we're the right kind of partner", nil},
		{"it's a new kind of tool", nil},
		{"that's Acme's kind of thing", nil},
		{"it's our kind of problem", nil},
		// "you know", "I mean"
		{"do you know who owns it", nil},
		{"I'll let you know", nil},
		{"as you know we ship monthly", nil},
		{"that's what I mean", nil},
		{"it's, you know, slow", []string{"you know"}},
		{"I mean, it works", []string{"i mean"}},
		{"it's slow, you know.", []string{"you know"}},
		{"it's slow you know", []string{"you know"}},
		{"you know, we never see it", []string{"you know"}},
		// "you know", "I mean" as verbs: not set off by commas, not at the
		// sentence's end.
		{"I mean it.", nil},
		{"What do I mean by that?", nil},
		{"Now you know how it works.", nil},
		{"You know Sarah from finance?", nil},
		{"Well, just so you know, the offer ends Friday.", nil},
		// hesitations
		{"uh, basically, yes", []string{"uh", "basically"}},
		{"hmm, let me check", []string{"hmm"}},
		{"the user experience", nil},
	}
	for _, tt := range tests {
		var got []string
		eachFiller(&transcript.Sentence{Text: tt.text, Words: transcript.Words(tt.text)}, fillers, never, phrase.AnyStart(fillers, never), func(p string) { got = append(got, p) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: fillers %q, want %q", tt.text, got, tt.want)
		}
	}
}
