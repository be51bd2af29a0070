package focus

import (
	"math"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/read"
)

func TestCustomerFocus(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		opts   read.ReadOptions
		want   float64 // customer_focus, %; NaN when n/a
		na     string  // substring of the n/a reason
		detail string
	}{
		{
			name: "you-words against I/we-words, set phrases ignored",
			// Seller you-words: line 6 "your" 1, line 10 "you", "you" 2,
			// line 12 "you", "you" (guys) 2, line 15 "y'all" 1: 6.
			// Seller I/we-words: line 8 "we" 1, line 12 "me", "our" 2,
			// line 14 "we've" 1: 4. The customer's words are not counted.
			// 6 / (6 + 4) = 60%.
			src: `Rep: How are you doing? I mean, great to see you again.
Customer: Good, thanks. You guys called at a good time, we were just talking about this.
Rep: Thank you for your time today.
Rep: Thank you so much.
Customer: Sure.
Rep: What does your team use for forecasting?  // want "^customer-centred$"
Customer: Spreadsheets, mostly.
Rep: I think you know the pain there. You know, most teams we talk to feel it.  // want "^self-centred$"
Customer: Yeah.
Rep: Do you know how many reps you have?  // want "^customer-centred$"
Customer: Forty.
Rep: Let me show you how our dashboard works for you guys.  // want "^mixed$"
Rep: I'm sorry, let me know if that's unclear.
Rep: We've helped teams in the US cut forecasting time in half.  // want "^self-centred$"
Rep: Y'all would see it on day one, if you will.  // want "^customer-centred$"
Customer: I guess we could try it.`,
			want: 60, detail: "you 6, I/we 4",
		},
		{
			name: "hedges and politeness around a you-word",
			// "I guess" and "I feel like" are hedges, "mind you" a marker:
			// only "you'll" and "your" count. 2 / (2 + 0) = 100%.
			src: `Rep: I guess you'll like it. I feel like your team would, mind you.  // want "^customer-centred$" "^customer-centred$"
Customer: Maybe.`,
			want: 100, detail: "you 2, I/we 0",
		},
		{
			name: "per seller speaker; the call's figure pools the seller side",
			// Sam: "your" 1 -> 100%. Lee: "we", "us" 2 -> 0%. Dana is the
			// customer. Side: 1 / (1 + 2) = 33.3%.
			src: `Sam: Your team will love it.  // want "^customer-centred$"
Lee: We built it for us.  // want "^self-centred$"
Dana: You should see my face.`,
			opts: read.ReadOptions{Reps: []string{"sam", "lee"}},
			want: 100.0 / 3, detail: "you 1, I/we 2",
		},
		{
			name: "no you/I/we words",
			src: `Rep: Thanks so much, see you Tuesday.
Customer: Sounds good.`,
			want: math.NaN(), na: "no you/I/we words",
		},
		{
			name: "one speaker",
			src:  `Dana: you and me and you`,
			want: math.NaN(), na: "only one speaker",
		},
		{
			name: "one speaker labelled a seller is no conversation either",
			src:  `Rep: you and me and you`,
			want: math.NaN(), na: "only one speaker",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := analyzetest.Run(t, Analyzer, "call.txt", tt.src, tt.opts)
			if math.IsNaN(tt.want) {
				if na := analyzetest.NA(t, sc, "customer_focus"); !strings.Contains(na, tt.na) {
					t.Errorf("n/a reason %q, want it to mention %q", na, tt.na)
				}
				return
			}
			if got := analyzetest.Value(t, sc, "customer_focus"); math.Abs(got-tt.want) > 0.01 {
				t.Errorf("customer_focus = %.2f, want %.2f", got, tt.want)
			}
			if m, _ := sc.Metric("customer_focus"); m.Detail != tt.detail {
				t.Errorf("detail %q, want %q", m.Detail, tt.detail)
			}
		})
	}
}

func TestCustomerFocusPerSpeaker(t *testing.T) {
	sc := analyzetest.Run(t, Analyzer, "call.txt", `Sam: Your team will love it.  // want "customer-centred"
Lee: We built it for us.  // want "self-centred"
Ana: I have no pronouns for you here.  // want "mixed"
Rep Two: Nothing to count.
Dana: You should see my face.`, read.ReadOptions{Reps: []string{"sam", "lee", "ana", "rep two"}})
	// Ana: "you" 1, "i" 1 -> 50%. Rep Two has no such words: no figure.
	want := map[string]float64{"Sam": 100, "Lee": 0, "Ana": 50}
	for name, v := range want {
		m, ok := sc.SpeakerMetric("customer_focus", name)
		if !ok || math.Abs(m.Value-v) > 0.01 {
			t.Errorf("%s: %v (found %v), want %v", name, m.Value, ok, v)
		}
	}
	for _, name := range []string{"Rep Two", "Dana"} {
		if m, ok := sc.SpeakerMetric("customer_focus", name); ok {
			t.Errorf("%s: got a figure %v, want none", name, m.Value)
		}
	}
}

func TestCustomerFocusCompanyNames(t *testing.T) {
	r, err := analyze.LoadRubric("team.yaml", []byte(`company_names: ["Acme Cloud", "ACS"]`), analyzetest.Rubric(Analyzer))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := read.Parse("call.txt", []byte(`Rep: Acme Cloud's platform saves you hours.
Customer: Acme Cloud sounds expensive.
Rep: At Acme Cloud, your data stays yours.
Rep: ACS runs on Acme hardware.
Rep: An acme of clouds.`), read.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := analyze.Run(tr, r, []*analyze.Analyzer{Analyzer})
	if err != nil {
		t.Fatal(err)
	}
	// Line 1: "acme cloud('s)" 1 self, "you" 1. Line 2 is the customer's.
	// Line 3: "acme cloud" 1 self, "your", "yours" 2 you. Line 4: "acs" 1
	// self ("acme" alone is not a name). Line 5: nothing.
	// you 3, self 3: 3 / 6 = 50%.
	if got := analyzetest.Value(t, sc, "customer_focus"); got != 50 {
		t.Errorf("customer_focus = %v, want 50", got)
	}
	wantTags := map[int]string{1: "mixed", 3: "mixed", 4: "self-centred"}
	got := map[int]string{}
	for _, tg := range sc.Tags {
		line := tr.Turns[tg.Ref.Turn].Sentences[tg.Ref.Sentence].Line
		got[line] = strings.Trim(got[line]+","+tg.Name, ",")
	}
	for line, tag := range wantTags {
		if got[line] != tag {
			t.Errorf("line %d: tags %q, want %q", line, got[line], tag)
		}
	}
	if len(got) != len(wantTags) {
		t.Errorf("tags %v, want %v", got, wantTags)
	}
}
