package main

import (
	"errors"
	"strings"
	"testing"
)

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestWriteErrorsFail: output that cannot be written (a full disk, a
// closed pipe) fails the command with exit 1 and says so, whatever
// command wrote it: help and rubric too, whose writes urfave/cli ignores.
func TestWriteErrorsFail(t *testing.T) {
	for _, args := range [][]string{
		{"help"},
		{"score", "--help"},
		{"rubric"},
		{"turns", "../../testdata/calls/02-paycrest-payroll-cold-call.txt"},
		{"score", "../../testdata/calls/02-paycrest-payroll-cold-call.txt"},
		{"inspect", "../../testdata/calls/02-paycrest-payroll-cold-call.txt"},
	} {
		var stderr strings.Builder
		code := run(append([]string{"lastmile"}, args...), failingWriter{}, &stderr)
		if code != exitInputFailed || !strings.Contains(stderr.String(), "no space left on device") {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and the write error", args, code, stderr.String(), exitInputFailed)
		}
	}
}
