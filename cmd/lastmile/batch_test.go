package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs lastmile in-process and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := runContext(context.Background(), append([]string{"lastmile"}, args...), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestDeterministicAcrossJobs: the same inputs give byte-identical output
// whatever --jobs is, in every format, failed inputs included.
func TestDeterministicAcrossJobs(t *testing.T) {
	dir := t.TempDir()
	calls, err := filepath.Glob("../../testdata/calls/*")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ { // enough files for the workers to finish out of order
		for _, c := range calls {
			data, err := os.ReadFile(c)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Join(dir, strings.Repeat("x", i)+filepath.Base(c))
			if err := os.WriteFile(name, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	os.WriteFile(filepath.Join(dir, "broken.vtt"), []byte("WEBVTT\n\n00:00:01.000 --> bad\nhi\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	for _, format := range []string{"table", "json", "jsonl", "csv", "markdown"} {
		code1, out1, err1 := runCLI(t, "score", "--format", format, "--jobs", "1", dir)
		code4, out4, err4 := runCLI(t, "score", "--format", format, "--jobs", "4", dir)
		if code1 != 1 || code4 != 1 {
			t.Errorf("%s: exit codes %d and %d, want 1 (two inputs fail)", format, code1, code4)
		}
		if out1 != out4 || err1 != err4 {
			t.Errorf("%s: output differs between --jobs 1 and --jobs 4", format)
		}
		if !strings.Contains(out1, "broken.vtt") || !strings.Contains(out1, "empty.txt") {
			t.Errorf("%s: a failed input is missing from the output", format)
		}
		switch format {
		case "json":
			if !json.Valid([]byte(out1)) {
				t.Errorf("json: the document is not valid JSON")
			}
		case "jsonl":
			for _, line := range strings.Split(strings.TrimSuffix(out1, "\n"), "\n") {
				if !json.Valid([]byte(line)) {
					t.Errorf("jsonl: a line is not valid JSON: %.80s", line)
				}
			}
		}
	}
}

func TestEveryInputAppears(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Rep: Hi Dana, how is the rollout going?\nCustomer: Slow, honestly.\n")
	write("sub/b.srt", "1\n00:00:01,000 --> 00:00:02,000\nRep: Hello.\n")
	write("sub/notes.md", "not a transcript") // not taken from a directory walk
	write(".hidden/c.txt", "Rep: hidden\n")   // hidden directories are skipped
	write("bin.json", "\x00\x01binary")
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "score", "--format", "csv", dir, filepath.Join(dir, "missing.vtt"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"a.txt,text", "sub/b.srt,srt", "bin.json,,", "sub/loop,,", "symlink loop", "missing.vtt,,", "no such file"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "notes.md") || strings.Contains(out, "hidden") {
		t.Errorf("output has files a walk should skip:\n%s", out)
	}
	if lines := strings.Count(stderr, "\n"); lines != 3 {
		t.Errorf("stderr has %d lines, want one per failed input (3):\n%s", lines, stderr)
	}
}

func TestGlobs(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"x/a.vtt", "x/y/b.vtt", "x/c.txt"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nRep: Hi there.\n\n00:00:02.000 --> 00:00:03.000\nCustomer: Hello.\n"), 0o644)
	}
	for pattern, want := range map[string]int{"x/*.vtt": 1, "x/**/*.vtt": 2, "x/**": 3} {
		code, out, _ := runCLI(t, "score", "--format", "jsonl", filepath.Join(dir, pattern))
		if code != 0 || strings.Count(out, "\n") != want {
			t.Errorf("%s: exit %d, %d calls, want %d", pattern, code, strings.Count(out, "\n"), want)
		}
	}
	if code, _, _ := runCLI(t, "score", filepath.Join(dir, "nothing/*.vtt")); code != 1 {
		t.Errorf("a glob matching nothing: exit %d, want 1", code)
	}
}

func TestFailUnder(t *testing.T) {
	bad := "../../testdata/calls/02-paycrest-payroll-cold-call.txt"
	good := "../../testdata/calls/07-tallypay-payroll-discovery.txt"
	if code, _, _ := runCLI(t, "score", "--fail-under", "50", good); code != 0 {
		t.Errorf("a good call under --fail-under 50: exit %d, want 0", code)
	}
	code, _, stderr := runCLI(t, "score", "--fail-under", "50", good, bad)
	if code != 3 || !strings.Contains(stderr, "below --fail-under 50") {
		t.Errorf("a bad call: exit %d (want 3), stderr %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "score", "--fail-under", "50", bad, "missing.txt"); code != 1 {
		t.Errorf("a failed input and a low score: exit %d, want 1", code)
	}
	// A call with no seller has no score: the gate fails closed.
	noSeller := filepath.Join(t.TempDir(), "no-seller.txt")
	if err := os.WriteFile(noSeller, []byte("Customer: Hello there, I was calling about my order.\nCustomer: It never came.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(t, "score", "--fail-under", "50", good, noSeller)
	if code != 3 || !strings.Contains(stderr, "1 with no score") {
		t.Errorf("an unscored call under --fail-under: exit %d (want 3), stderr %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "score", noSeller); code != 0 {
		t.Errorf("an unscored call without --fail-under: exit %d, want 0", code)
	}
}

// cancelOnWrite cancels a context at the first write it sees, as a user
// pressing Ctrl-C once output has started.
type cancelOnWrite struct {
	bytes.Buffer
	cancel context.CancelFunc
}

func (w *cancelOnWrite) Write(p []byte) (int, error) {
	w.cancel()
	return w.Buffer.Write(p)
}

func TestInterruptedBatchPrintsWhatFinished(t *testing.T) {
	dir := t.TempDir()
	calls, _ := filepath.Glob("../../testdata/calls/0*")
	for i := 0; i < 20; i++ {
		for _, c := range calls {
			data, _ := os.ReadFile(c)
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d-%s", i, filepath.Base(c))), data, 0o644)
		}
	}
	args := []string{"lastmile", "score", "--format", "jsonl", "--jobs", "2", dir}
	var full, stderr bytes.Buffer
	if code := runContext(context.Background(), args, &full, &stderr); code != 0 {
		t.Fatalf("full run: exit %d", code)
	}
	ctx, cancel := context.WithCancel(context.Background())
	out := &cancelOnWrite{cancel: cancel}
	code := runContext(ctx, args, out, &stderr)
	if code != exitInterrupted {
		t.Errorf("exit %d, want %d", code, exitInterrupted)
	}
	got := out.String()
	if got == "" || !strings.HasSuffix(got, "\n") || !strings.HasPrefix(full.String(), got) {
		t.Fatalf("interrupted output is not a whole-line prefix of the full run (%d of %d bytes)", len(got), full.Len())
	}
	if len(got) == full.Len() {
		t.Errorf("the interruption did not stop the batch")
	}
	for _, line := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		if !json.Valid([]byte(line)) {
			t.Fatalf("a line is not JSON: %.80s", line)
		}
	}
}

func TestStdin(t *testing.T) {
	old := stdin
	defer func() { stdin = old }()
	stdin = strings.NewReader("Rep: Hi Dana. What brought you to us?\nCustomer: Our renewals are a mess.\n")
	code, out, _ := runCLI(t, "score", "--format", "jsonl", "-")
	if code != 0 || !strings.Contains(out, `"file":"-"`) || !strings.Contains(out, `"questions"`) {
		t.Errorf("exit %d, output %s", code, out)
	}
	stdin = strings.NewReader("../../testdata/calls/01-freightwise-dock-scheduling-discovery.txt\n\n../../testdata/calls/06-stackbill-ap-follow-up.srt\r\n")
	code, out, _ = runCLI(t, "score", "--format", "csv", "--files-from", "-")
	if code != 0 || strings.Count(out, "\n") != 3 {
		t.Errorf("--files-from -: exit %d, output\n%s", code, out)
	}
}

// TestFilesFromLiteralPaths: a line of --files-from is a path as written:
// spaces are kept and "#" starts a file name, not a comment; a NUL in the
// list makes it NUL-separated (find -print0).
func TestFilesFromLiteralPaths(t *testing.T) {
	dir := t.TempDir()
	call := []byte("Rep: Hello, what are you using today?\nCustomer: Spreadsheets.\n")
	for _, name := range []string{" lead.txt", "# hash.txt", "trail.txt ", "two\nlines.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), call, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	old := stdin
	defer func() { stdin = old }()

	stdin = strings.NewReader(" lead.txt\n# hash.txt\ntrail.txt \n\n")
	code, out, errOut := runCLI(t, "score", "--format", "csv", "--files-from", "-")
	if code != exitOK || strings.Count(out, "\n") != 4 {
		t.Errorf("exit %d, output\n%s\nstderr\n%s", code, out, errOut)
	}
	for _, want := range []string{"\n\" lead.txt\",", "\n# hash.txt,", "\ntrail.txt ,"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	stdin = strings.NewReader("two\nlines.txt\x00# hash.txt\x00")
	code, out, errOut = runCLI(t, "score", "--format", "jsonl", "--files-from", "-")
	if code != exitOK || !strings.Contains(out, `"file":"two\nlines.txt"`) || !strings.Contains(out, `"file":"# hash.txt"`) {
		t.Errorf("NUL-separated: exit %d, output\n%s\nstderr\n%s", code, out, errOut)
	}
}
