package transcript

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A word, for every count lastmile makes, is a maximal run of letters and
// digits, where an apostrophe (' or ’) or a hyphen between two such
// characters, and a period or comma between two digits, stay inside the word.
// So "don't", "follow-up", "mm-hmm", "3.5" and "10,000" are one word each;
// "--" and "…" are not words; "Q&A" is two. Text in brackets, such as
// [laughter], (crosstalk) or <inaudible>, is a transcriber's annotation,
// not speech, and has no words (an unclosed bracket is just punctuation).
//
// Words are compared lower-cased with the curly apostrophe made straight,
// which is the form Sentence.Words holds.

// IsWordRune reports whether r can be part of a word.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// WordSpans calls fn with the byte range of every word in s.
func WordSpans(s string, fn func(start, end int)) {
	ScanWords(s, func(start, end int) bool { fn(start, end); return true })
}

// HasWord reports whether s has at least one word; it stops at the first.
func HasWord(s string) bool {
	found := false
	ScanWords(s, func(int, int) bool { found = true; return false })
	return found
}

// ScanWords calls fn with the byte range of every word in s until fn
// returns false.
func ScanWords(s string, fn func(start, end int) bool) {
	for i := 0; ; {
		start, end := NextWord(s, i)
		if start < 0 || !fn(start, end) {
			return
		}
		i = end
	}
}

// NextWord returns the byte range of the first word in s[from:], or a
// start of -1 when there is none. A loop over NextWord is ScanWords for a
// hot path that a callback would slow.
func NextWord(s string, from int) (start, end int) {
	start = -1
	for i := from; i < len(s); {
		c := s[i]
		if asciiWord[c] { // the common case: a run of letters and digits
			if start < 0 {
				start = i
			}
			for i++; i < len(s) && asciiWord[s[i]]; i++ {
			}
			continue
		}
		if c == ' ' { // the next most common: a word ends
			if start >= 0 {
				return start, i
			}
			i++
			continue
		}
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if c == '[' || c == '(' || c == '<' {
			if j := annotationEnd(s, i); j > 0 {
				// "great[laughs]": the word ends at the bracket.
				if start >= 0 {
					return start, i
				}
				i = j
				continue
			}
		}
		if c >= utf8.RuneSelf && IsWordRune(r) {
			if start < 0 {
				start = i
			}
			i += size
			continue
		}
		if start >= 0 && i+size < len(s) && joinsWord(s, i, r, size) {
			i += size
			continue
		}
		if start >= 0 {
			return start, i
		}
		i += size
	}
	if start >= 0 {
		return start, len(s)
	}
	return -1, len(s)
}

// asciiWord marks the ASCII bytes that are word characters.
var asciiWord = func() (t [256]bool) {
	for c := 0; c < 128; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// annotationEnd returns the index just past the bracketed annotation that
// opens at s[i], or 0 when the bracket does not close within 60 bytes.
func annotationEnd(s string, i int) int {
	closer := byte(']')
	switch s[i] {
	case '(':
		closer = ')'
	case '<':
		closer = '>'
	}
	rest := s[i+1 : min(len(s), i+61)]
	if j := strings.IndexByte(rest, closer); j >= 0 {
		return i + 2 + j
	}
	return 0
}

// joinsWord reports whether the non-word rune r at s[i:i+size], which
// follows a word character, continues the word.
func joinsWord(s string, i int, r rune, size int) bool {
	next, _ := utf8.DecodeRuneInString(s[i+size:])
	switch r {
	case '\'', '’', '-':
		return IsWordRune(next)
	case '.', ',':
		return isDigitByte(s[i-1]) && i+1 < len(s) && isDigitByte(s[i+1])
	}
	return false
}

// CountWords returns the number of words in s.
func CountWords(s string) int {
	n := 0
	WordSpans(s, func(int, int) { n++ })
	return n
}

// Words returns the words of s in their compared form: lower-cased, with
// curly apostrophes made straight.
func Words(s string) []string {
	return appendWords(nil, s, Lower(s))
}

// appendWords appends the words of s to dst. lower must be Lower(s):
// when it has the same length as s, words are substrings of it and cost no
// allocation.
func appendWords(dst []string, s, lower string) []string {
	same := len(lower) == len(s)
	WordSpans(s, func(start, end int) {
		var w string
		if same {
			w = lower[start:end]
		} else {
			w = strings.ToLower(s[start:end])
		}
		if strings.Contains(w, "’") {
			w = strings.ReplaceAll(w, "’", "'")
		}
		dst = append(dst, w)
	})
	return dst
}

// Lower lower-cases s. It keeps byte offsets whenever lower-casing
// does (always for ASCII, nearly always otherwise), which appendWords and
// tokenize rely on; they check the lengths.
func Lower(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsUpper(r) {
			l := unicode.ToLower(r)
			if utf8.RuneLen(l) != size {
				return strings.ToLower(s)
			}
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	if b == nil {
		return s
	}
	return string(b)
}

// Excerpt shortens s to about n bytes, cut at a word boundary and marked
// with " …".
func Excerpt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > n/2 && s[cut] != ' ' {
		cut--
	}
	for cut > 0 && cut < len(s) && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + " …"
}
