package phrase

import (
	"sync"

	"github.com/lastmile/lastmile/analyze/internal/wordset"
)

// A Group is several lists a detector tries on the same words. One lookup
// a word (Scan) tells which of the lists may start there; Find then tries
// a list only where it may start, so a sentence is read once for all the
// lists instead of once for each.
type Group struct {
	ms    []*Matcher
	index *wordset.Index[uint64] // a first word → its id<<32 | the lists with a phrase starting with it
	words [][][]int              // id-1 → list → the list's phrases starting with the word
	wild  uint64                 // the lists with a phrase starting with * or ...
}

// maxGroup is how many lists a Group holds: one bit each, in the low half
// of a start; the high half is the word's id, 0 for none.
const maxGroup = 32

// groupKey is the lists a cached Group was made of.
type groupKey [16]*Matcher

var groupCache sync.Map // groupKey → *Group

// NewGroup makes the Group of some lists, list k being bit k. Detectors
// call it once a transcript with the rubric's lists, which do not change:
// the Group of up to 16 lists is made once per process and kept.
func NewGroup(ms ...*Matcher) *Group {
	if len(ms) > len(groupKey{}) {
		return newGroup(ms)
	}
	var key groupKey
	copy(key[:], ms)
	if g, ok := groupCache.Load(key); ok {
		return g.(*Group)
	}
	g, _ := groupCache.LoadOrStore(key, newGroup(ms))
	return g.(*Group)
}

func newGroup(ms []*Matcher) *Group {
	if len(ms) > maxGroup {
		panic("phrase: a Group holds at most 32 lists")
	}
	g := &Group{ms: ms}
	firsts := make(map[string]uint64)
	for k, m := range ms {
		if len(m.wild) > 0 {
			g.wild |= 1 << k
		}
		m.byFirst.x.Words(func(w string) { firsts[w] |= 1 << k })
	}
	for w, mask := range firsts {
		phrases := make([][]int, len(ms))
		for k, m := range ms {
			phrases[k] = m.byFirst.get(w)
		}
		g.words = append(g.words, phrases)
		firsts[w] = uint64(len(g.words))<<32 | mask
	}
	g.index = wordset.New(firsts)
	return g
}

// firsts returns list k's phrases that start with the word of start s.
func (g *Group) firsts(s uint64, k int) []int {
	if id := s >> 32; id > 0 {
		return g.words[id-1][k]
	}
	return nil
}

// Scan sets starts[i] to the lists that may start at words[i] (bit k for
// list k, with more above bit 31) and returns them all, or-ed. starts
// must be as long as words.
func (g *Group) Scan(words []string, starts []uint64) uint64 {
	all := uint64(0)
	for i, w := range words {
		b, _ := g.index.Get(w)
		b |= g.wild
		starts[i] = b
		all |= b
	}
	return all & (1<<maxGroup - 1)
}

// Find is list k's Find over words, with starts from Scan.
func (g *Group) Find(k int, words []string, starts []uint64) (Match, bool) {
	bit := uint64(1) << k
	m := g.ms[k]
	for i := range words {
		if starts[i]&bit == 0 {
			continue
		}
		if x, ok := m.matchKnown(g.firsts(starts[i], k), words, i); ok {
			return x, true
		}
	}
	return Match{}, false
}

// FindFrom is list k's Find over words[from:], with starts from Scan over
// all of words; the match's Start and End index words.
func (g *Group) FindFrom(k int, words []string, starts []uint64, from int) (Match, bool) {
	bit := uint64(1) << k
	m := g.ms[k]
	for i := from; i < len(words); i++ {
		if starts[i]&bit == 0 {
			continue
		}
		if x, ok := m.matchKnown(g.firsts(starts[i], k), words, i); ok {
			return x, true
		}
	}
	return Match{}, false
}

// matchKnown is matchAt where firsts are m's phrases starting with
// words[i]: the first word is neither looked up nor compared again, and a
// phrase whose second word is not there is passed over before matchParts.
func (m *Matcher) matchKnown(firsts []int, words []string, i int) (Match, bool) {
	for _, k := range firsts {
		parts := m.phrases[k].parts
		if len(parts) > 1 {
			if p := parts[1]; p != "*" && p != "..." && (i+1 >= len(words) || words[i+1] != p) {
				continue
			}
		}
		if end, ok := matchParts(parts[1:], words, i+1); ok {
			return Match{Phrase: m.phrases[k].text, Start: i, End: end}, true
		}
	}
	for _, k := range m.wild {
		if end, ok := matchParts(m.phrases[k].parts, words, i); ok {
			return Match{Phrase: m.phrases[k].text, Start: i, End: end}, true
		}
	}
	return Match{}, false
}

// MatchAt is list k's HasPrefix over words[i:], with starts from Scan over
// all of words; the match's Start and End index words.
func (g *Group) MatchAt(k int, words []string, starts []uint64, i int) (Match, bool) {
	if i >= len(words) || starts[i]&(1<<k) == 0 {
		return Match{}, false
	}
	return g.ms[k].matchKnown(g.firsts(starts[i], k), words, i)
}
