package suite_test

import (
	"os"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/suite"
)

// Benchmarks for the stages of scoring one call: reading (decoding,
// format detection, turns, sentence splitting), sentence splitting alone,
// and the analyzers. The inputs are synthetic calls from cmd/gencalls.
// Compare runs with benchstat; see the README for the figures.

var benchFiles = []string{"punctuated.txt", "zoom.vtt", "unpunctuated-otter.txt"}

func benchData(b *testing.B, name string) []byte {
	b.Helper()
	data, err := os.ReadFile("testdata/bench/" + name)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkRead(b *testing.B) {
	for _, name := range benchFiles {
		data := benchData(b, name)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := read.Parse(name, data, read.ReadOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSegment is prose's sentence splitting alone, turn by turn: the
// floor under reading. Bytes are the turns' text.
func BenchmarkSegment(b *testing.B) {
	for _, name := range benchFiles {
		tr, err := read.Parse(name, benchData(b, name), read.ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		var texts []string
		n := 0
		for _, turn := range tr.Turns {
			texts = append(texts, turn.Text)
			n += len(turn.Text)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				for _, text := range texts {
					read.Segment(text)
				}
			}
		})
	}
}

// BenchmarkScore is every analyzer over a call already read.
func BenchmarkScore(b *testing.B) {
	for _, name := range benchFiles {
		data := benchData(b, name)
		tr, err := read.Parse(name, data, read.ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := analyze.Score(tr, suite.Default()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAnalyzer is each analyzer alone on the punctuated call, to see
// where scoring time goes.
func BenchmarkAnalyzer(b *testing.B) {
	tr, err := read.Parse("punctuated.txt", benchData(b, "punctuated.txt"), read.ReadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	r := suite.Default()
	for _, a := range suite.All {
		b.Run(a.Name, func(b *testing.B) {
			for b.Loop() {
				if _, err := analyze.Run(tr, r, []*analyze.Analyzer{a}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
