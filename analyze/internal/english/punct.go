package english

import "strings"

// TrimClosers trims white space, closing quotes and closing brackets from
// the end of s: what may follow a sentence's final punctuation. (A
// hand-written loop: strings.TrimRight with a non-ASCII cutset is slow, and
// this runs for every sentence.)
func TrimClosers(s string) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; c {
		case ' ', '\t', '\n', '"', '\'', ')', ']':
			s = s[:len(s)-1]
			continue
		case 0x9D, 0x99: // the last bytes of ” (E2 80 9D) and ’ (E2 80 99)
			if strings.HasSuffix(s, "”") || strings.HasSuffix(s, "’") {
				s = s[:len(s)-3]
				continue
			}
		}
		return s
	}
	return s
}

// HasTerminal reports whether s has any sentence-ending punctuation.
func HasTerminal(s string) bool {
	// An ASCII set keeps ContainsAny on its fast path; "…" is looked for
	// on its own.
	return strings.ContainsAny(s, ".?!") || strings.Contains(s, "…")
}

// EndsTerminal reports whether s ends in sentence-ending punctuation,
// possibly followed by closing quotes or brackets.
func EndsTerminal(s string) bool {
	s = TrimClosers(s)
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '?', '!':
		return true
	}
	return strings.HasSuffix(s, "…")
}
