package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/passes/talk"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/suite"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// toy is an analyzer no renderer has heard of: it counts the seller's
// sentences that mention a "widget", tags them, reports the first, and
// reports the call as a whole. Every output must show it from its
// declarations alone.
var toy = &analyze.Analyzer{
	Name: "widgets",
	Doc:  "Widgets: how often the seller says widget.\n\nA test analyzer.",
	Metrics: []*analyze.MetricDef{{Name: "widget_mentions", Title: "Widget mentions", Unit: analyze.UnitCount,
		Doc: "seller sentences with the word widget", Column: "Widgets",
		Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 0, Max: 1}, Fair: analyze.Range{Min: 0, Max: 3}}}},
	Tags: []*analyze.TagDef{{Name: "widget:said", Title: "says widget", Doc: "The seller says widget", Tone: analyze.ToneWarn,
		Mark: &analyze.Mark{Shape: analyze.ShapeFlag, Legend: "Widget talk"}}},
	Findings: []*analyze.FindingDef{
		{Name: "first-widget", Title: "First widget", Tone: analyze.ToneBad, Doc: "The first widget"},
		{Name: "widget-call", Title: "Widget call", Tone: analyze.ToneBad, Doc: "The call is about widgets",
			Mark: &analyze.Mark{Shape: analyze.ShapeNote, Legend: "widgets everywhere"}},
	},
	Run: func(p *analyze.Pass) error {
		n := 0
		for ti, turn := range p.Transcript.Turns {
			if turn.Role != transcript.RoleRep {
				continue
			}
			for si, s := range turn.Sentences {
				for _, w := range s.Words {
					if w == "widget" || w == "widgets" {
						ref := transcript.Ref{Turn: ti, Sentence: si}
						p.Tag(ref, "widget:said")
						if n == 0 {
							p.ReportAt(ref, "first-widget", "the seller first says widget")
						}
						n++
						break
					}
				}
			}
		}
		p.Record(analyze.Metric{Name: "widget_mentions", Value: float64(n), Short: "wdg " + strings.Repeat("*", n)})
		p.ReportAt(transcript.Ref{Turn: -1, Sentence: -1}, "widget-call", "a call about widgets")
		return nil
	},
}

const toyCall = `Rep: Hi, this is Sam from Acme. Our widget saves time.
Customer: What does it cost?
Rep: Each widget is cheap. Widgets ship fast.
Customer: Fine. Thanks for calling.`

func TestToyAnalyzerInEveryOutput(t *testing.T) {
	analyzers := []*analyze.Analyzer{talk.Analyzer, toy}
	if err := analyze.Validate(analyzers, suite.Shared); err != nil {
		t.Fatal(err)
	}
	r := analyze.NewRubric(analyzers, suite.Shared)
	tr, err := read.Parse("toy.txt", []byte(toyCall), read.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := analyze.Score(tr, r)
	if err != nil {
		t.Fatal(err)
	}
	sum := analyze.Summarize(sc)
	ann := analyze.Annotate(sc)

	batch := func(format string) string {
		b, err := NewBatch(format, r, "file", false)
		if err != nil {
			t.Fatal(err)
		}
		var w bytes.Buffer
		if err := b.Begin(&w); err != nil {
			t.Fatal(err)
		}
		for range 2 { // two calls, so that the table has rows and a roll-up
			if err := b.Add(&w, &sum, b.Call(sc, &sum)); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.End(&w); err != nil {
			t.Fatal(err)
		}
		return w.String()
	}
	var scorecard, annotated bytes.Buffer
	if err := Scorecard(&scorecard, sc, StyleText); err != nil {
		t.Fatal(err)
	}
	only, err := ParseFilter(r, "widgets")
	if err != nil {
		t.Fatal(err)
	}
	Annotated(&annotated, sc, ann, Select(ann, only, ""), NewPalette("never", &annotated))
	var page bytes.Buffer
	if err := HTML(&page, sc, ann); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		output string
		got    string
		want   []string
	}{
		{"table", batch("table"), []string{"Widgets", "wdg ***", "3 (0/2)"}},
		{"markdown", batch("markdown"), []string{"Widgets", "wdg \\*\\*\\*"}},
		{"jsonl", batch("jsonl"), []string{`"widget_mentions":{"value":3`, `"kind":"first-widget"`, `"kind":"widget-call"`}},
		{"json", batch("json"), []string{`"widget_mentions":{"n":2,"median":3`}},
		{"csv", batch("csv"), []string{"widget_mentions,widget_mentions_status", ",3,fair"}},
		{"scorecard", scorecard.String(), []string{"Widget mentions", "the seller first says widget"}},
		{"inspect --only widgets", annotated.String(), []string{"[widget:said]", "Our widget saves time."}},
		{"jsonl sentence", string(AppendSentenceJSON(nil, sc, ann[1])), []string{`"tags":["widget:said"]`}},
		{"html", page.String(), []string{`title="The seller says widget">says widget</span>`, `Widget talk`, `✕ widgets everywhere`, `First widget`}},
	} {
		for _, w := range tt.want {
			if !strings.Contains(tt.got, w) {
				t.Errorf("%s lacks %q:\n%s", tt.output, w, tt.got)
			}
		}
	}
	if strings.Contains(annotated.String(), "Thanks for calling") {
		t.Error("inspect --only widgets kept a sentence two away from any widget")
	}
}

// An analyzer that emits what it did not declare is a bug, caught at once.
func TestUndeclaredTagPanics(t *testing.T) {
	bad := &analyze.Analyzer{Name: "bad", Doc: "Bad: bad", Run: func(p *analyze.Pass) error {
		p.Tag(transcript.Ref{}, "never-declared")
		return nil
	}}
	tr, err := read.Parse("toy.txt", []byte(toyCall), read.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if recover() == nil {
			t.Error("an undeclared tag did not panic")
		}
	}()
	analyze.Run(tr, analyze.NewRubric([]*analyze.Analyzer{bad}, nil), []*analyze.Analyzer{bad})
}
