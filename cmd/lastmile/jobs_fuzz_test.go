package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// FuzzJobsAgree scores a generated batch with --jobs 1 and --jobs 2 and
// requires byte-identical output and the same exit code, in every format:
// the order and content of the output must not depend on the scheduling.
// The batch is built from the fuzz input — pieces cut at "\n--\n", each
// written under a transcript extension picked by the seed, so that every
// reader sees them — with sample calls, a missing file and a directory of
// failures between them.
//
//	go test ./cmd/lastmile -run XXX -fuzz FuzzJobsAgree -fuzztime 1m
func FuzzJobsAgree(f *testing.F) {
	f.Add([]byte("Rep: Hello, what are you using today?\nCustomer: Spreadsheets.\n--\nWEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana>Hi.</v>\n"), uint8(0))
	f.Add([]byte("{\"turns\": [{\"speaker\": \"A\", \"text\": \"hi\"}, {\"speaker\": \"B\", \"text\": \"yo?\"}]}\n--\n1\n00:00:01,000 --> 00:00:02,000\nA: ok\n--\n"), uint8(3))
	f.Add([]byte("--\n--\n\x00\x01binary\n--\n[00:00:01] Rep: Hi.\n[00:00:02] Customer: What?"), uint8(7))
	samples, _ := filepath.Glob("../../testdata/calls/0[1-6]*.*")
	if runtime.GOMAXPROCS(0) < 2 {
		f.Skip("--jobs 2 needs two CPUs (--jobs is capped at GOMAXPROCS)")
	}
	f.Fuzz(func(t *testing.T, data []byte, seed uint8) {
		dir := t.TempDir()
		exts := []string{".txt", ".vtt", ".srt", ".json"}
		var paths []string
		pieces := bytes.Split(data, []byte("\n--\n"))
		if len(pieces) > 12 {
			pieces = pieces[:12]
		}
		for i, p := range pieces {
			name := filepath.Join(dir, fmt.Sprintf("%02d%s", i, exts[(int(seed)+i)%len(exts)]))
			if err := os.WriteFile(name, p, 0o644); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, name)
			if len(samples) > 0 && (int(seed)+i)%4 == 0 && i < 8 { // a few real calls: they cost the most
				paths = append(paths, samples[(int(seed)+i)%len(samples)])
			}
		}
		paths = append(paths, filepath.Join(dir, "missing.txt"), dir)
		for _, format := range []string{"jsonl", "csv", "table", "json"} {
			var outs [2]string
			var codes [2]int
			for k, jobs := range []string{"1", "2"} {
				var stdout, stderr bytes.Buffer
				args := append([]string{"lastmile", "score", "--format", format, "--jobs", jobs, "--scorecards=false", "--"}, paths...)
				codes[k] = runContext(context.Background(), args, &stdout, &stderr)
				outs[k] = stdout.String() + "\x00" + stderr.String()
			}
			if codes[0] != codes[1] || outs[0] != outs[1] {
				t.Fatalf("--format %s: --jobs 1 and --jobs 2 differ (exit %d, %d):\n--- jobs 1\n%s\n--- jobs 2\n%s", format, codes[0], codes[1], outs[0], outs[1])
			}
		}
	})
}
