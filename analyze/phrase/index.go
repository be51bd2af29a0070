package phrase

// A wordIndex maps words to values without hashing the words: a table of
// buckets addressed by a word's length and its first and last bytes, each
// bucket holding the few words that share them. Looking up a word that is
// not there costs a few loads, which is what most lookups are: most words
// start no phrase.
type wordIndex struct {
	// offsets[b]:offsets[b+1] are bucket b's entries.
	offsets [buckets + 1]uint32
	entries []indexEntry
}

type indexEntry struct {
	word    string
	phrases []int
}

const buckets = 1024

// bucketOf picks a word's bucket: cheap, and spread enough for the few
// dozen first words a list has.
func bucketOf(w string) int {
	if w == "" {
		return 0
	}
	return int((uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) % buckets)
}

func newWordIndex(m map[string][]int) wordIndex {
	var x wordIndex
	var counts [buckets + 1]uint32
	for w := range m {
		counts[bucketOf(w)+1]++
	}
	for b := 1; b <= buckets; b++ {
		counts[b] += counts[b-1]
	}
	x.offsets = counts
	x.entries = make([]indexEntry, len(m))
	next := counts
	for w, v := range m {
		b := bucketOf(w)
		x.entries[next[b]] = indexEntry{w, v}
		next[b]++
	}
	return x
}

// get returns the value of w, or nil.
func (x *wordIndex) get(w string) []int {
	b := bucketOf(w)
	for _, e := range x.entries[x.offsets[b]:x.offsets[b+1]] {
		if e.word == w {
			return e.phrases
		}
	}
	return nil
}

// mayHave reports whether w may be in the index; false is certain.
func (x *wordIndex) mayHave(w string) bool {
	b := bucketOf(w)
	return x.offsets[b] != x.offsets[b+1]
}

// Starts tells with one lookup whether a word may start a phrase of any of
// several lists: most words start none, and a detector that tries several
// lists at every word turns them away at once.
type Starts struct {
	index wordIndex
	wild  bool // some list has a phrase that starts with * or ...
}

// AnyStart makes the Starts of some lists.
func AnyStart(ms ...*Matcher) *Starts {
	firsts := make(map[string][]int)
	s := &Starts{}
	for _, m := range ms {
		s.wild = s.wild || len(m.wild) > 0
		for _, e := range m.byFirst.entries {
			firsts[e.word] = nil
		}
	}
	s.index = newWordIndex(firsts)
	return s
}

// May reports whether a phrase of the lists may start with w; false is
// certain.
func (s *Starts) May(w string) bool { return s.wild || s.index.mayHave(w) }
