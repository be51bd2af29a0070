package turns

import (
	"strings"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// Marks are a sentence's per-word punctuation marks (see transcript.Marks).
type Marks = transcript.Marks

const (
	markComma   = transcript.MarkComma
	markCut     = transcript.MarkCut
	markCapital = transcript.MarkCapital
)

// MarksOf returns the marks of a sentence: those the reader found, or, for
// a sentence made by hand (tests, tools), the marks read from its text: nil
// when the text has none, or when its words are not s.Words.
func MarksOf(s *transcript.Sentence) Marks {
	if s.Marks != nil || len(s.Words) == 0 {
		return s.Marks
	}
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
