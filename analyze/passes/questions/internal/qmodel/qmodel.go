// Package qmodel is the learned part of question detection: a logistic
// regression over hashed word and position features of one sentence, the
// hand-written classifier's verdict on it, its final punctuation, and the
// first words of the reply.
//
// The weights are trained on the AMI Meeting Corpus dialogue acts (CC BY
// 4.0; see the README) by ../train, and embedded in the binary
// (model.bin): `go run ./analyze/passes/questions/internal/train -ami DIR`.
// Features are the same code for training and use, so a model and this
// package must change together.
package qmodel

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"math"
	"sync"
)

// Bits is the size of the hashed feature space: 1<<Bits weights.
const Bits = 18

const size = 1 << Bits

// Mark is the sentence's final punctuation as the features read it.
type Mark uint8

// The marks.
const (
	MarkNone     Mark = iota // no final punctuation (ASR text, or an unfinished sentence)
	MarkQuestion             // "?"
	MarkStop                 // "."
	MarkExclaim              // "!"
)

// Input is what the model reads of one sentence in its conversation.
type Input struct {
	Words []string // lower-cased words of the sentence
	Start int      // first word after fillers, discourse markers and restarts
	Mark  Mark
	// Punctuated: the transcript has sentence punctuation (some sentence
	// of it ends in "." or "?"), so a sentence without is unfinished.
	Punctuated bool
	Rule       string // the hand-written classifier's kind ("" for none)
	// Next is the start of what follows: the other speaker's next turn
	// (NextOther), or nothing (both false: the same speaker goes on, or the
	// transcript ends there).
	Next      []string
	NextOther bool
	NextSelf  bool // the same speaker says more in this turn
}

// Model is a logistic regression over hashed features.
type Model struct {
	W     []float32
	Bias  float32
	Cut   [2]float32 // decision thresholds on the probability: [0] punctuated sentence, [1] unpunctuated
	Scale float32
}

// Prob returns the probability that the sentence is a question.
func (m *Model) Prob(in *Input) float64 {
	s := float64(m.Bias)
	Features(in, func(h uint32) { s += float64(m.W[h&(size-1)]) })
	return 1 / (1 + math.Exp(-s))
}

// Question reports whether the model reads the sentence as a question.
func (m *Model) Question(in *Input) bool {
	cut := m.Cut[0]
	if in.Mark == MarkNone {
		cut = m.Cut[1]
	}
	return m.Prob(in) >= float64(cut)
}

// FNV-1a, fed word by word without allocating.
const (
	offset32 = 2166136261
	prime32  = 16777619
)

func mix(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= prime32
	}
	h ^= 0xff // word separator
	h *= prime32
	return h
}

func ns(tag byte) uint32 {
	h := uint32(offset32)
	h ^= uint32(tag)
	h *= prime32
	return h
}

// maxWords is the number of words read for unigrams and bigrams.
const maxWords = 40

// Features calls f with the hash of every feature of in.
func Features(in *Input, f func(uint32)) {
	w := in.Words
	n := len(w)
	mark := [...]string{"none", "?", ".", "!"}[in.Mark]
	if in.Mark == MarkNone && in.Punctuated {
		mark = "unfinished"
	}
	punct := in.Mark != MarkNone || in.Punctuated
	// p: the feature set of punctuated text, kept apart from that of
	// unpunctuated text so one model serves both.
	p := byte('u')
	if punct {
		p = 'p'
	}
	f(mix(ns('m'), mark))
	f(mix(mix(ns('r'), mark), in.Rule))
	f(mix(ns(p), "bias"))
	f(mix(mix(ns(p), "len"), lenBucket(n)))
	f(mix(mix(mix(ns(p), "lenm"), lenBucket(n)), mark))
	if n == 0 {
		return
	}
	// The first words, and the first words after fillers and markers.
	f(mix(mix(ns(p), "f1"), w[0]))
	if n > 1 {
		f(mix(mix(mix(ns(p), "f2"), w[0]), w[1]))
	}
	if n > 2 {
		f(mix(mix(mix(mix(ns(p), "f3"), w[0]), w[1]), w[2]))
	}
	if s := in.Start; s < n {
		f(mix(mix(ns(p), "c1"), w[s]))
		f(mix(mix(mix(ns(p), "c1m"), w[s]), mark))
		f(mix(mix(mix(ns(p), "c1r"), w[s]), in.Rule))
		if s+1 < n {
			f(mix(mix(mix(ns(p), "c2"), w[s]), w[s+1]))
		}
		if s+2 < n {
			f(mix(mix(mix(mix(ns(p), "c3"), w[s]), w[s+1]), w[s+2]))
		}
	} else {
		f(mix(ns(p), "c-none"))
	}
	// The last words.
	f(mix(mix(ns(p), "l1"), w[n-1]))
	f(mix(mix(mix(ns(p), "l1m"), w[n-1]), mark))
	if n > 1 {
		f(mix(mix(mix(ns(p), "l2"), w[n-2]), w[n-1]))
	}
	// Words and pairs anywhere.
	m := min(n, maxWords)
	for i := 0; i < m; i++ {
		f(mix(mix(ns(p), "u"), w[i]))
		if i+1 < m {
			f(mix(mix(mix(ns(p), "b"), w[i]), w[i+1]))
		}
	}
	// What follows.
	switch {
	case in.NextSelf:
		f(mix(mix(ns(p), "next"), "self"))
	case !in.NextOther || len(in.Next) == 0:
		f(mix(mix(ns(p), "next"), "end"))
	default:
		nx := in.Next
		f(mix(mix(ns(p), "n1"), nx[0]))
		f(mix(mix(mix(ns(p), "n1r"), nx[0]), in.Rule))
		if len(nx) > 1 {
			f(mix(mix(mix(ns(p), "n2"), nx[0]), nx[1]))
		}
		f(mix(mix(ns(p), "nlen"), lenBucket(len(nx))))
	}
}

func lenBucket(n int) string {
	switch {
	case n <= 4:
		return [...]string{"0", "1", "2", "3", "4"}[n]
	case n <= 6:
		return "5-6"
	case n <= 9:
		return "7-9"
	case n <= 14:
		return "10-14"
	case n <= 24:
		return "15-24"
	}
	return "25+"
}

// The file format, little-endian: "QM1\n", Bits as uint32, bias, cut[0],
// cut[1], scale as float32, then 1<<Bits int8 weights (weight = int8 *
// scale).
const magic = "QM1\n"

// Encode writes the model, its weights quantized to int8.
func (m *Model) Encode() []byte {
	var max float32
	for _, x := range m.W {
		max = float32(math.Max(float64(max), math.Abs(float64(x))))
	}
	scale := max / 127
	if scale == 0 {
		scale = 1
	}
	out := make([]byte, 0, len(magic)+20+size)
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, Bits)
	for _, x := range []float32{m.Bias, m.Cut[0], m.Cut[1], scale} {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(x))
	}
	for _, x := range m.W {
		out = append(out, byte(int8(math.Round(float64(x/scale)))))
	}
	return out
}

// Decode reads a model written by Encode.
func Decode(b []byte) (*Model, error) {
	if len(b) < len(magic)+20 || string(b[:len(magic)]) != magic {
		return nil, errors.New("qmodel: not a model file")
	}
	b = b[len(magic):]
	if binary.LittleEndian.Uint32(b) != Bits {
		return nil, errors.New("qmodel: model of another feature size")
	}
	b = b[4:]
	var v [4]float32
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	b = b[16:]
	if len(b) != size {
		return nil, errors.New("qmodel: truncated model file")
	}
	m := &Model{Bias: v[0], Cut: [2]float32{v[1], v[2]}, Scale: v[3], W: make([]float32, size)}
	for i, x := range b {
		m.W[i] = float32(int8(x)) * v[3]
	}
	return m, nil
}

//go:embed model.bin
var modelFile []byte

// Default is the embedded model, decoded once per process; nil when the
// build has no model (an empty model.bin).
var Default = sync.OnceValue(func() *Model {
	if len(modelFile) == 0 {
		return nil
	}
	m, err := Decode(modelFile)
	if err != nil {
		panic(err)
	}
	return m
})
