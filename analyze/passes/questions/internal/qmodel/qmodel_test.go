package qmodel

import (
	"math"
	"testing"
)

func TestEncodeDecode(t *testing.T) {
	m := &Model{W: make([]float32, size), Bias: -1.5, Promote: [2]float32{1.01, 0.74}, Demote: [2]float32{0, 0.1}}
	in := &Input{Words: []string{"so", "you", "moved", "last", "year"}, Start: 1, Rule: "", NextOther: true, Next: []string{"yeah"}}
	var hs []uint32
	Features(in, func(h uint32) { hs = append(hs, h) })
	if len(hs) < 20 {
		t.Fatalf("%d features", len(hs))
	}
	for i, h := range hs {
		m.W[h&(size-1)] += float32(i%5) * 0.1
	}
	d, err := Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if d.Bias != m.Bias || d.Promote != m.Promote || d.Demote != m.Demote {
		t.Fatalf("header: got %v %v %v", d.Bias, d.Promote, d.Demote)
	}
	s := float64(m.Bias)
	for _, h := range hs {
		s += float64(m.W[h&(size-1)])
	}
	exact := 1 / (1 + math.Exp(-s))
	if got := d.Prob(in); math.Abs(got-exact) > 0.01 {
		t.Fatalf("decoded Prob %.4f, trained %.4f", got, exact)
	}
	if _, err := Decode([]byte("QM2\nshort")); err == nil {
		t.Fatal("a truncated file decodes")
	}
}

func TestFeaturesDeterministic(t *testing.T) {
	in := &Input{Words: []string{"what", "school", "you", "going", "to"}, Mark: MarkQuestion, Punctuated: true, Rule: "open"}
	var a, b []uint32
	Features(in, func(h uint32) { a = append(a, h) })
	Features(in, func(h uint32) { b = append(b, h) })
	if len(a) != len(b) {
		t.Fatal("feature count differs between runs")
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatal("features differ between runs")
		}
	}
	// Punctuated and unpunctuated text use separate features.
	plain := *in
	plain.Mark, plain.Punctuated = MarkNone, false
	seen := map[uint32]bool{}
	for _, h := range a {
		seen[h] = true
	}
	shared := 0
	Features(&plain, func(h uint32) {
		if seen[h] {
			shared++
		}
	})
	if shared > 0 {
		t.Fatalf("%d features shared between punctuated and unpunctuated text", shared)
	}
}

func TestDecide(t *testing.T) {
	m := &Model{q: make([]int8, size), Scale: 1, Promote: [2]float32{0.9, 0.9}, Demote: [2]float32{0, 0}}
	in := &Input{Words: []string{"you", "moved"}}
	// Bias 0: probability 0.5, below the promotion threshold, above demotion's.
	if m.Decide(in, false) || !m.Decide(in, true) {
		t.Fatal("a model of probability 0.5 overruled the rules")
	}
	marked := *in
	marked.Mark = MarkQuestion
	m.Bias = 10
	if m.Decide(&marked, false) {
		t.Fatal("the model judged a sentence with final punctuation")
	}
	if !m.Decide(in, false) {
		t.Fatal("a sure model did not promote")
	}
}

func TestEmbeddedModel(t *testing.T) {
	// An empty model.bin is no model; any other must decode.
	if len(modelFile) > 0 {
		if _, err := Decode(modelFile); err != nil {
			t.Fatal(err)
		}
	} else if Default() != nil {
		t.Fatal("an empty model.bin gave a model")
	}
}
