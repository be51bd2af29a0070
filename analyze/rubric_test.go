package analyze

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestRubricRoundTrip(t *testing.T) {
	var b bytes.Buffer
	if err := DefaultRubric().WriteYAML(&b); err != nil {
		t.Fatal(err)
	}
	r, err := LoadRubric("rubric.yaml", b.Bytes(), All)
	if err != nil {
		t.Fatalf("the printed default rubric does not load: %v\n%s", err, b.String())
	}
	if !r.Equal(DefaultRubric()) {
		t.Error("the printed rubric loads back different")
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
	r, err := LoadRubric("r.yaml", []byte(src), All)
	if err != nil {
		t.Fatal(err)
	}
	tg := r.Target("talk_ratio")
	if tg.Good != (Range{30, 45}) || tg.Weight != 5 || tg.Fair != (Range{25, 65}) {
		t.Errorf("talk_ratio target = %+v, want good 30..45, weight 5, fair kept at 25..65", tg)
	}
	if len(r.Sellers) != 1 || r.Company().Len() != 2 {
		t.Errorf("sellers %v, company names %d", r.Sellers, r.Company().Len())
	}
	if r.Phrases("backchannels").Len() != DefaultRubric().Phrases("backchannels").Len() {
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
		{"negative weight", "metrics:\n  talk_ratio:\n    weight: -1\n", 3, "metrics.talk_ratio.weight", ">= 0"},
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
			_, err := LoadRubric("r.yaml", []byte(tt.src), All)
			var re *RubricError
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
		r, err := ParseRange(in)
		if err != nil || r.String() != want {
			t.Errorf("ParseRange(%q) = %v, %v; want %s", in, r, err, want)
		}
	}
	for _, bad := range []string{"", "abc", "1..", "..2", "> 3", "1..2..3", "NaN"} {
		if _, err := ParseRange(bad); err == nil {
			t.Errorf("ParseRange(%q) accepted", bad)
		}
	}
}
