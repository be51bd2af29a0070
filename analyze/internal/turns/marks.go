package turns

import (
	"strings"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// Marks describes punctuation around a sentence's words that the
// classifier reads, a bit set per word: a comma (or ; : or a dash) before
// word i, a cut-off ("do you- do you") right after it, a capital letter.
type Marks []uint8

const (
	markComma uint8 = 1 << iota
	markCut
	markCapital
)

// MarksOf reads s.Text again to find the marks; it returns nil when the
// text has none, or when its words are not s.Words (which never happens
// for sentences made by segmentText).
func MarksOf(s *transcript.Sentence) Marks {
	text := s.Text
	if !strings.ContainsAny(text, ",;:-–—ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return nil
	}
	n := len(s.Words)
	m := make(Marks, n)
	i, prevEnd := 0, 0
	ok := true
	transcript.WordSpans(text, func(a, b int) {
		if i >= n {
			ok = false
			return
		}
		gap := text[prevEnd:a]
		if i > 0 && (strings.ContainsAny(gap, ",;:–—") || strings.Contains(gap, " - ") || strings.Contains(gap, "--")) {
			m[i] |= markComma
		}
		if b < len(text) && text[b] == '-' && (b+1 == len(text) || text[b+1] == ' ' || text[b+1] == '-') {
			m[i] |= markCut
		}
		if c := text[a]; 'A' <= c && c <= 'Z' {
			m[i] |= markCapital
		}
		prevEnd = b
		i++
	})
	if !ok || i != n {
		return nil
	}
	return m
}

func (m Marks) Has(i int, bit uint8) bool { return i < len(m) && m[i]&bit != 0 }
func (m Marks) Comma(i int) bool          { return m.Has(i, markComma) }
func (m Marks) Cut(i int) bool            { return m.Has(i, markCut) }
func (m Marks) Capped(i int) bool         { return m.Has(i, markCapital) }

// HasCommas reports whether the text had any commas (then a tag needs one
// before it).
func (m Marks) HasCommas() bool {
	for _, b := range m {
		if b&markComma != 0 {
			return true
		}
	}
	return false
}
