package relationship

import (
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/labelled"
)

// TestLabelled measures the three tags on the labelled negotiation set
// (../testdata/negotiation) and fails below floors set just under what the
// rules reach. go test -v shows the figures; LASTMILE_EVAL_ERRORS=1 lists
// every miss and false alarm.
func TestLabelled(t *testing.T) {
	labelled.Check(t, labelled.Dir, []*analyze.Analyzer{Analyzer}, []labelled.Floor{
		{Tag: "remembers", P: 0.5, R: 0.5},
		{Tag: "owns-problem", P: 0.5, R: 0.5},
		{Tag: "honest-fit", P: 0.5, R: 0.5},
	})
}
