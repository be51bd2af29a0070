package analyze_test

import (
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/suite"
)

// Open-ended ranges are written as a person would type them, and read back.
func TestWriteYAMLReadableRanges(t *testing.T) {
	var b strings.Builder
	if err := suite.Default().WriteYAML(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, `\u003c`) || strings.Contains(out, `\u003e`) {
		t.Errorf("ranges written with escapes:\n%s", out)
	}
	if !strings.Contains(out, `good: "<= 90"`) {
		t.Errorf(`no "<= 90" range in:\n%s`, out)
	}
	r, err := analyze.LoadRubric("rubric.yaml", []byte(out), suite.Default())
	if err != nil {
		t.Fatal(err)
	}
	if !r.Equal(suite.Default()) {
		t.Error("the rubric read back differs from the default")
	}
}

func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n          int
		noun, want string
	}{{0, "turn", "0 turns"}, {1, "turn", "1 turn"}, {2, "word", "2 words"}, {1, "switch", "1 switch"}, {3, "switch", "3 switches"}} {
		if got := analyze.Plural(tt.n, tt.noun); got != tt.want {
			t.Errorf("Plural(%d, %q) = %q, want %q", tt.n, tt.noun, got, tt.want)
		}
	}
}
