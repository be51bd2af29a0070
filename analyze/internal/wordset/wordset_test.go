package wordset

import (
	"slices"
	"testing"
)

func TestIndex(t *testing.T) {
	m := map[string]int{"you": 1, "your": 2, "we": 3, "our": 4, "i": 5, "": 6, "mm-hmm": 7, "we'll": 8}
	x := New(m)
	if x.Len() != len(m) {
		t.Fatalf("Len = %d, want %d", x.Len(), len(m))
	}
	for w, v := range m {
		got, ok := x.Get(w)
		if !ok || got != v {
			t.Errorf("Get(%q) = %d, %v; want %d, true", w, got, ok, v)
		}
		if !x.Has(w) || !x.MayHave(w) {
			t.Errorf("Has/MayHave(%q) false for a word in the index", w)
		}
	}
	for _, w := range []string{"yours", "yo", "ours", "us", "I", "We", "mm", "hmm"} {
		if _, ok := x.Get(w); ok {
			t.Errorf("Get(%q) found a word not in the index", w)
		}
	}
	var words []string
	x.Words(func(w string) { words = append(words, w) })
	slices.Sort(words)
	want := []string{"", "i", "mm-hmm", "our", "we", "we'll", "you", "your"}
	if !slices.Equal(words, want) {
		t.Errorf("Words = %q, want %q", words, want)
	}
}

// FuzzIndex checks the index against the map it was made of.
func FuzzIndex(f *testing.F) {
	f.Add("you your yours", "you")
	f.Add("a b c", "d")
	f.Fuzz(func(t *testing.T, list, probe string) {
		m := map[string]bool{}
		start := 0
		for i := 0; i <= len(list); i++ {
			if i == len(list) || list[i] == ' ' {
				m[list[start:i]] = true
				start = i + 1
			}
		}
		x := New(m)
		_, in := m[probe]
		if got := x.Has(probe); got != in {
			t.Fatalf("Has(%q) = %v, want %v", probe, got, in)
		}
		if in && !x.MayHave(probe) {
			t.Fatalf("MayHave(%q) false for a word in the index", probe)
		}
	})
}
