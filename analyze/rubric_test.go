package analyze_test

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/suite"
)

// nonDefaultRubric changes every kind of setting: sellers and company
// names (with quotes and non-ASCII), a target's range, weight and why, an
// informational metric made scored, a weight of 0, and phrase lists with
// wildcards, quotes and none at all.
const nonDefaultRubric = `version: 1
sellers: [Dana Whitfield, "O'Brien"]
company_names: ["Acme Corp", Acme, "Café Ünïcode"]
metrics:
  talk_ratio:
    good: 30..45
    fair: 20..60
    weight: 5
    why: 'our "house" rule: >= 30%, <= 45%'
  customer_questions:
    good: ">= 2"
    weight: 0.5
  fillers:
    good: "<= 1.5"
    fair: "<= 4"
  pace:
    weight: 0
phrases:
  backchannels: [yeah, mm-hmm, "uh huh"]
  next_step_cues: ["let's book", "send ... proposal", "does * work", 'say "hi"']
  openers_pleasantry: []
`

func TestRubricRoundTrip(t *testing.T) {
	custom, err := analyze.LoadRubric("custom.yaml", []byte(nonDefaultRubric), suite.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		r    *analyze.Rubric
	}{{"default", suite.Default()}, {"custom", custom}} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.r.WriteYAML(&b); err != nil {
				t.Fatal(err)
			}
			back, err := analyze.LoadRubric("rubric.yaml", b.Bytes(), suite.Default())
			if err != nil {
				t.Fatalf("the printed rubric does not load: %v\n%s", err, b.String())
			}
			if !slices.Equal(back.Sellers, tt.r.Sellers) || !slices.Equal(back.CompanyNames, tt.r.CompanyNames) {
				t.Errorf("sellers %q, company names %q; want %q, %q", back.Sellers, back.CompanyNames, tt.r.Sellers, tt.r.CompanyNames)
			}
			if back.Company().Len() != len(tt.r.CompanyNames) {
				t.Errorf("%d company names compiled, want %d", back.Company().Len(), len(tt.r.CompanyNames))
			}
			for _, name := range analyze.MetricNames(tt.r.Analyzers()) {
				if got, want := back.Target(name), tt.r.Target(name); (got == nil) != (want == nil) || got != nil && *got != *want {
					t.Errorf("%s: target %+v, want %+v", name, got, want)
				}
			}
			for _, l := range tt.r.Lists() {
				if got, want := back.List(l.Name), tt.r.List(l.Name); !slices.Equal(got, want) {
					t.Errorf("%s: %q, want %q", l.Name, got, want)
				}
				if got := back.Phrases(l.Name).Len(); got != len(tt.r.List(l.Name)) {
					t.Errorf("%s: %d phrases compiled, want %d", l.Name, got, len(tt.r.List(l.Name)))
				}
			}
		})
	}

	// And the custom rubric holds what its file says, not the defaults.
	want := map[string]analyze.Target{
		"talk_ratio":         {Weight: 5, Good: analyze.Range{Min: 30, Max: 45}, Fair: analyze.Range{Min: 20, Max: 60}, Why: `our "house" rule: >= 30%, <= 45%`},
		"customer_questions": {Weight: 0.5, Good: analyze.Range{Min: 2, Max: math.Inf(1)}, Fair: analyze.Range{Min: 2, Max: math.Inf(1)}},
		"fillers":            {Weight: 0.5, Good: analyze.Range{Min: math.Inf(-1), Max: 1.5}, Fair: analyze.Range{Min: math.Inf(-1), Max: 4}, Why: suite.Default().Target("fillers").Why},
		"pace":               {Weight: 0, Good: analyze.Range{Min: 110, Max: 180}, Fair: analyze.Range{Min: 90, Max: 200}, Why: suite.Default().Target("pace").Why},
	}
	for name, w := range want {
		if got := custom.Target(name); got == nil || *got != w {
			t.Errorf("%s: target %+v, want %+v", name, got, w)
		}
	}
	for name, w := range map[string][]string{
		"backchannels":       {"yeah", "mm-hmm", "uh huh"},
		"next_step_cues":     {"let's book", "send ... proposal", "does * work", `say "hi"`},
		"openers_pleasantry": {},
	} {
		if got := custom.List(name); !slices.Equal(got, w) {
			t.Errorf("%s: %q, want %q", name, got, w)
		}
	}
	if got := custom.List("fillers"); !slices.Equal(got, suite.Default().List("fillers")) {
		t.Errorf("fillers, left out of the file: %q, want the default", got)
	}
}

func TestRubricOverrides(t *testing.T) {
	src := `version: 1
sellers: [Dana]
company_names: ["Acme Corp", Acme]
metrics:
  talk_ratio:
    good: 30..45
    weight: 5
`
	r, err := analyze.LoadRubric("r.yaml", []byte(src), suite.Default())
	if err != nil {
		t.Fatal(err)
	}
	tg := r.Target("talk_ratio")
	if tg.Good != (analyze.Range{Min: 30, Max: 45}) || tg.Weight != 5 || tg.Fair != (analyze.Range{Min: 25, Max: 65}) {
		t.Errorf("talk_ratio target = %+v, want good 30..45, weight 5, fair kept at 25..65", tg)
	}
	if len(r.Sellers) != 1 || r.Company().Len() != 2 {
		t.Errorf("sellers %v, company names %d", r.Sellers, r.Company().Len())
	}
	if r.Phrases("backchannels").Len() != suite.Default().Phrases("backchannels").Len() {
		t.Error("a list the file leaves out should keep its default")
	}
}

func TestRubricErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		key, msg  string
	}{
		{"unknown key", "version: 1\nsellerz: [a]\n", 2, "sellerz", "unknown key"},
		{"unknown metric", "metrics:\n  talk_ratoi:\n    weight: 1\n", 2, "metrics.talk_ratoi", "no such metric"},
		{"bad range", "metrics:\n  talk_ratio:\n    good: lots\n", 3, "metrics.talk_ratio.good", "want a range"},
		{"empty range", "metrics:\n  talk_ratio:\n    good: 50..30\n", 3, "metrics.talk_ratio.good", "empty"},
		{"good outside fair", "metrics:\n  talk_ratio:\n    good: 10..90\n", 2, "metrics.talk_ratio", "inside fair"},
		{"negative weight", "metrics:\n  talk_ratio:\n    weight: -1\n", 3, "metrics.talk_ratio.weight", "from 0 to"},
		{"huge weight", "metrics:\n  talk_ratio:\n    weight: 1e308\n", 3, "metrics.talk_ratio.weight", "from 0 to 1000000"},
		{"NaN weight", "metrics:\n  talk_ratio:\n    weight: NaN\n", 3, "metrics.talk_ratio.weight", "from 0 to"},
		{"infinite weight", "metrics:\n  talk_ratio:\n    weight: +Inf\n", 3, "metrics.talk_ratio.weight", "from 0 to"},
		{"huge range", "metrics:\n  talk_ratio:\n    good: 0..99999999\n    fair: 0..99999999\n", 3, "metrics.talk_ratio.good", "bad number"},
		{"unknown metric field", "metrics:\n  talk_ratio:\n    goal: 1\n", 3, "metrics.talk_ratio.goal", "unknown key"},
		{"unknown phrase list", "phrases:\n  backchanels: [yeah]\n", 2, "phrases.backchanels", "no such phrase list"},
		{"phrase list not a list", "phrases:\n  backchannels: yeah\n", 2, "phrases.backchannels", "list of strings"},
		{"empty phrase", "phrases:\n  backchannels: [yeah, '']\n", 2, "phrases.backchannels", "non-empty"},
		{"wrong version", "version: 2\n", 1, "version", "version 1"},
		{"duplicate key", "version: 1\nversion: 1\n", 2, "version", "twice"},
		{"not YAML", "metrics: [\n", 1, "", "not valid YAML"},
		{"not a mapping", "- a\n- b\n", 1, "", "want a mapping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := analyze.LoadRubric("r.yaml", []byte(tt.src), suite.Default())
			var re *analyze.RubricError
			if !errors.As(err, &re) {
				t.Fatalf("err = %v, want a *RubricError", err)
			}
			if re.Line != tt.line || re.Key != tt.key || !strings.Contains(re.Msg, tt.msg) {
				t.Errorf("got line %d key %q msg %q, want line %d key %q msg ~%q", re.Line, re.Key, re.Msg, tt.line, tt.key, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "r.yaml:") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestParseRange(t *testing.T) {
	for in, want := range map[string]string{"30..50": "30..50", ">= 11": ">= 11", "<=76": "<= 76", "0": "0", " 0.5 .. 2 ": "0.5..2", "any": "any"} {
		r, err := analyze.ParseRange(in)
		if err != nil || r.String() != want {
			t.Errorf("ParseRange(%q) = %v, %v; want %s", in, r, err, want)
		}
	}
	for _, bad := range []string{"", "abc", "1..", "..2", "> 3", "1..2..3", "NaN"} {
		if _, err := analyze.ParseRange(bad); err == nil {
			t.Errorf("ParseRange(%q) accepted", bad)
		}
	}
}
