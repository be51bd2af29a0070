package refusals

import (
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/labelled"
)

// TestLabelled measures the three tags on the labelled negotiation set
// (../testdata/negotiation) and fails below floors set just under what the
// rules reach (precision 1.00, recall 0.99–1.00 when written). go test -v
// shows the figures; LASTMILE_EVAL_ERRORS=1 lists every miss and false
// alarm.
func TestLabelled(t *testing.T) {
	labelled.Check(t, labelled.Dir, []*analyze.Analyzer{Analyzer}, []labelled.Floor{
		{Tag: "customer-no", P: 0.95, R: 0.95},
		{Tag: "push-after-no", P: 0.95, R: 0.95},
		{Tag: "respected-no", P: 0.95, R: 0.95},
	})
}
