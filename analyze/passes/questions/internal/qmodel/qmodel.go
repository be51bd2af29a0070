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

// Model is a logistic regression over hashed features, with the
// thresholds at which its probability overrules the hand-written
// classifier. Index 0 is a sentence without final punctuation in a
// transcript with punctuation (an unfinished sentence), 1 a sentence of a
// transcript without (ASR text); sentences with final punctuation are left
// to the rules.
type Model struct {
	W       []float32 // the weights, as trained; nil in a decoded model
	q       []int8    // the weights quantized: weight = q * Scale
	Bias    float32
	Promote [2]float32 // a sentence the rules call no question is one from this probability up
	Demote  [2]float32 // a question of the rules is none below this probability
	Scale   float32
}

// Mode is the index into Promote and Demote for in, or -1 for a sentence
// the model does not judge.
func Mode(in *Input) int {
	switch {
	case in.Mark != MarkNone:
		return -1
	case in.Punctuated:
		return 0
	}
	return 1
}

// Prob returns the probability that the sentence is a question.
func (m *Model) Prob(in *Input) float64 {
	var sum int32
	Features(in, func(h uint32) { sum += int32(m.q[h&(size-1)]) })
	return 1 / (1 + math.Exp(-(float64(m.Bias) + float64(sum)*float64(m.Scale))))
}

// Decide returns the verdict on a sentence the rules judged ruleSays:
// the rules' own, unless the model is sure enough to overrule them.
func (m *Model) Decide(in *Input, ruleSays bool) bool {
	mode := Mode(in)
	if mode < 0 {
		return ruleSays
	}
	p := m.Prob(in)
	if ruleSays {
		return p >= float64(m.Demote[mode])
	}
	return p >= float64(m.Promote[mode])
}

// hashWord is FNV-1a of a word.
func hashWord(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// fmix is murmur3's finaliser: it spreads a combination of hashes over
// the table.
func fmix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

// Feature kinds, mixed into each feature's hash.
const (
	kMark uint32 = iota + 1
	kRuleMark
	kBias
	kLen
	kLenMark
	kF1
	kF2
	kF3
	kC1
	kC1Mark
	kC1Rule
	kC2
	kC3
	kCNone
	kL1
	kL1Mark
	kL2
	kUni
	kBi
	kNextSelf
	kNextEnd
	kN1
	kN1Rule
	kN2
	kNLen
)

func feat(k uint32, a ...uint32) uint32 {
	h := k * 0x9e3779b1
	for _, x := range a {
		h = (h ^ x) * 0x01000193
		h ^= h >> 15
	}
	return fmix(h)
}

// maxWords is the number of words read for unigrams and bigrams.
const maxWords = 40

// Features calls f with the hash of every feature of in. Word hashes are
// computed once and combined.
func Features(in *Input, f func(uint32)) {
	w := in.Words
	n := len(w)
	var buf [maxWords]uint32
	m := min(n, maxWords)
	hw := buf[:m]
	for i := range hw {
		hw[i] = hashWord(w[i])
	}
	at := func(i int) uint32 {
		if i < m {
			return hw[i]
		}
		return hashWord(w[i])
	}
	mark := uint32(in.Mark)
	if in.Mark == MarkNone && in.Punctuated {
		mark = 9 // unfinished
	}
	// p: the feature set of punctuated text, kept apart from that of
	// unpunctuated text so one model serves both.
	p := uint32(1)
	if in.Mark != MarkNone || in.Punctuated {
		p = 2
	}
	rule := hashWord(in.Rule)
	lb := lenBucket(n)
	f(feat(kMark, mark))
	f(feat(kRuleMark, mark, rule))
	f(feat(kBias, p))
	f(feat(kLen, p, lb))
	f(feat(kLenMark, p, lb, mark))
	if n == 0 {
		return
	}
	// The first words, and the first words after fillers and markers.
	f(feat(kF1, p, at(0)))
	if n > 1 {
		f(feat(kF2, p, at(0), at(1)))
	}
	if n > 2 {
		f(feat(kF3, p, at(0), at(1), at(2)))
	}
	if s := in.Start; s < n {
		c := at(s)
		f(feat(kC1, p, c))
		f(feat(kC1Mark, p, c, mark))
		f(feat(kC1Rule, p, c, rule))
		if s+1 < n {
			f(feat(kC2, p, c, at(s+1)))
		}
		if s+2 < n {
			f(feat(kC3, p, c, at(s+1), at(s+2)))
		}
	} else {
		f(feat(kCNone, p))
	}
	// The last words.
	last := at(n - 1)
	f(feat(kL1, p, last))
	f(feat(kL1Mark, p, last, mark))
	if n > 1 {
		f(feat(kL2, p, at(n-2), last))
	}
	// Words and pairs anywhere.
	for i := 0; i < m; i++ {
		f(feat(kUni, p, hw[i]))
		if i+1 < m {
			f(feat(kBi, p, hw[i], hw[i+1]))
		}
	}
	// What follows.
	switch {
	case in.NextSelf:
		f(feat(kNextSelf, p))
	case !in.NextOther || len(in.Next) == 0:
		f(feat(kNextEnd, p))
	default:
		nx := in.Next
		n1 := hashWord(nx[0])
		f(feat(kN1, p, n1))
		f(feat(kN1Rule, p, n1, rule))
		if len(nx) > 1 {
			f(feat(kN2, p, n1, hashWord(nx[1])))
		}
		f(feat(kNLen, p, lenBucket(len(nx))))
	}
}

func lenBucket(n int) uint32 {
	switch {
	case n <= 4:
		return uint32(n)
	case n <= 6:
		return 5
	case n <= 9:
		return 6
	case n <= 14:
		return 7
	case n <= 24:
		return 8
	}
	return 9
}

// The file format, little-endian: "QM2\n", Bits as uint32, bias,
// Promote[0], Promote[1], Demote[0], Demote[1], scale as float32, then
// 1<<Bits int8 weights (weight = int8 * scale).
const magic = "QM2\n"

const header = len(magic) + 4 + 6*4

// Weight returns the weight of feature hash h, as the model uses it.
func (m *Model) Weight(h uint32) float32 {
	if m.q != nil {
		return float32(m.q[h&(size-1)]) * m.Scale
	}
	return m.W[h&(size-1)]
}

// Encode writes the model, its weights quantized to int8.
func (m *Model) Encode() []byte {
	if m.W == nil {
		m.W = make([]float32, size)
		for i := range m.W {
			m.W[i] = m.Weight(uint32(i))
		}
	}
	var max float32
	for _, x := range m.W {
		max = float32(math.Max(float64(max), math.Abs(float64(x))))
	}
	scale := max / 127
	if scale == 0 {
		scale = 1
	}
	out := make([]byte, 0, header+size)
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, Bits)
	for _, x := range []float32{m.Bias, m.Promote[0], m.Promote[1], m.Demote[0], m.Demote[1], scale} {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(x))
	}
	for _, x := range m.W {
		out = append(out, byte(int8(math.Round(float64(x/scale)))))
	}
	return out
}

// Decode reads a model written by Encode.
func Decode(b []byte) (*Model, error) {
	if len(b) < header || string(b[:len(magic)]) != magic {
		return nil, errors.New("qmodel: not a model file")
	}
	b = b[len(magic):]
	if binary.LittleEndian.Uint32(b) != Bits {
		return nil, errors.New("qmodel: model of another feature size")
	}
	b = b[4:]
	var v [6]float32
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	b = b[4*len(v):]
	if len(b) != size {
		return nil, errors.New("qmodel: truncated model file")
	}
	m := &Model{Bias: v[0], Promote: [2]float32{v[1], v[2]}, Demote: [2]float32{v[3], v[4]}, Scale: v[5], q: make([]int8, size)}
	for i, x := range b {
		m.q[i] = int8(x)
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
