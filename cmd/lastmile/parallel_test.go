package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGNUParallelMapStep runs the README's example of lastmile as the map
// step of GNU parallel: a list of files split into chunks, each scored by
// its own lastmile process reading the paths on stdin, the outputs kept in
// order. The result must equal one lastmile run over the same files. It
// skips when GNU parallel is not installed, unless LASTMILE_REQUIRE_PARALLEL=1.
func TestGNUParallelMapStep(t *testing.T) {
	if _, err := exec.LookPath("parallel"); err != nil {
		if os.Getenv("LASTMILE_REQUIRE_PARALLEL") == "1" {
			t.Fatal("GNU parallel is not installed")
		}
		t.Skip("GNU parallel is not installed")
	}
	bin := filepath.Join(t.TempDir(), "lastmile")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	files, err := filepath.Glob("../../testdata/calls/*.*")
	if err != nil {
		t.Fatal(err)
	}
	var list []string
	for _, f := range files {
		if !strings.HasSuffix(f, ".md") {
			list = append(list, f)
		}
	}

	direct, err := exec.Command(bin, append([]string{"score", "--format", "jsonl"}, list...)...).Output()
	if err != nil {
		t.Fatalf("direct run: %v", err)
	}
	// The README's command, with chunks of 3 files instead of 500.
	cmd := exec.Command("parallel", "--will-cite", "--pipe", "-N", "3", "--keep-order",
		bin, "score", "--format", "jsonl", "--files-from", "-")
	cmd.Stdin = strings.NewReader(strings.Join(list, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	mapped, err := cmd.Output()
	if err != nil {
		t.Fatalf("parallel: %v\n%s", err, stderr.String())
	}
	if !bytes.Equal(direct, mapped) {
		t.Errorf("parallel's output differs from one run:\n--- parallel\n%s\n--- direct\n%s", mapped, direct)
	}
	if n := bytes.Count(mapped, []byte("\n")); n != len(list) {
		t.Errorf("%d lines for %d files", n, len(list))
	}
}
