package relationship

import (
	"testing"

	"github.com/lastmile/lastmile/analyze/analyzetest"
)

// TestTranscripts runs the analyzer on each transcript of testdata, whose
// tags, findings and metrics are written on its lines as // want comments.
func TestTranscripts(t *testing.T) { analyzetest.RunDir(t, Analyzer, "testdata") }
