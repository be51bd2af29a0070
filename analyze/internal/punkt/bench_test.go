package punkt

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchTurns returns the multi-sentence turns of testdata/calls and
// analyze/suite/testdata/bench: each line's text after any speaker label
// (timing lines, cue numbers and headers left out) and, for JSON, each
// string with a space in it, kept when prose finds two sentences or more.
func benchTurns(tb testing.TB) []string {
	tb.Helper()
	_, p := newPair(tb)
	var turns []string
	keep := func(s string) {
		s = strings.TrimSpace(s)
		if strings.Contains(s, " ") && len(p.Segment(s)) >= 2 {
			turns = append(turns, s)
		}
	}
	for _, dir := range []string{filepath.Join(repoRoot(), "testdata", "calls"), filepath.Join(repoRoot(), "analyze", "suite", "testdata", "bench")} {
		names, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			tb.Fatal(err)
		}
		for _, name := range names {
			if strings.HasSuffix(name, ".md") || strings.HasSuffix(name, "README") {
				continue
			}
			data, err := os.ReadFile(name)
			if err != nil {
				tb.Fatal(err)
			}
			if strings.HasSuffix(name, ".json") {
				var v any
				if err := json.Unmarshal(data, &v); err != nil {
					tb.Fatal(err)
				}
				walkStrings(v, keep)
				continue
			}
			for line := range strings.Lines(string(data)) {
				if strings.Contains(line, "-->") {
					continue
				}
				if i := strings.Index(line, ": "); i > 0 && i < 40 {
					line = line[i+2:]
				}
				keep(line)
			}
		}
	}
	if len(turns) == 0 {
		tb.Fatal("no turns")
	}
	return turns
}

// BenchmarkSegment splits the same turns with this package and with
// prose; compare with
//
//	go test -run '^$' -bench Segment -count 6 ./analyze/internal/punkt/ > bench.txt
//	go run golang.org/x/perf/cmd/benchstat@latest -col /impl bench.txt
func BenchmarkSegment(b *testing.B) {
	turns := benchTurns(b)
	size := 0
	for _, t := range turns {
		size += len(t)
	}
	s, p := newPair(b)
	b.Run("impl=punkt", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range turns {
				s.Segment(t)
			}
		}
	})
	b.Run("impl=prose", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range turns {
				p.Segment(t)
			}
		}
	})
}

// BenchmarkAppendSegment is Segment reusing one slice: the scan alone.
func BenchmarkAppendSegment(b *testing.B) {
	turns := benchTurns(b)
	size := 0
	for _, t := range turns {
		size += len(t)
	}
	s, _ := newPair(b)
	var dst []Sentence
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range turns {
			dst = s.AppendSegment(dst[:0], t)
		}
	}
}

// BenchmarkNew is the model load, done once per process.
func BenchmarkNew(b *testing.B) {
	m, err := loadModel()
	if err != nil {
		b.Fatal(err)
	}
	_ = m
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadModelUncached(); err != nil {
			b.Fatal(err)
		}
	}
}
