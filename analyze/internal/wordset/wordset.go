// Package wordset looks words up without hashing them: an Index is a table
// of buckets addressed by a word's length and its first and last bytes,
// each bucket holding the few words that share them. Looking up a word
// that is not there, which is what most lookups in a transcript are, costs
// a few loads; one that is there, a string comparison or two. The phrase
// lists and the English word classes use it: the detectors look up every
// word of a call in them, many times.
package wordset

// An Index maps words to values. It is read-only once made.
type Index[V any] struct {
	// offsets[b]:offsets[b+1] are bucket b's entries.
	offsets [buckets + 1]uint32
	entries []entry[V]
}

type entry[V any] struct {
	word  string
	value V
}

const buckets = 1024

// bucketOf picks a word's bucket: cheap, and spread enough for the few
// dozen or hundred words of a list.
func bucketOf(w string) int {
	if w == "" {
		return 0
	}
	return int((uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) % buckets)
}

// New makes the index of a map.
func New[V any](m map[string]V) *Index[V] {
	x := &Index[V]{}
	var counts [buckets + 1]uint32
	for w := range m {
		counts[bucketOf(w)+1]++
	}
	for b := 1; b <= buckets; b++ {
		counts[b] += counts[b-1]
	}
	x.offsets = counts
	x.entries = make([]entry[V], len(m))
	next := counts
	for w, v := range m {
		b := bucketOf(w)
		x.entries[next[b]] = entry[V]{w, v}
		next[b]++
	}
	return x
}

// Get returns the value of w and whether w is in the index.
func (x *Index[V]) Get(w string) (V, bool) {
	b := bucketOf(w)
	for i := x.offsets[b]; i < x.offsets[b+1]; i++ {
		if x.entries[i].word == w {
			return x.entries[i].value, true
		}
	}
	var zero V
	return zero, false
}

// Has reports whether w is in the index.
func (x *Index[V]) Has(w string) bool {
	_, ok := x.Get(w)
	return ok
}

// MayHave reports whether w may be in the index; false is certain.
func (x *Index[V]) MayHave(w string) bool {
	b := bucketOf(w)
	return x.offsets[b] != x.offsets[b+1]
}

// Len is the number of words.
func (x *Index[V]) Len() int { return len(x.entries) }

// Words calls fn with every word, in no particular order.
func (x *Index[V]) Words(fn func(string)) {
	for _, e := range x.entries {
		fn(e.word)
	}
}
