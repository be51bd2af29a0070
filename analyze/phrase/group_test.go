package phrase

import (
	"math/rand"
	"testing"
)

// TestGroup checks a Group's Find and FindFrom against each list's own Find
// on random words drawn from the lists' vocabulary.
func TestGroup(t *testing.T) {
	lists := [][]string{
		{"did I catch you at a * time", "I'll send you ... by Friday", "next step", "... as promised"},
		{"that's on us", "is on me", "the blame", "we got ... wrong", "i should have", "i should've"},
		{"you", "your", "sorry"},
		{"* time works", "how was the", "how did the", "did the ... go", "not the right fit", "not a fit"},
	}
	var ms []*Matcher
	for i, l := range lists {
		ms = append(ms, MustCompile(string(rune('a'+i)), l))
	}
	g := NewGroup(ms...)
	if NewGroup(ms...) != g {
		t.Error("NewGroup of the same lists made a second Group")
	}
	vocab := []string{"did", "i", "catch", "you", "at", "a", "bad", "time", "i'll", "send", "by", "friday", "next", "step", "as",
		"promised", "that's", "on", "us", "is", "me", "the", "blame", "we", "got", "wrong", "should", "have", "should've", "your",
		"sorry", "works", "how", "was", "go", "not", "right", "fit", "x"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		w := make([]string, r.Intn(12))
		for i := range w {
			w[i] = vocab[r.Intn(len(vocab))]
		}
		starts := make([]uint64, len(w))
		any := g.Scan(w, starts)
		for k, m := range ms {
			want, wok := m.Find(w)
			got, gok := g.Find(k, w, starts)
			if gok != wok || got != want {
				t.Fatalf("list %d on %q: Group.Find = %v %v, Find = %v %v", k, w, got, gok, want, wok)
			}
			if wok && any&(1<<k) == 0 {
				t.Fatalf("list %d on %q: Scan missed a match", k, w)
			}
			from := 0
			if len(w) > 0 {
				from = r.Intn(len(w))
			}
			want, wok = m.Find(w[from:])
			want.Start, want.End = want.Start+from, want.End+from
			got, gok = g.FindFrom(k, w, starts, from)
			if gok != wok || wok && got != want {
				t.Fatalf("list %d on %q from %d: FindFrom = %v %v, Find = %v %v", k, w, from, got, gok, want, wok)
			}
			want, wok = m.HasPrefix(w[from:])
			want.Start, want.End = want.Start+from, want.End+from
			got, gok = g.MatchAt(k, w, starts, from)
			if gok != wok || wok && got != want {
				t.Fatalf("list %d on %q at %d: MatchAt = %v %v, HasPrefix = %v %v", k, w, from, got, gok, want, wok)
			}
		}
	}
}
