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
