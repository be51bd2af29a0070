package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadersGolden pins how every reader fixture (analyze/read/testdata)
// and sample call is read: `lastmile turns --format json` on each must
// equal its golden file in testdata/turns. go test -update rewrites them;
// review the diff.
func TestReadersGolden(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../analyze/read/testdata/*.*", "../../testdata/calls/*.*"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m {
			if ext := filepath.Ext(f); transcriptExts[ext] && !strings.HasPrefix(filepath.Base(f), "LICENSE") {
				files = append(files, f)
			}
		}
	}
	if len(files) < 20 {
		t.Fatalf("only %d fixtures found", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, out, _ := runCLI(t, "turns", "--format", "json", f)
			golden := filepath.Join("testdata", "turns", filepath.Base(f)+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if !bytes.Equal([]byte(out), want) {
				t.Errorf("%s is read differently from %s:\n%s", f, golden, firstDiff(out, string(want)))
			}
		})
	}
}

// firstDiff shows where two outputs part.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return "got:  …" + got[from:min(len(got), i+120)] + "\nwant: …" + want[from:min(len(want), i+120)]
}
