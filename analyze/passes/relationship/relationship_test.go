package relationship

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/read"
)

// TestTranscripts runs the analyzer on each transcript of testdata, whose
// tags, findings and metrics are written on its lines as // want comments.
func TestTranscripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no transcripts in testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			analyzetest.Run(t, Analyzer, filepath.Base(f), string(src), read.ReadOptions{})
		})
	}
}
