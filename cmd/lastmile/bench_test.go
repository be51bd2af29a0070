package main

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync"
	"testing"

	prose "github.com/jdkato/prose/v3/segment"

	"github.com/lastmile/lastmile/analyze/read"
)

// The end-to-end benchmarks score a directory of synthetic calls the way a
// team would (lastmile score --format jsonl DIR), in-process, and measure
// prose's sentence splitting alone over the same turns as the baseline:
// prose is the floor, and the README quotes lastmile's speed as a ratio to
// it, measured in the same run.
//
//	go test ./cmd/lastmile -run XXX -bench 'E2E|Prose|Sentences' -count 6 | benchstat -
//
// LASTMILE_BENCH_DIR names a directory of calls to use instead of the
// default: 300 punctuated calls in the text formats, made by cmd/gencalls.

var benchCorpus = sync.OnceValues(func() (string, error) {
	if dir := os.Getenv("LASTMILE_BENCH_DIR"); dir != "" {
		return dir, nil
	}
	dir := filepath.Join(os.TempDir(), "lastmile-bench-punctuated-300")
	done := filepath.Join(dir, ".complete")
	if _, err := os.Stat(done); err == nil {
		return dir, nil
	}
	cmd := exec.Command("go", "run", "../gencalls", "-n", "300", "-seed", "1", "-unpunctuated-share", "0",
		"-formats", "txt,txt-times,otter,zoom-vtt,teams-vtt,srt,json", "-out", dir)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return "", err
	}
	return dir, os.WriteFile(done, nil, 0o644)
})

func corpusFiles(b *testing.B) (dir string, files []string, size int64) {
	dir, err := benchCorpus()
	if err != nil {
		b.Fatal(err)
	}
	expandInputs(context.Background(), []string{dir}, func(in input) bool {
		if in.err == nil {
			files = append(files, in.path)
			if info, err := os.Stat(in.path); err == nil {
				size += info.Size()
			}
		}
		return true
	})
	if len(files) == 0 {
		b.Fatalf("no calls in %s", dir)
	}
	return dir, files, size
}

func BenchmarkE2E(b *testing.B) {
	// As the lastmile binary does (see main); the baseline runs the same.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(80 << 20))
	dir, _, size := corpusFiles(b)
	for _, jobs := range []int{1, 2} {
		b.Run("jobs="+strconv.Itoa(jobs), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				code := runContext(context.Background(), []string{"lastmile", "score", "--format", "jsonl", "--progress", "never",
					"--jobs", strconv.Itoa(jobs), dir}, io.Discard, io.Discard)
				if code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}

// benchTurns is every turn's text of the benchmark calls, as read.
func benchTurns(b *testing.B) (texts []string, size int64) {
	_, files, size := corpusFiles(b)
	for _, f := range files {
		t, err := readInput(context.Background(), f, read.ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		for _, turn := range t.Turns {
			texts = append(texts, turn.Text)
		}
	}
	return texts, size
}

// BenchmarkProse is the baseline: prose's segmenter alone over every turn
// of the same calls, on one core. Bytes are the files' bytes, so its MB/s
// compares with BenchmarkE2E's.
func BenchmarkProse(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(80 << 20))
	texts, size := benchTurns(b)
	seg, err := prose.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			seg.Segment(text)
		}
	}
}

// BenchmarkSentences is lastmile's own sentence splitting alone over the
// same turns (read.Segment: prose's sentences from internal/punkt, the
// word marks, and the chunker for unpunctuated turns), to set beside
// BenchmarkProse.
func BenchmarkSentences(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(80 << 20))
	texts, size := benchTurns(b)
	read.Warm()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			read.Segment(text)
		}
	}
}
