package punkt

import (
	"strings"
	"testing"
)

// FuzzSegment checks that Segment gives prose's sentences on any string,
// and that each sentence is where it says it is.
func FuzzSegment(f *testing.F) {
	for _, s := range goldenRules(f) {
		f.Add(s)
	}
	for _, s := range trickyFragments {
		f.Add(s)
		f.Add("It was " + s + " Then it " + s + " here.")
	}
	for _, sep := range trickySeparators {
		f.Add("Mr." + sep + "Smith" + sep + "left." + sep + "Then…")
	}
	s, p := newPair(f)
	f.Fuzz(func(t *testing.T, text string) {
		if d := mismatch(s, p, text); d != "" {
			t.Fatal(d)
		}
		for _, sent := range s.Segment(text) {
			if text[sent.Start:sent.Start+len(sent.Text)] != sent.Text || sent.Text == "" || strings.TrimSpace(sent.Text) != sent.Text {
				t.Fatalf("text %q: bad sentence %d %q", text, sent.Start, sent.Text)
			}
		}
	})
}
