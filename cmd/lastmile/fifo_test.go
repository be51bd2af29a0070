package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const fifoCall = "Rep: Hello, what are you using today?\nCustomer: Spreadsheets.\n"

// runWithin runs the CLI in-process and fails the test if it has not
// finished within d: the bugs these tests catch are hangs.
func runWithin(t *testing.T, d time.Duration, ctx context.Context, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- runContext(ctx, append([]string{"lastmile"}, args...), &out, &errOut) }()
	select {
	case code = <-done:
	case <-time.After(d):
		t.Fatalf("lastmile %s did not finish within %v", strings.Join(args, " "), d)
	}
	return code, out.String(), errOut.String()
}

func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
}

// TestFolderWithFIFOFinishes: a named pipe inside a scanned folder is
// reported as a failed input, not opened (which blocks until a writer
// comes), and the other files are scored.
func TestFolderWithFIFOFinishes(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(fifoCall), 0o644); err != nil {
		t.Fatal(err)
	}
	mkfifo(t, filepath.Join(dir, "b.txt"))
	mkfifo(t, filepath.Join(dir, "c.fifo")) // not a transcript's extension: skipped quietly
	for _, arg := range []string{dir, filepath.Join(dir, "*.txt"), filepath.Join(dir, "**", "*.txt")} {
		code, stdout, stderr := runWithin(t, 20*time.Second, context.Background(), "score", "--format", "jsonl", arg)
		if code != exitInputFailed {
			t.Errorf("%s: exit %d, want %d; stderr:\n%s", arg, code, exitInputFailed, stderr)
		}
		lines := strings.Split(strings.TrimSpace(stdout), "\n")
		if len(lines) != 2 || !strings.Contains(lines[0], `"score":`) || !strings.Contains(lines[1], "b.txt: not a regular file: a named pipe") {
			t.Errorf("%s: stdout:\n%s", arg, stdout)
		}
		if !strings.Contains(stderr, "b.txt: not a regular file") {
			t.Errorf("%s: stderr does not report the pipe:\n%s", arg, stderr)
		}
	}
}

// TestNamedFIFOIsRead: a named pipe named on the command line is read.
func TestNamedFIFOIsRead(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "call.txt")
	mkfifo(t, fifo)
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString(fifoCall)
		f.Close()
	}()
	code, stdout, stderr := runWithin(t, 20*time.Second, context.Background(), "score", "--format", "jsonl", fifo)
	if code != exitOK || !strings.Contains(stdout, `"score":`) {
		t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}

// TestBlockedReadGivesWayToInterrupt: a named pipe nobody writes to
// blocks in open; Ctrl-C (the context) stops the command with exit 130,
// and what finished before it is printed. Likewise for standard input on
// a pipe that stays open.
func TestBlockedReadGivesWayToInterrupt(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(a, []byte(fifoCall), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "never.txt")
	mkfifo(t, fifo)

	pr, pw, err := os.Pipe() // a pipe whose writer never writes nor closes
	if err != nil {
		t.Fatal(err)
	}
	defer pw.Close()
	defer pr.Close()
	old := stdin
	stdin = pr
	defer func() { stdin = old }()

	for _, args := range [][]string{
		{"score", "--format", "jsonl", "--jobs", "1", a, fifo},
		{"score", "--format", "jsonl", "--jobs", "1", a, "-"},
		{"turns", a, fifo},
		{"inspect", fifo},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		code, stdout, stderr := runWithin(t, 20*time.Second, ctx, args...)
		cancel()
		if code != exitInterrupted {
			t.Errorf("%v: exit %d, want %d; stderr:\n%s", args, code, exitInterrupted, stderr)
		}
		if args[0] != "inspect" && !strings.Contains(stdout, "a.txt") {
			t.Errorf("%v: what finished is not printed:\n%s", args, stdout)
		}
	}
}

// TestEmptyStdin: nothing on standard input (closed, or empty) is said as
// such, not as an "empty file".
func TestEmptyStdin(t *testing.T) {
	old := stdin
	stdin = strings.NewReader("")
	defer func() { stdin = old }()
	code, _, stderr := runWithin(t, 20*time.Second, context.Background(), "score", "-")
	if code != exitInputFailed || !strings.Contains(stderr, "-: nothing on standard input (it is empty or closed)") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}

// TestLongOutputGivesWayToInterrupt: printing a transcript of many turns
// (turns, inspect) stops at an interruption instead of running to the end:
// exit 130, and only part of the output written.
func TestLongOutputGivesWayToInterrupt(t *testing.T) {
	var b strings.Builder
	for i := range 20000 {
		b.WriteString([]string{"A: ok.\n", "B: no.\n"}[i%2])
	}
	p := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"turns", p}, {"inspect", "--color", "never", p}, {"inspect", "--format", "jsonl", p}} {
		ctx, cancel := context.WithCancel(context.Background())
		out := &cancelOnWrite{cancel: cancel}
		var stderr bytes.Buffer
		code := runContext(ctx, append([]string{"lastmile"}, args...), out, &stderr)
		cancel()
		if code != exitInterrupted {
			t.Errorf("%v: exit %d, want %d; stderr:\n%s", args, code, exitInterrupted, stderr.String())
		}
		if out.Len() > 1<<20 {
			t.Errorf("%v: %d bytes written after the interruption", args, out.Len())
		}
	}
}
