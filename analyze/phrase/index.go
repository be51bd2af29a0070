package phrase

import (
	"sync"

	"github.com/lastmile/lastmile/analyze/internal/wordset"
)

// A wordIndex finds the phrases that start with a word (see wordset).
type wordIndex struct{ x *wordset.Index[[]int] }

func newWordIndex(m map[string][]int) wordIndex { return wordIndex{wordset.New(m)} }

// get returns the phrases that start with w, or nil.
func (x wordIndex) get(w string) []int {
	v, _ := x.x.Get(w)
	return v
}

// mayHave reports whether w may start a phrase; false is certain.
func (x wordIndex) mayHave(w string) bool { return x.x.MayHave(w) }

// Starts tells with one lookup whether a word may start a phrase of any of
// several lists: most words start none, and a detector that tries several
// lists at every word turns them away at once.
type Starts struct {
	index wordIndex
	wild  bool // some list has a phrase that starts with * or ...
}

// AnyStart makes the Starts of some lists. Detectors call it once a
// transcript with the rubric's lists, which do not change: the Starts of up
// to four lists are made once per process and kept.
func AnyStart(ms ...*Matcher) *Starts {
	if len(ms) > len(startsKey{}) {
		return anyStart(ms)
	}
	var key startsKey
	copy(key[:], ms)
	if s, ok := startsCache.Load(key); ok {
		return s.(*Starts)
	}
	s, _ := startsCache.LoadOrStore(key, anyStart(ms))
	return s.(*Starts)
}

// startsKey is the lists a cached Starts was made of. A process loads one
// rubric or a few, so the cache stays small.
type startsKey [4]*Matcher

var startsCache sync.Map // startsKey → *Starts

func anyStart(ms []*Matcher) *Starts {
	firsts := make(map[string][]int)
	s := &Starts{}
	for _, m := range ms {
		s.wild = s.wild || len(m.wild) > 0
		m.byFirst.x.Words(func(w string) { firsts[w] = nil })
	}
	s.index = newWordIndex(firsts)
	return s
}

// May reports whether a phrase of the lists may start with w; false is
// certain.
func (s *Starts) May(w string) bool { return s.wild || s.index.mayHave(w) }
